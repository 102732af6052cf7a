using System;
using System.Security;

namespace SecLake.SecurityLake;

/// <summary>
/// GA <c>CreateSubscriberNotification</c> / <c>UpdateSubscriberNotification</c> input. The model's
/// <c>NotificationConfiguration</c> is a union: exactly one of <c>sqsNotificationConfiguration</c> (no members) and
/// <c>httpsNotificationConfiguration</c>, so an input is made by <see cref="Sqs"/> or by <see cref="Https"/>.
/// </summary>
public sealed class SubscriberNotificationInput
{
    private SubscriberNotificationInput(string subscriberId, HttpsNotificationConfiguration? https)
    {
        SubscriberId = subscriberId;
        HttpsConfiguration = https;
    }

    /// <summary>Notify the subscriber through an Amazon SQS queue that Security Lake creates.</summary>
    public static SubscriberNotificationInput Sqs(string subscriberId) => new SubscriberNotificationInput(subscriberId, null);

    /// <summary>Notify the subscriber's HTTPS endpoint through an EventBridge API destination.</summary>
    public static SubscriberNotificationInput Https(string subscriberId, HttpsNotificationConfiguration configuration) =>
        new SubscriberNotificationInput(subscriberId, configuration ?? throw new ArgumentNullException(nameof(configuration)));

    /// <summary>GA <c>subscriberId</c> (the URI label), documented <c>subscriptionId</c>.</summary>
    public string SubscriberId { get; }

    /// <summary>The HTTPS configuration; null for an SQS notification.</summary>
    public HttpsNotificationConfiguration? HttpsConfiguration { get; }

    public string NotificationType => HttpsConfiguration == null ? SubscriberNotification.SqsType : SubscriberNotification.HttpsType;
}

/// <summary>GA <c>HttpsNotificationConfiguration</c>; null members are not sent.</summary>
public sealed class HttpsNotificationConfiguration
{
    /// <param name="endpoint">GA <c>endpoint</c> (required): <c>^https?://.+$</c>.</param>
    /// <param name="targetRoleArn">GA <c>targetRoleArn</c> (required): the EventBridge API destinations role.</param>
    public HttpsNotificationConfiguration(string endpoint, string targetRoleArn)
    {
        Endpoint = endpoint;
        TargetRoleArn = targetRoleArn;
    }

    public string Endpoint { get; }
    public string TargetRoleArn { get; }
    public string? AuthorizationApiKeyName { get; set; }

    /// <summary>
    /// GA <c>authorizationApiKeyValue</c>, a secret: held as a SecureString so it never sits in a managed string of
    /// SecLake's, and copied into the request body only while the body is written (see SecurityLakeRequests).
    /// The caller owns (and disposes) it.
    /// </summary>
    public SecureString? AuthorizationApiKeyValue { get; set; }

    /// <summary>GA <c>httpMethod</c>: POST or PUT.</summary>
    public string? HttpMethod { get; set; }
}

/// <summary>GA <c>CreateDataLakeExceptionSubscription</c> / <c>UpdateDataLakeExceptionSubscription</c> input.</summary>
public sealed class DataLakeExceptionSubscriptionInput
{
    /// <param name="notificationEndpoint">GA <c>notificationEndpoint</c> (required, <c>SafeString</c>).</param>
    /// <param name="subscriptionProtocol">GA <c>subscriptionProtocol</c> (required, <c>^[a-z\-]*$</c>).</param>
    public DataLakeExceptionSubscriptionInput(string notificationEndpoint, string subscriptionProtocol)
    {
        NotificationEndpoint = notificationEndpoint;
        SubscriptionProtocol = subscriptionProtocol;
    }

    public string NotificationEndpoint { get; }
    public string SubscriptionProtocol { get; }

    /// <summary>GA <c>exceptionTimeToLive</c>, in days (at least 1); null: not sent.</summary>
    public long? ExceptionTimeToLive { get; set; }
}

/// <summary>The cmdlet parameter names a <see cref="InputValidationException"/> reports for notifications and exceptions.</summary>
public static class NotificationParameters
{
    public const string SubscriptionId = "SubscriptionId";
    public const string HttpsEndpoint = "HttpsEndpoint";
    public const string TargetRoleArn = "TargetRoleArn";
    public const string HttpMethod = "HttpMethod";
    public const string NotificationEndpoint = "NotificationEndpoint";
    public const string SubscriptionProtocol = "SubscriptionProtocol";
    public const string ExceptionTimeToLive = "ExceptionTimeToLive";
    public const string PageSize = "PageSize";
}
