using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// The parameters New- and Update-SLDataLakeExceptionSubscription share (the model's two request shapes are the same).
/// Each binds by property name, so Get-SLDataLakeExceptionSubscription output pipes into Update with only the changed
/// value given, and into New for another Region.
/// </summary>
public abstract class ExceptionSubscriptionCmdlet : SecurityLakeCmdlet
{
    /// <summary>GA notificationEndpoint: where exception notifications go (an account, an address, an endpoint).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.SafeStringPattern, SecurityLakeConstraints.SafeStringRule)]
    public string NotificationEndpoint { get; set; } = "";

    /// <summary>GA subscriptionProtocol: the Amazon SNS protocol (a pattern in the model, not an enum; completion offers the protocols).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.SubscriptionProtocolPattern, SecurityLakeConstraints.SubscriptionProtocolRule)]
    [ArgumentCompleter(typeof(SubscriptionProtocolCompleter))]
    [Alias("Protocol")]
    public string SubscriptionProtocol { get; set; } = "";

    /// <summary>
    /// GA exceptionTimeToLive: how many days an exception message remains. Nullable so a piped subscription without one
    /// binds as "not given"; the minimum of 1 is checked before any request (NotificationChecks).
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("TimeToLive")]
    public long? ExceptionTimeToLive { get; set; }

    protected DataLakeExceptionSubscriptionInput BuildInput() =>
        NotificationChecks.ExceptionSubscription(new DataLakeExceptionSubscriptionInput(NotificationEndpoint, SubscriptionProtocol)
        {
            ExceptionTimeToLive = ExceptionTimeToLive,
        });

    /// <summary>The Region -WhatIf names; the client is not connected for it (-WhatIf needs no credentials).</summary>
    protected string TargetRegion => Region ?? "the default Region";
}
