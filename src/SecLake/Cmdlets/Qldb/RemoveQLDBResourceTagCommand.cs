using System;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>Removes tags from a QLDB resource by key (UntagResource).</summary>
[Cmdlet(VerbsCommon.Remove, "QLDBResourceTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("UntagResource")]
public sealed class RemoveQLDBResourceTagCommand : QldbCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(QldbConstraints.ArnMinLength, QldbConstraints.ArnMaxLength)]
    [ArgumentCompleter(typeof(LedgerArnCompleter))]
    [Alias("Arn")]
    public string ResourceArn { get; set; } = "";
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateCount(1, QldbConstraints.TagKeyListMaxCount)]
    [ValidateLength(QldbConstraints.TagKeyMinLength, QldbConstraints.TagKeyMaxLength)]
    [ArgumentCompleter(typeof(TagKeyCompleter))]
    [Alias("Key", "TagKeys")]
    public string[] TagKey { get; set; } = Array.Empty<string>();

    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        var (arn, keys) = (ResourceArn, TagKey);
        if (!ShouldProcessUnlessForced(Force, arn, "Remove tags " + string.Join(", ", keys))) return;
        RunRecord(arn, (client, record, token) => client.UntagResourceAsync(arn, keys, token));
    }
}
