using System.Collections;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Adds or overwrites tags on a data lake or subscriber (TagResource). Takes Get-SLDataLake/Get-SLSubscriber output.</summary>
[Cmdlet(VerbsCommon.Add, "SLResourceTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ResourceTag))]
[ServiceOperation("TagResource")]
[ServiceOperation("ListTagsForResource")]
public sealed class AddSLResourceTagCommand : SecurityLakeCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.AmazonResourceNameMinLength, SecurityLakeConstraints.AmazonResourceNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AmazonResourceNamePattern, SecurityLakeConstraints.AmazonResourceNameRule)]
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

    protected override void ProcessRecordCore()
    {
        var (arn, passThru) = (ResourceArn, PassThru.IsPresent);
        if (!TryBuild(arn, () => DocumentedInput.Tags(PowerShellValues.Plain(Tag)!, nameof(Tag)), out var tags)) return;
        if (!ShouldProcess(arn, "Add tags " + string.Join(", ", tags.Keys))) return;
        RunRecord(arn, async (client, record, token) =>
        {
            await client.TagResourceAsync(arn, tags, token);
            if (passThru) record.WriteObject(await client.ListTagsForResourceAsync(arn, token), enumerateCollection: true);
        });
    }
}
