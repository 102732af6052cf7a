using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>Lists a QLDB resource's tags, one object per tag (ListTagsForResource).</summary>
[Cmdlet(VerbsCommon.Get, "QLDBResourceTag")]
[OutputType(typeof(ResourceTag))]
[ServiceOperation("ListTagsForResource")]
[ServiceCmdlet(QldbService.ServiceId)]
public sealed class GetQLDBResourceTagCommand : GetResourceTagCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(QldbConstraints.ArnMinLength, QldbConstraints.ArnMaxLength)]
    [ArgumentCompleter(typeof(LedgerArnCompleter))]
    [Alias("Arn")]
    public override string ResourceArn { get; set; } = "";
}
