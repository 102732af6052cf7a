using System.Management.Automation;
using System.Security;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// The parameters New- and Update-SLSubscriberNotification share: the model's <c>NotificationConfiguration</c> is a
/// union, so one parameter set per member: -SqsQueue (<c>sqsNotificationConfiguration</c>, which has no members) or
/// -HttpsEndpoint with its role, key and method (<c>httpsNotificationConfiguration</c>). Only the subscription id (and
/// -Region, and the name that labels the prompt) bind from the pipeline, so Get-SLSubscriber |
/// New-SLSubscriberNotification -SqsQueue does what it says.
/// </summary>
public abstract class SubscriberNotificationCmdlet : SubscriberCmdlet
{
    protected const string SqsSet = "SqsQueue";
    protected const string HttpsSet = "HttpsEndpoint";

    /// <summary>GA sqsNotificationConfiguration: Security Lake creates an SQS queue the subscriber polls (documented createSqs).</summary>
    [Parameter(ParameterSetName = SqsSet)]
    [Alias("CreateSqs")]
    public SwitchParameter SqsQueue { get; set; }

    /// <summary>GA httpsNotificationConfiguration.endpoint (documented subscriptionEndpoint).</summary>
    [Parameter(Mandatory = true, ParameterSetName = HttpsSet)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.HttpsNotificationEndpointPattern, SecurityLakeConstraints.HttpsNotificationEndpointRule)]
    [Alias("SubscriptionEndpoint")]
    public string HttpsEndpoint { get; set; } = "";

    /// <summary>GA httpsNotificationConfiguration.targetRoleArn: the EventBridge API destinations role (documented roleArn).</summary>
    [Parameter(Mandatory = true, ParameterSetName = HttpsSet)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.RoleArnPattern, SecurityLakeConstraints.RoleArnRule)]
    [Alias("RoleArn")]
    public string TargetRoleArn { get; set; } = "";

    /// <summary>GA httpsNotificationConfiguration.authorizationApiKeyName: the header the endpoint expects the key in (documented httpsApiKeyName).</summary>
    [Parameter(ParameterSetName = HttpsSet)]
    [TextValue]
    [Alias("HttpsApiKeyName")]
    public string? AuthorizationApiKeyName { get; set; }

    /// <summary>GA httpsNotificationConfiguration.authorizationApiKeyValue, a secret: a SecureString, or text made one while binding (documented httpsApiKeyValue).</summary>
    [Parameter(ParameterSetName = HttpsSet)]
    [SecretValue]
    [Alias("HttpsApiKeyValue")]
    public SecureString? AuthorizationApiKeyValue { get; set; }

    /// <summary>GA httpsNotificationConfiguration.httpMethod (documented httpsMethod).</summary>
    [Parameter(ParameterSetName = HttpsSet)]
    [TextValue]
    [ValidateSet("POST", "PUT")]
    [Alias("HttpsMethod")]
    public string? HttpMethod { get; set; }

    /// <summary>
    /// The input of this record, checked as the model says; refuses a call that names neither union member (the
    /// default set is -SqsQueue, so PowerShell alone would not), before any prompt or request.
    /// </summary>
    protected SubscriberNotificationInput BuildInput()
    {
        if (ParameterSetName == HttpsSet)
        {
            return NotificationChecks.Notification(SubscriberNotificationInput.Https(SubscriptionId, new HttpsNotificationConfiguration(HttpsEndpoint, TargetRoleArn)
            {
                AuthorizationApiKeyName = AuthorizationApiKeyName,
                AuthorizationApiKeyValue = AuthorizationApiKeyValue,
                HttpMethod = HttpMethod,
            }));
        }
        if (!SqsQueue.IsPresent)
            throw new InputValidationException(nameof(SqsQueue),
                "Say how to notify the subscriber: -SqsQueue for an Amazon SQS queue, or -HttpsEndpoint with -TargetRoleArn for an HTTPS endpoint.");
        return NotificationChecks.Notification(SubscriberNotificationInput.Sqs(SubscriptionId));
    }

    /// <summary>What -WhatIf and -Confirm say: the kind and, for HTTPS, the endpoint (never the API key).</summary>
    protected static string Describe(SubscriberNotificationInput input) =>
        input.HttpsConfiguration is HttpsNotificationConfiguration https ? $"HTTPS endpoint {https.Endpoint}" : "SQS queue";
}
