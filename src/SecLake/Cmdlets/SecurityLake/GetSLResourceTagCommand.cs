using System;
using System.Management.Automation;
using System.Text.RegularExpressions;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake
{
    /// <summary>Lists a data lake's or subscriber's tags, one object per tag (ListTagsForResource).</summary>
    [Cmdlet(VerbsCommon.Get, "SLResourceTag")]
    [OutputType(typeof(ResourceTag))]
    public sealed class GetSLResourceTagCommand : SecurityLakeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateLength(SecurityLakeConstraints.AmazonResourceNameMinLength, SecurityLakeConstraints.AmazonResourceNameMaxLength)]
        [ValidatePattern(SecurityLakeConstraints.AmazonResourceNamePattern, Options = RegexOptions.None)]
        [ArgumentCompleter(typeof(SecurityLakeArnCompleter))]
        [Alias("Arn", "DataLakeArn", "SubscriberArn")]
        public string ResourceArn { get; set; } = "";

        protected override void ProcessRecord()
        {
            try
            {
                WriteObject(Await(token => Client.ListTagsForResourceAsync(ResourceArn, token)), enumerateCollection: true);
            }
            catch (Exception e) when (IsRecordFailure(e))
            {
                WriteFailure(e, ResourceArn);
            }
        }
    }
}
