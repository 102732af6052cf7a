using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>
/// Deletes a ledger (DeleteLedger). A ledger with deletion protection is refused with a clear error naming
/// -DisableDeletionProtection, the one switch that turns the protection off first (UpdateLedger, with a warning); if
/// the delete then fails, the protection is turned back on. -Force only skips the confirmation prompt, as in AWS.Tools.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "QLDBLedger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(QldbLedger))]
public sealed class RemoveQLDBLedgerCommand : QldbCmdlet
{
    private const int ProgressId = 2;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(QldbConstraints.LedgerNameMinLength, QldbConstraints.LedgerNameMaxLength)]
    [ValidateModelPattern(QldbConstraints.LedgerNamePattern, QldbConstraints.LedgerNameRule)]
    [Alias("LedgerName")]
    [ArgumentCompleter(typeof(LedgerNameCompleter))]
    public string Name { get; set; } = "";

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing). Deletion protection stays as it is.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Turn a protected ledger's deletion protection off first (with a warning), then delete it.</summary>
    [Parameter]
    public SwitchParameter DisableDeletionProtection { get; set; }

    [Parameter]
    public SwitchParameter Wait { get; set; }

    [Parameter]
    [ValidateRange(1, 86400)]
    public int TimeoutSec { get; set; } = 600;

    /// <summary>Write the deleted ledger (state DELETING, or DELETED with -Wait).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecordCore()
    {
        var name = Name;
        var disableProtection = DisableDeletionProtection.IsPresent;
        var action = disableProtection ? "Remove QLDB ledger, turning its deletion protection off first if it is on" : "Remove QLDB ledger";
        if (!ShouldProcessUnlessForced(Force, name, action)) return;
        var (wait, passThru, timeout) = (Wait.IsPresent, PassThru.IsPresent, TimeSpan.FromSeconds(TimeoutSec));
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
                record.WriteFailure(e, await RestoreProtection(client, name) + " The ledger was not deleted.");
                return;
            }
            var result = new QldbLedger { Name = name, State = "DELETING", Region = client.Region };
            if (wait) result = await client.WaitForLedgerAsync(name, new[] { "DELETED" }, timeout, QldbClient.DefaultPollInterval, record.Progress(ProgressId), token);
            if (passThru) record.WriteObject(result);
        });
    }

    /// <summary>Turns deletion protection back on after a failed delete; says what happened, for the error message.</summary>
    private static async Task<string> RestoreProtection(QldbClient client, string name)
    {
        try
        {
            // Not the pipeline's token: after Ctrl+C the protection must still go back on.
            await client.UpdateLedgerAsync(name, true, null, CancellationToken.None);
            return $"Deletion protection of ledger '{name}' was turned back on.";
        }
        catch (Exception)
        {
            return $"Deletion protection of ledger '{name}' is now OFF: turn it back on with Update-QLDBLedger -Name {name} -DeletionProtection $true.";
        }
    }
}
