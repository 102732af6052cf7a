using System;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>Removes tags from a QLDB resource by key (UntagResource).</summary>
[Cmdlet(VerbsCommon.Remove, "QLDBResourceTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("UntagResource")]
[ServiceCmdlet(QldbService.ServiceId)]
public sealed class RemoveQLDBResourceTagCommand : RemoveResourceTagCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(QldbConstraints.ArnMinLength, QldbConstraints.ArnMaxLength)]
    [ArgumentCompleter(typeof(LedgerArnCompleter))]
    [Alias("Arn")]
    public override string ResourceArn { get; set; } = "";
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateCount(1, QldbConstraints.TagKeyListMaxCount)]
    [ValidateLength(QldbConstraints.TagKeyMinLength, QldbConstraints.TagKeyMaxLength)]
    [ArgumentCompleter(typeof(TagKeyCompleter))]
    [Alias("Key", "TagKeys")]
    public override string[] TagKey { get; set; } = Array.Empty<string>();
}
