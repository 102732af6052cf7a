using System;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Removes tags from a data lake or subscriber by key (UntagResource).</summary>
[Cmdlet(VerbsCommon.Remove, "SLResourceTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("UntagResource")]
[ServiceCmdlet(SecurityLakeService.ServiceId)]
public sealed class RemoveSLResourceTagCommand : RemoveResourceTagCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.AmazonResourceNameMinLength, SecurityLakeConstraints.AmazonResourceNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AmazonResourceNamePattern, SecurityLakeConstraints.AmazonResourceNameRule)]
    [ArgumentCompleter(typeof(SecurityLakeArnCompleter))]
    [Alias("Arn", "DataLakeArn", "SubscriberArn")]
    public override string ResourceArn { get; set; } = "";
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateCount(1, SecurityLakeConstraints.TagKeyListMaxCount)]
    [ValidateLength(SecurityLakeConstraints.TagKeyMinLength, SecurityLakeConstraints.TagKeyMaxLength)]
    [ArgumentCompleter(typeof(TagKeyCompleter))]
    [Alias("Key", "TagKeys")]
    public override string[] TagKey { get; set; } = Array.Empty<string>();
}
