using System;
using System.Collections;
using System.Management.Automation;
using System.Text.RegularExpressions;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake
{
    /// <summary>Adds or overwrites tags on a data lake or subscriber (TagResource). Takes Get-SLDataLake/Get-SLSubscriber output.</summary>
    [Cmdlet(VerbsCommon.Add, "SLResourceTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ResourceTag))]
    public sealed class AddSLResourceTagCommand : SecurityLakeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateLength(SecurityLakeConstraints.AmazonResourceNameMinLength, SecurityLakeConstraints.AmazonResourceNameMaxLength)]
        [ValidatePattern(SecurityLakeConstraints.AmazonResourceNamePattern, Options = RegexOptions.None)]
        [ArgumentCompleter(typeof(SecurityLakeArnCompleter))]
        [Alias("Arn", "DataLakeArn", "SubscriberArn")]
        public string ResourceArn { get; set; } = "";

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateCount(1, SecurityLakeConstraints.TagListMaxCount)]
        [Alias("Tags")]
        public Hashtable Tag { get; set; } = new Hashtable();

        /// <summary>Write the resource's tags after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            try
            {
                var tags = DocumentedInput.Tags(PlainTable(Tag)!, nameof(Tag));
                if (!ShouldProcess(ResourceArn, "Add tags " + string.Join(", ", tags.Keys))) return;
                Await(token => Client.TagResourceAsync(ResourceArn, tags, token));
                if (PassThru) WriteObject(Await(token => Client.ListTagsForResourceAsync(ResourceArn, token)), enumerateCollection: true);
            }
            catch (Exception e) when (IsRecordFailure(e))
            {
                WriteFailure(e, ResourceArn);
            }
        }
    }
}
