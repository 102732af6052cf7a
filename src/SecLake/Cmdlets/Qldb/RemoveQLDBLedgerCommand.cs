using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Aws;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>
/// Deletes a ledger (DeleteLedger). A ledger with deletion protection is refused with a clear error naming
/// -DisableDeletionProtection, the one switch that turns the protection off first (UpdateLedger, with a warning); if
/// the delete then fails, the protection is turned back on. -Force only skips the confirmation prompt, as in AWS.Tools.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "QLDBLedger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(QldbLedger))]
[ServiceOperation("DescribeLedger")]
[ServiceOperation("UpdateLedger")]
[ServiceOperation("DeleteLedger")]
public sealed class RemoveQLDBLedgerCommand : LedgerCmdlet
{
    private const int ProgressId = 2;
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing). Deletion protection stays as it is.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Turn a protected ledger's deletion protection off first (with a warning), then delete it.</summary>
    [Parameter]
    public SwitchParameter DisableDeletionProtection { get; set; }

    /// <summary>Wait until the ledger is gone; -TimeoutSec then defaults to 600 seconds.</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>Write the deleted ledger (state DELETING, or DELETED with -Wait).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecordCore()
    {
        var name = Name;
        var disableProtection = DisableDeletionProtection.IsPresent;
        var action = disableProtection ? "Remove QLDB ledger, turning its deletion protection off first if it is on" : "Remove QLDB ledger";
        if (!ShouldProcessUnlessForced(Force, name, action)) return;
        var (wait, passThru, timeout) = (Wait.IsPresent, PassThru.IsPresent, RecordTimeout);
        RunRecord(name, async (client, record, token) =>
        {
            var protectionTurnedOff = false;
            if (disableProtection && (await client.DescribeLedgerAsync(name, token)).DeletionProtection == true)
            {
                record.WriteWarning($"Turning deletion protection off for ledger '{name}' to delete it.");
                await client.UpdateLedgerAsync(name, false, null, token);
                protectionTurnedOff = true;
            }
            try
            {
                await client.DeleteLedgerAsync(name, token);
            }
            catch (ResourcePreconditionNotMetException e) when (!protectionTurnedOff)
            {
                record.WriteFailure(e, summary: $"Ledger '{name}' has deletion protection on and was not deleted; add -DisableDeletionProtection to turn it off and delete.");
                return;
            }
            catch (Exception e) when (protectionTurnedOff && ErrorRecords.IsRecordFailure(e))
            {
                // Never leave a ledger unprotected because its delete failed.
                // After a lost answer that could not be checked, the delete may have happened: don't claim it did not.
                var outcomeUnknown = e is ServiceConnectionException { OutcomeUnknown: true } || e is OperationTimeoutException { OutcomeUnknown: true };
                record.WriteFailure(e, await RestoreProtection(client, name) +
                    (outcomeUnknown ? $" The delete may have been carried out: check with Get-QLDBLedger -Name {name}." : " The ledger was not deleted."));
                return;
            }
            var result = new QldbLedger { Name = name, State = "DELETING", Region = client.Region };
            if (wait) result = await client.WaitForLedgerAsync(name, new[] { "DELETED" }, timeout, QldbClient.DefaultPollInterval, record.Progress(ProgressId), token);
            if (passThru) record.WriteObject(result);
        });
    }

    protected override int DefaultTimeoutSec => Wait ? (int)QldbClient.DefaultWaitTimeout.TotalSeconds : base.DefaultTimeoutSec;

    /// <summary>Turns deletion protection back on after a failed delete; says what happened, for the error message.</summary>
    private static async Task<string> RestoreProtection(QldbClient client, string name)
    {
        try
        {
            // Not the pipeline's token nor the record's deadline: after Ctrl+C or a timeout the protection must still go
            // back on, so the restore has time of its own.
            await Deadline.RunAsync(RestoreTimeout, CancellationToken.None, token => client.UpdateLedgerAsync(name, true, null, token));
            return $"Deletion protection of ledger '{name}' was turned back on.";
        }
        catch (Exception)
        {
            return $"Deletion protection of ledger '{name}' is now OFF: turn it back on with Update-QLDBLedger -Name {name} -DeletionProtection $true.";
        }
    }
}
