using System;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb
{
    /// <summary>Lists a QLDB resource's tags, one object per tag (ListTagsForResource).</summary>
    [Cmdlet(VerbsCommon.Get, "QLDBResourceTag")]
    [OutputType(typeof(ResourceTag))]
    public sealed class GetQLDBResourceTagCommand : QldbCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateLength(QldbConstraints.ArnMin, QldbConstraints.ArnMax)]
        [ArgumentCompleter(typeof(LedgerArnCompleter))]
        [Alias("Arn")]
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
