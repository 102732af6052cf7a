using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Deletes a subscriber (DeleteSubscriber). Takes Get-SLSubscriber output.</summary>
[Cmdlet(VerbsCommon.Remove, "SLSubscriber", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
public sealed class RemoveSLSubscriberCommand : SecurityLakeCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.UuidPattern, SecurityLakeConstraints.UuidRule)]
    [ArgumentCompleter(typeof(SubscriptionIdCompleter))]
    [Alias("SubscriberId")]
    public string SubscriptionId { get; set; } = "";

    /// <summary>
    /// The name of a piped subscriber, so the prompt and -WhatIf name it beside its GUID (nothing is looked up:
    /// -WhatIf sends no request). Hidden: it only labels the subscription id.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    [TextValue]
    public string? SubscriberName { get; set; }

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        var id = SubscriptionId;
        var label = string.IsNullOrEmpty(SubscriberName) ? id : $"'{SubscriberName}' ({id})";
        if (!ShouldProcessUnlessForced(Force, label, "Remove Security Lake subscriber")) return;
        RunRecord(id, (client, record, token) => client.DeleteSubscriberAsync(id, token));
    }
}
