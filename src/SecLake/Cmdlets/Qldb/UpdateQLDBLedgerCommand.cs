using System.Collections.Generic;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>Changes a ledger's deletion protection, KMS key (UpdateLedger) and permissions mode (UpdateLedgerPermissionsMode).</summary>
[Cmdlet(VerbsData.Update, "QLDBLedger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(QldbLedger))]
[ServiceOperation("UpdateLedger")]
[ServiceOperation("UpdateLedgerPermissionsMode")]
[ServiceOperation("DescribeLedger")]
public sealed class UpdateQLDBLedgerCommand : LedgerCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BoolArgumentTransformation]
    public bool DeletionProtection { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(0, QldbConstraints.KmsKeyMaxLength)]
    [ArgumentCompleter(typeof(KmsKeyCompleter))]
    public string? KmsKey { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateSet("ALLOW_ALL", "STANDARD")]
    public string? PermissionsMode { get; set; }

    protected override void ProcessRecordCore()
    {
        var bound = MyInvocation.BoundParameters;
        bool? deletionProtection = bound.ContainsKey(nameof(DeletionProtection)) ? DeletionProtection : (bool?)null;
        var changes = new List<string>();
        if (deletionProtection.HasValue) changes.Add("DeletionProtection=" + deletionProtection.Value);
        if (KmsKey != null) changes.Add("KmsKey=" + KmsKey);
        if (PermissionsMode != null) changes.Add("PermissionsMode=" + PermissionsMode);
        var (name, kmsKey, permissionsMode) = (Name, KmsKey, PermissionsMode);
        if (changes.Count == 0)
        {
            WriteFailure(new InputValidationException("DeletionProtection", "Nothing to update: pass -DeletionProtection, -KmsKey or -PermissionsMode."), name);
            return;
        }
        if (!ShouldProcess(name, "Update QLDB ledger (" + string.Join(", ", changes) + ")")) return;
        RunRecord(name, async (client, record, token) =>
        {
            if (deletionProtection.HasValue || kmsKey != null) await client.UpdateLedgerAsync(name, deletionProtection, kmsKey, token);
            if (permissionsMode != null) await client.UpdateLedgerPermissionsModeAsync(name, permissionsMode, token);
            // Neither update response carries every member; describe once so the output is complete.
            record.WriteObject(await client.DescribeLedgerAsync(name, token));
        });
    }
}
