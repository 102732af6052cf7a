using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Notifies a subscriber of new data (CreateSubscriberNotification): through an SQS queue Security Lake creates, or
/// an HTTPS endpoint. One notification per subscriber; Update-SLSubscriberNotification changes it.
/// </summary>
[Cmdlet(VerbsCommon.New, "SLSubscriberNotification", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SqsSet)]
[ServiceOperation("CreateSubscriberNotification")]
[OutputType(typeof(SubscriberNotification))]
public sealed class NewSLSubscriberNotificationCommand : SubscriberNotificationCmdlet
{
    protected override void ProcessRecordCore()
    {
        var id = SubscriptionId;
        if (!TryBuild(id, BuildInput, out var input)) return;
        if (!ShouldProcess(SubscriberLabel, $"Create Security Lake subscriber notification ({Describe(input)})")) return;
        RunRecord(id, async (client, record, token) => record.WriteObject(await client.CreateSubscriberNotificationAsync(input, token)));
    }
}
