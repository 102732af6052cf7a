using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Base of the cmdlets that act on one subscriber given by its subscription id, typed or piped from Get-SLSubscriber
/// (Update-SLSubscriber declares its own: its -SubscriberName renames). A piped subscriber's name labels the
/// confirmation prompt and -WhatIf beside its GUID.
/// </summary>
public abstract class SubscriberCmdlet : SecurityLakeCmdlet
{
    /// <summary>Documented subscriptionId (GA subscriberId, the URI label).</summary>
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

    /// <summary>The subscriber as prompts name it: 'name' (id) when piped from Get-SLSubscriber, else the id.</summary>
    protected string SubscriberLabel => string.IsNullOrEmpty(SubscriberName) ? SubscriptionId : $"'{SubscriberName}' ({SubscriptionId})";
}
