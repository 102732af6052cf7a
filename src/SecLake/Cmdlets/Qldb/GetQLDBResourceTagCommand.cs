using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>Lists a QLDB resource's tags, one object per tag (ListTagsForResource).</summary>
[Cmdlet(VerbsCommon.Get, "QLDBResourceTag")]
[OutputType(typeof(ResourceTag))]
[ServiceOperation("ListTagsForResource")]
public sealed class GetQLDBResourceTagCommand : QldbCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(QldbConstraints.ArnMinLength, QldbConstraints.ArnMaxLength)]
    [ArgumentCompleter(typeof(LedgerArnCompleter))]
    [Alias("Arn")]
    public string ResourceArn { get; set; } = "";

    protected override void ProcessRecordCore()
    {
        var arn = ResourceArn;
        RunRecord(arn, async (client, record, token) => record.WriteObject(await client.ListTagsForResourceAsync(arn, token), enumerateCollection: true));
    }
}
