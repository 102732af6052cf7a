using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Adds or overwrites tags on a data lake or subscriber (TagResource). Takes Get-SLDataLake/Get-SLSubscriber output.</summary>
[Cmdlet(VerbsCommon.Add, "SLResourceTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ResourceTag))]
[ServiceOperation("TagResource")]
[ServiceOperation("ListTagsForResource")]
[ServiceCmdlet(SecurityLakeService.ServiceId)]
public sealed class AddSLResourceTagCommand : AddResourceTagCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.AmazonResourceNameMinLength, SecurityLakeConstraints.AmazonResourceNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AmazonResourceNamePattern, SecurityLakeConstraints.AmazonResourceNameRule)]
    [ArgumentCompleter(typeof(SecurityLakeArnCompleter))]
    [Alias("Arn", "DataLakeArn", "SubscriberArn")]
    public override string ResourceArn { get; set; } = "";

    [Parameter(Mandatory = true, Position = 1)]
    [ValidateCount(1, SecurityLakeConstraints.TagListMaxCount)]
    [Alias("Tags")]
    public override Hashtable Tag { get; set; } = new Hashtable();

    protected override IReadOnlyDictionary<string, string?> ReadTags(object tags) =>
        LooseValue.ToTagMap(tags, nameof(Tag), nameof(Tag), allowNullValues: false);
}
