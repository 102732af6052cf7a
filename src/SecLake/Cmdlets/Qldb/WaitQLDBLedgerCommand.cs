using System;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>Waits until a ledger reaches a state (ACTIVE by default), showing progress; DELETED also matches a ledger that is gone.</summary>
[Cmdlet(VerbsLifecycle.Wait, "QLDBLedger")]
[OutputType(typeof(QldbLedger))]
[ServiceOperation("DescribeLedger")]
public sealed class WaitQLDBLedgerCommand : LedgerCmdlet
{
    private const int ProgressId = 3;

    [Parameter(Position = 1)]
    [SplitList]
    [ValidateSet("CREATING", "ACTIVE", "DELETING", "DELETED")]
    public string[] State { get; set; } = { "ACTIVE" };

    [Parameter]
    [ValidateRange(1, 3600)]
    public int PollIntervalSec { get; set; } = (int)QldbClient.DefaultPollInterval.TotalSeconds;

    protected override int DefaultTimeoutSec => (int)QldbClient.DefaultWaitTimeout.TotalSeconds;

    protected override void ProcessRecordCore()
    {
        var (name, states, timeout, interval) = (Name, State, RecordTimeout, TimeSpan.FromSeconds(PollIntervalSec));
        RunRecord(name, async (client, record, token) =>
            record.WriteObject(await client.WaitForLedgerAsync(name, states, timeout, interval, record.Progress(ProgressId), token)));
    }
}
