using System;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb
{
    /// <summary>Removes tags from a QLDB resource by key (UntagResource).</summary>
    [Cmdlet(VerbsCommon.Remove, "QLDBResourceTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class RemoveQLDBResourceTagCommand : QldbCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateLength(QldbConstraints.ArnMin, QldbConstraints.ArnMax)]
        [ArgumentCompleter(typeof(LedgerArnCompleter))]
        [Alias("Arn")]
        public string ResourceArn { get; set; } = "";

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateCount(1, QldbConstraints.TagKeysMax)]
        [ValidateLength(QldbConstraints.TagKeyMin, QldbConstraints.TagKeyMax)]
        [ArgumentCompleter(typeof(TagKeyCompleter))]
        [Alias("Key", "TagKeys")]
        public string[] TagKey { get; set; } = Array.Empty<string>();

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!ShouldProcessUnlessForced(Force, ResourceArn, "Remove tags " + string.Join(", ", TagKey))) return;
            try
            {
                Await(token => Client.UntagResourceAsync(ResourceArn, TagKey, token));
            }
            catch (Exception e) when (IsRecordFailure(e))
            {
                WriteFailure(e, ResourceArn);
            }
        }
    }
}
