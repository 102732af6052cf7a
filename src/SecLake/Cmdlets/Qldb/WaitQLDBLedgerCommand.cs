using System;
using System.Management.Automation;
using System.Text.RegularExpressions;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb
{
    /// <summary>Waits until a ledger reaches a state (ACTIVE by default), showing progress; DELETED also matches a ledger that is gone.</summary>
    [Cmdlet(VerbsLifecycle.Wait, "QLDBLedger")]
    [OutputType(typeof(QldbLedger))]
    public sealed class WaitQLDBLedgerCommand : QldbCmdlet
    {
        private const int ProgressId = 3;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateLength(QldbConstraints.LedgerNameMin, QldbConstraints.LedgerNameMax)]
        [ValidatePattern(QldbConstraints.LedgerNamePattern, Options = RegexOptions.None)]
        [Alias("LedgerName")]
        [ArgumentCompleter(typeof(LedgerNameCompleter))]
        public string Name { get; set; } = "";

        [Parameter(Position = 1)]
        [ValidateSet("CREATING", "ACTIVE", "DELETING", "DELETED")]
        public string[] State { get; set; } = { "ACTIVE" };

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        [Parameter]
        [ValidateRange(1, 3600)]
        public int PollIntervalSec { get; set; } = (int)LedgerPolling.Interval.TotalSeconds;

        protected override void ProcessRecord()
        {
            try
            {
                var ledger = Await(token => Client.WaitForLedgerAsync(Name, State, TimeSpan.FromSeconds(TimeoutSec),
                    TimeSpan.FromSeconds(PollIntervalSec), WaitProgressReporter(ProgressId), token));
                CompleteProgress(ProgressId, "Waiting for ledger " + Name);
                WriteObject(ledger);
            }
            catch (Exception e) when (IsRecordFailure(e))
            {
                WriteFailure(e, Name);
            }
        }
    }
}
