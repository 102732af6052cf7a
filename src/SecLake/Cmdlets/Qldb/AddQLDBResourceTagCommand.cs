using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>Adds tags to a QLDB resource (TagResource). QLDB refuses a key the resource already has: remove it first.</summary>
[Cmdlet(VerbsCommon.Add, "QLDBResourceTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ResourceTag))]
[ServiceOperation("TagResource")]
[ServiceOperation("ListTagsForResource")]
[ServiceCmdlet(QldbService.ServiceId)]
public sealed class AddQLDBResourceTagCommand : AddResourceTagCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(QldbConstraints.ArnMinLength, QldbConstraints.ArnMaxLength)]
    [ArgumentCompleter(typeof(LedgerArnCompleter))]
    [Alias("Arn")]
    public override string ResourceArn { get; set; } = "";

    [Parameter(Mandatory = true, Position = 1)]
    [ValidateCount(1, QldbConstraints.TagsMaxCount)]
    [Alias("Tags")]
    public override Hashtable Tag { get; set; } = new Hashtable();

    protected override IReadOnlyDictionary<string, string?> ReadTags(object tags) =>
        LooseValue.ToTagMap(tags, nameof(Tag), "-" + nameof(Tag), allowNullValues: true);
}
