namespace SecLake.SecurityLake;

/// <summary>
/// A subscriber's notification as New-/Update-SLSubscriberNotification set it: the GA
/// <c>CreateSubscriberNotification</c>/<c>UpdateSubscriberNotification</c> response (<c>subscriberEndpoint</c>) with the
/// configuration that was sent. The service has no operation that reads a notification back, so this object is the
/// record of what was configured. The HTTPS API key value is never kept: <see cref="HasAuthorizationApiKeyValue"/> only
/// says whether one was sent.
/// </summary>
public sealed class SubscriberNotification
{
    /// <summary>Notifications through an Amazon SQS queue Security Lake creates.</summary>
    public const string SqsType = "SQS";

    /// <summary>Notifications through an EventBridge API destination to an HTTPS endpoint.</summary>
    public const string HttpsType = "HTTPS";

    /// <param name="subscriberId">GA <c>subscriberId</c> (documented <c>subscriptionId</c>).</param>
    /// <param name="notificationType"><see cref="SqsType"/> or <see cref="HttpsType"/>: the union member that was sent.</param>
    public SubscriberNotification(string subscriberId, string notificationType)
    {
        SubscriberId = subscriberId;
        NotificationType = notificationType;
    }

    /// <summary>Documented <c>subscriptionId</c>: the GA <c>subscriberId</c>, so the object pipes into the subscriber cmdlets.</summary>
    public string SubscriptionId => SubscriberId;

    public string SubscriberId { get; }

    /// <summary>SQS or HTTPS.</summary>
    public string NotificationType { get; }

    /// <summary>GA <c>subscriberEndpoint</c>: the SQS queue Security Lake created, or the HTTPS endpoint it notifies.</summary>
    public string? SubscriberEndpoint { get; set; }

    /// <summary>GA <c>httpsNotificationConfiguration.endpoint</c>.</summary>
    public string? HttpsEndpoint { get; set; }

    /// <summary>GA <c>httpsNotificationConfiguration.httpMethod</c>: POST or PUT (null: the service's default).</summary>
    public string? HttpMethod { get; set; }

    /// <summary>GA <c>httpsNotificationConfiguration.targetRoleArn</c>: the EventBridge API destinations role.</summary>
    public string? TargetRoleArn { get; set; }

    /// <summary>GA <c>httpsNotificationConfiguration.authorizationApiKeyName</c>.</summary>
    public string? AuthorizationApiKeyName { get; set; }

    /// <summary>True when an API key value was sent (the value itself is a secret and is not kept).</summary>
    public bool HasAuthorizationApiKeyValue { get; set; }

    /// <summary>The Region of the subscriber, so the object pipes back to its own Region.</summary>
    public string? Region { get; set; }

    public override string ToString() => $"{NotificationType} {SubscriberEndpoint ?? HttpsEndpoint} ({SubscriberId})";
}
