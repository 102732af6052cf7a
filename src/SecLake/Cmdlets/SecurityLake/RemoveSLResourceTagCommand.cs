using System;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Removes tags from a data lake or subscriber by key (UntagResource).</summary>
[Cmdlet(VerbsCommon.Remove, "SLResourceTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("UntagResource")]
public sealed class RemoveSLResourceTagCommand : SecurityLakeCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.AmazonResourceNameMinLength, SecurityLakeConstraints.AmazonResourceNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AmazonResourceNamePattern, SecurityLakeConstraints.AmazonResourceNameRule)]
    [ArgumentCompleter(typeof(SecurityLakeArnCompleter))]
    [Alias("Arn", "DataLakeArn", "SubscriberArn")]
    public string ResourceArn { get; set; } = "";
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateCount(1, SecurityLakeConstraints.TagKeyListMaxCount)]
    [ValidateLength(SecurityLakeConstraints.TagKeyMinLength, SecurityLakeConstraints.TagKeyMaxLength)]
    [ArgumentCompleter(typeof(TagKeyCompleter))]
    [Alias("Key", "TagKeys")]
    public string[] TagKey { get; set; } = Array.Empty<string>();

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        var (arn, keys) = (ResourceArn, TagKey);
        if (!ShouldProcessUnlessForced(Force, arn, "Remove tags " + string.Join(", ", keys))) return;
        RunRecord(arn, (client, record, token) => client.UntagResourceAsync(arn, keys, token));
    }
}
