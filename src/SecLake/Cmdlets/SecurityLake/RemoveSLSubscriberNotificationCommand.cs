using System.Management.Automation;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Stops a subscriber's notifications (DeleteSubscriberNotification). Takes Get-SLSubscriber output.</summary>
[Cmdlet(VerbsCommon.Remove, "SLSubscriberNotification", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("DeleteSubscriberNotification")]
public sealed class RemoveSLSubscriberNotificationCommand : SubscriberCmdlet
{
    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        var id = SubscriptionId;
        if (!ShouldProcessUnlessForced(Force, SubscriberLabel, "Remove Security Lake subscriber notification")) return;
        RunRecord(id, (client, record, token) => client.DeleteSubscriberNotificationAsync(id, token));
    }
}
