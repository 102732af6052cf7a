using System;
using System.Management.Automation;
using System.Text.RegularExpressions;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb
{
    /// <summary>
    /// Deletes a ledger (DeleteLedger). A ledger with deletion protection is refused with a clear error; -Force turns
    /// the protection off first (UpdateLedger) and also skips the confirmation prompt (never -WhatIf).
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "QLDBLedger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(QldbLedger))]
    public sealed class RemoveQLDBLedgerCommand : QldbCmdlet
    {
        private const int ProgressId = 2;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateLength(QldbConstraints.LedgerNameMin, QldbConstraints.LedgerNameMax)]
        [ValidatePattern(QldbConstraints.LedgerNamePattern, Options = RegexOptions.None)]
        [Alias("LedgerName")]
        [ArgumentCompleter(typeof(LedgerNameCompleter))]
        public string Name { get; set; } = "";

        /// <summary>Turn deletion protection off first, and do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        /// <summary>Write the deleted ledger (state DELETING, or DELETED with -Wait).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var action = Force ? "Remove QLDB ledger, turning deletion protection off first" : "Remove QLDB ledger";
            if (!ShouldProcessUnlessForced(Force, Name, action)) return;
            try
            {
                if (Force)
                {
                    var current = Await(token => Client.DescribeLedgerAsync(Name, token));
                    if (current.DeletionProtection == true)
                    {
                        WriteVerbose($"Turning deletion protection off for ledger '{Name}'.");
                        Await(token => Client.UpdateLedgerAsync(Name, false, null, token));
                    }
                }
                try
                {
                    Await(token => Client.DeleteLedgerAsync(Name, token));
                }
                catch (ResourcePreconditionNotMetException e)
                {
                    WriteFailure(e, Name, $"Ledger '{Name}' has deletion protection turned on. Run Remove-QLDBLedger -Name {Name} -Force to turn it off and delete the ledger, or Update-QLDBLedger -Name {Name} -DeletionProtection $false first.");
                    return;
                }
                QldbLedger result = new QldbLedger { Name = Name, State = "DELETING", Region = Client.Region };
                if (Wait)
                {
                    result = Await(token => Client.WaitForLedgerAsync(Name, new[] { "DELETED" }, TimeSpan.FromSeconds(TimeoutSec),
                        LedgerPolling.Interval, WaitProgressReporter(ProgressId), token));
                    CompleteProgress(ProgressId, "Waiting for ledger " + Name);
                }
                if (PassThru) WriteObject(result);
            }
            catch (Exception e) when (IsRecordFailure(e))
            {
                WriteFailure(e, Name);
            }
        }
    }
}
