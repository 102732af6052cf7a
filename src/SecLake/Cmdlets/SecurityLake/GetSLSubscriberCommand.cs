using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Gets subscribers by subscription id (GetSubscriber), or all of them, page by page (ListSubscribers).</summary>
[Cmdlet(VerbsCommon.Get, "SLSubscriber")]
[OutputType(typeof(Subscriber))]
[ServiceOperation("GetSubscriber")]
[ServiceOperation("ListSubscribers")]
public sealed class GetSLSubscriberCommand : SecurityLakeCmdlet
{
    /// <summary>Documented subscriptionId (GA subscriberId); all subscribers when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateModelPattern(SecurityLakeConstraints.UuidPattern, SecurityLakeConstraints.UuidRule)]
    [ArgumentCompleter(typeof(SubscriptionIdCompleter))]
    [Alias("SubscriberId")]
    public string[]? SubscriptionId { get; set; }

    protected override void ProcessRecordCore()
    {
        var ids = SplitListAttribute.Given(SubscriptionId);
        if (ids == null)
        {
            RunRecord(null, async (client, record, token) => record.WriteObject(await client.ListSubscribersAsync(cancellationToken: token), enumerateCollection: true));
            return;
        }
        foreach (var id in ids)
            RunRecord(id, async (client, record, token) => record.WriteObject(await client.GetSubscriberAsync(id, token)));
    }
}
