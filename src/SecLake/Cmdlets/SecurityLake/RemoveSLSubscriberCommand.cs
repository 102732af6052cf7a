using System.Management.Automation;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Deletes a subscriber (DeleteSubscriber). Takes Get-SLSubscriber output.</summary>
[Cmdlet(VerbsCommon.Remove, "SLSubscriber", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("DeleteSubscriber")]
public sealed class RemoveSLSubscriberCommand : SubscriberCmdlet
{
    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        var id = SubscriptionId;
        if (!ShouldProcessUnlessForced(Force, SubscriberLabel, "Remove Security Lake subscriber")) return;
        RunRecord(id, (client, record, token) => client.DeleteSubscriberAsync(id, token));
    }
}
