using System.Collections;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>Adds tags to a QLDB resource (TagResource). QLDB refuses a key the resource already has: remove it first.</summary>
[Cmdlet(VerbsCommon.Add, "QLDBResourceTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ResourceTag))]
[ServiceOperation("TagResource")]
[ServiceOperation("ListTagsForResource")]
public sealed class AddQLDBResourceTagCommand : QldbCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(QldbConstraints.ArnMinLength, QldbConstraints.ArnMaxLength)]
    [ArgumentCompleter(typeof(LedgerArnCompleter))]
    [Alias("Arn")]
    public string ResourceArn { get; set; } = "";

    [Parameter(Mandatory = true, Position = 1)]
    [ValidateCount(1, QldbConstraints.TagsMaxCount)]
    [Alias("Tags")]
    public Hashtable Tag { get; set; } = new Hashtable();

    /// <summary>Write the resource's tags after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecordCore()
    {
        var (arn, passThru) = (ResourceArn, PassThru.IsPresent);
        if (!TryBuild(arn, () => LooseValue.ToTagMap(PowerShellValues.Plain(Tag)!, nameof(Tag), "-" + nameof(Tag), allowNullValues: true), out var tags)) return;
        if (!ShouldProcess(arn, "Add tags " + string.Join(", ", tags.Keys))) return;
        RunRecord(arn, async (client, record, token) =>
        {
            await client.TagResourceAsync(arn, tags, token);
            if (passThru) record.WriteObject(await client.ListTagsForResourceAsync(arn, token), enumerateCollection: true);
        });
    }
}
