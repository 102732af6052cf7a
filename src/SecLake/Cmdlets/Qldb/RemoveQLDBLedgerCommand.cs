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
        [ValidateLength(QldbConstraints.LedgerNameMinLength, QldbConstraints.LedgerNameMaxLength)]
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
            var name = Name;
            var force = Force.IsPresent;
            var action = force ? "Remove QLDB ledger, turning deletion protection off first" : "Remove QLDB ledger";
            if (!ShouldProcessUnlessForced(force, name, action)) return;
            var (wait, passThru, timeout) = (Wait.IsPresent, PassThru.IsPresent, TimeSpan.FromSeconds(TimeoutSec));
            RunRecord(name, async (client, record, token) =>
            {
                if (force)
                {
                    var current = await client.DescribeLedgerAsync(name, token);
                    if (current.DeletionProtection == true)
                    {
                        record.WriteVerbose($"Turning deletion protection off for ledger '{name}'.");
                        await client.UpdateLedgerAsync(name, false, null, token);
                    }
                }
                try
                {
                    await client.DeleteLedgerAsync(name, token);
                }
                catch (ResourcePreconditionNotMetException e)
                {
                    record.WriteFailure(e, $"Ledger '{name}' has deletion protection turned on. Run Remove-QLDBLedger -Name {name} -Force to turn it off and delete the ledger, or Update-QLDBLedger -Name {name} -DeletionProtection $false first.");
                    return;
                }
                var result = new QldbLedger { Name = name, State = "DELETING", Region = client.Region };
                if (wait) result = await client.WaitForLedgerAsync(name, new[] { "DELETED" }, timeout, QldbClient.DefaultPollInterval, record.Progress(ProgressId), token);
                if (passThru) record.WriteObject(result);
            });
        }
    }
}
