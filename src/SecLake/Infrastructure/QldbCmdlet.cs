using System;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Qldb;

namespace SecLake.PowerShell;

/// <summary>Base of the QLDB cmdlets.</summary>
[ServiceCmdlet(QldbService.ServiceId)]
public abstract class QldbCmdlet : SecLakeCmdlet
{
    /// <summary>The QLDB client for this record's region (see <see cref="SecLakeCmdlet.Connect{TClient}"/>).</summary>
    protected QldbClient Client => Connect(QldbService.ServiceId, QldbService.Connect, client => client.Connection);

    /// <summary><see cref="SecLakeCmdlet.RunRecord"/> with this record's client (connected first, on the pipeline thread).</summary>
    protected void RunRecord(object? target, Func<QldbClient, RecordScope, CancellationToken, Task> work)
    {
        var client = Client;
        RunRecord(target, (scope, token) => work(client, scope, token));
    }
}
