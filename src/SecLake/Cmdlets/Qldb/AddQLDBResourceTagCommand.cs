using System;
using System.Collections;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb
{
    /// <summary>Adds tags to a QLDB resource (TagResource). QLDB refuses a key the resource already has: remove it first.</summary>
    [Cmdlet(VerbsCommon.Add, "QLDBResourceTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ResourceTag))]
    public sealed class AddQLDBResourceTagCommand : QldbCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateLength(QldbConstraints.ArnMin, QldbConstraints.ArnMax)]
        [ArgumentCompleter(typeof(LedgerArnCompleter))]
        [Alias("Arn")]
        public string ResourceArn { get; set; } = "";

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateCount(1, QldbConstraints.TagCountMax)]
        [Alias("Tags")]
        public Hashtable Tag { get; set; } = new Hashtable();

        /// <summary>Write the resource's tags after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var tags = ToTagMap(Tag);
            if (!ShouldProcess(ResourceArn, "Add tags " + string.Join(", ", tags.Keys))) return;
            try
            {
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
