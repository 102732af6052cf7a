using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Replaces a subscriber's notification (UpdateSubscriberNotification): changes the HTTPS endpoint, role, key or method,
/// or switches between an SQS queue and an HTTPS endpoint. The whole configuration is sent, as the model requires.
/// </summary>
[Cmdlet(VerbsData.Update, "SLSubscriberNotification", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SqsSet)]
[ServiceOperation("UpdateSubscriberNotification")]
[OutputType(typeof(SubscriberNotification))]
public sealed class UpdateSLSubscriberNotificationCommand : SubscriberNotificationCmdlet
{
    protected override void ProcessRecordCore()
    {
        var id = SubscriptionId;
        if (!TryBuild(id, BuildInput, out var input)) return;
        if (!ShouldProcess(SubscriberLabel, $"Update Security Lake subscriber notification ({Describe(input)})")) return;
        RunRecord(id, async (client, record, token) => record.WriteObject(await client.UpdateSubscriberNotificationAsync(input, token)));
    }
}
