using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Stops a subscriber's notifications (DeleteSubscriberNotification). Takes Get-SLSubscriber output.</summary>
[Cmdlet(VerbsCommon.Remove, "SLSubscriberNotification", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("DeleteSubscriberNotification")]
public sealed class RemoveSLSubscriberNotificationCommand : SecurityLakeCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.UuidPattern, SecurityLakeConstraints.UuidRule)]
    [ArgumentCompleter(typeof(SubscriptionIdCompleter))]
    [Alias("SubscriberId")]
    public string SubscriptionId { get; set; } = "";

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        var id = SubscriptionId;
        if (!ShouldProcessUnlessForced(Force, id, "Remove Security Lake subscriber notification")) return;
        RunRecord(id, (client, record, token) => client.DeleteSubscriberNotificationAsync(id, token));
    }
}
