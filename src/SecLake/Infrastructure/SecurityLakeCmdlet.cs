using System;
using System.Threading;
using System.Threading.Tasks;
using SecLake.SecurityLake;

namespace SecLake.PowerShell;

/// <summary>Base of the Security Lake cmdlets.</summary>
[ServiceCmdlet(SecurityLakeService.ServiceId)]
public abstract class SecurityLakeCmdlet : SecLakeCmdlet
{
    /// <summary>The Security Lake client for this record's region (see <see cref="SecLakeCmdlet.Connect{TClient}"/>).</summary>
    protected SecurityLakeClient Client => Connect(SecurityLakeService.ServiceId, SecurityLakeService.Connect, client => client.Connection);

    /// <summary><see cref="SecLakeCmdlet.RunRecord"/> with this record's client (connected first, on the pipeline thread).</summary>
    protected void RunRecord(object? target, Func<SecurityLakeClient, RecordScope, CancellationToken, Task> work)
    {
        var client = Client;
        RunRecord(target, (scope, token) => work(client, scope, token));
    }
}
