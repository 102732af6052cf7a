using System.Collections;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>Creates a QLDB ledger (CreateLedger).</summary>
[Cmdlet(VerbsCommon.New, "QLDBLedger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(QldbLedger))]
[ServiceOperation("CreateLedger")]
[ServiceOperation("DescribeLedger")]
public sealed class NewQLDBLedgerCommand : QldbCmdlet
{
    private const int ProgressId = 1;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(QldbConstraints.LedgerNameMinLength, QldbConstraints.LedgerNameMaxLength)]
    [ValidateModelPattern(QldbConstraints.LedgerNamePattern, QldbConstraints.LedgerNameRule)]
    [Alias("LedgerName")]
    public string Name { get; set; } = "";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateSet("ALLOW_ALL", "STANDARD")]
    public string PermissionsMode { get; set; } = "";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BoolArgumentTransformation(EmptyMeans = true)]
    public bool DeletionProtection { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(0, QldbConstraints.KmsKeyMaxLength)]
    [ArgumentCompleter(typeof(KmsKeyCompleter))]
    public string? KmsKey { get; set; }

    [Parameter]
    [ValidateCount(0, QldbConstraints.TagsMaxCount)]
    [Alias("Tags")]
    public Hashtable? Tag { get; set; }

    /// <summary>Wait until the ledger is ACTIVE; -TimeoutSec then defaults to 600 seconds.</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    protected override int DefaultTimeoutSec => Wait ? (int)QldbClient.DefaultWaitTimeout.TotalSeconds : base.DefaultTimeoutSec;

    protected override void ProcessRecordCore()
    {
        var name = Name;
        if (!TryBuild(name, () => new CreateLedgerInput(name, PermissionsMode)
        {
            DeletionProtection = MyInvocation.BoundParameters.ContainsKey(nameof(DeletionProtection)) ? DeletionProtection : (bool?)null,
            // An empty KmsKey cell in a CSV means "not given" (the AWS owned key), not an empty key name.
            KmsKey = string.IsNullOrWhiteSpace(KmsKey) ? null : KmsKey,
            Tags = Tag == null ? null : LooseValue.ToTagMap(PowerShellValues.Plain(Tag)!, nameof(Tag), "-" + nameof(Tag), allowNullValues: true),
        }, out var input)) return;
        if (!ShouldProcess(name, "Create QLDB ledger")) return;
        var wait = Wait;
        var timeout = RecordTimeout;
        RunRecord(name, async (client, record, token) =>
        {
            var ledger = await client.CreateLedgerAsync(input, token);
            if (wait) ledger = await client.WaitForLedgerAsync(name, new[] { "ACTIVE" }, timeout, QldbClient.DefaultPollInterval, record.Progress(ProgressId), token);
            record.WriteObject(ledger);
        });
    }
}
