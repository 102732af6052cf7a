using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Lists a data lake's or subscriber's tags, one object per tag (ListTagsForResource).</summary>
[Cmdlet(VerbsCommon.Get, "SLResourceTag")]
[OutputType(typeof(ResourceTag))]
[ServiceOperation("ListTagsForResource")]
[ServiceCmdlet(SecurityLakeService.ServiceId)]
public sealed class GetSLResourceTagCommand : GetResourceTagCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.AmazonResourceNameMinLength, SecurityLakeConstraints.AmazonResourceNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AmazonResourceNamePattern, SecurityLakeConstraints.AmazonResourceNameRule)]
    [ArgumentCompleter(typeof(SecurityLakeArnCompleter))]
    [Alias("Arn", "DataLakeArn", "SubscriberArn")]
    public override string ResourceArn { get; set; } = "";
}
