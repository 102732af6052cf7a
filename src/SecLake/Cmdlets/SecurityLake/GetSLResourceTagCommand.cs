using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Lists a data lake's or subscriber's tags, one object per tag (ListTagsForResource).</summary>
[Cmdlet(VerbsCommon.Get, "SLResourceTag")]
[OutputType(typeof(ResourceTag))]
[ServiceOperation("ListTagsForResource")]
public sealed class GetSLResourceTagCommand : SecurityLakeCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.AmazonResourceNameMinLength, SecurityLakeConstraints.AmazonResourceNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AmazonResourceNamePattern, SecurityLakeConstraints.AmazonResourceNameRule)]
    [ArgumentCompleter(typeof(SecurityLakeArnCompleter))]
    [Alias("Arn", "DataLakeArn", "SubscriberArn")]
    public string ResourceArn { get; set; } = "";

    protected override void ProcessRecordCore()
    {
        var arn = ResourceArn;
        RunRecord(arn, async (client, record, token) => record.WriteObject(await client.ListTagsForResourceAsync(arn, token), enumerateCollection: true));
    }
}
