using System.Text.Json.Nodes;
using SecLake.Emulator.Http;

namespace SecLake.Emulator.SecurityLake;

/// <summary>
/// A subscriber's one notification: an SQS queue Security Lake creates, or an HTTPS endpoint reached through an
/// EventBridge API destination. The API key value is kept (the service would hand it to EventBridge) but no response
/// or error ever contains it.
/// </summary>
internal sealed class SubscriberNotificationSettings
{
    /// <summary>Null for an SQS notification.</summary>
    public HttpsNotification? Https { get; init; }

    /// <summary>The model's <c>subscriberEndpoint</c>: the queue's ARN, or the HTTPS endpoint.</summary>
    public required string SubscriberEndpoint { get; init; }

    /// <summary>The queue Security Lake creates for a subscriber (stable, so the same subscriber gets the same queue).</summary>
    public static string QueueArn(string partition, string region, string accountId, string subscriberId) =>
        $"arn:{partition}:sqs:{region}:{accountId}:AmazonSecurityLake-{subscriberId}-Main-Queue";
}

/// <summary>The members of the model's HttpsNotificationConfiguration as validated.</summary>
internal sealed record HttpsNotification(string Endpoint, string TargetRoleArn, string? HttpMethod, string? ApiKeyName, string? ApiKeyValue);

/// <summary>The exception subscription of one account and Region.</summary>
internal sealed class ExceptionSubscription
{
    public required string NotificationEndpoint { get; set; }
    public required string SubscriptionProtocol { get; set; }
    public long? ExceptionTimeToLive { get; set; }

    /// <summary>The model's GetDataLakeExceptionSubscriptionResponse (members in the model's order).</summary>
    public JsonObject ToResponse()
    {
        var response = new JsonObject();
        if (ExceptionTimeToLive is { } ttl) response["exceptionTimeToLive"] = ttl;
        response["notificationEndpoint"] = NotificationEndpoint;
        response["subscriptionProtocol"] = SubscriptionProtocol;
        return response;
    }
}

/// <summary>
/// One Security Lake exception (the model's DataLakeException). The emulator has no failing log delivery of its own,
/// so exceptions are added by tests (POST /_emulator/securitylake/exceptions, <see cref="EmulatorHost.AddDataLakeException"/>)
/// for a Region that has a data lake, as the service records them.
/// </summary>
internal sealed record DataLakeExceptionEntry(string Region, string Exception, string Remediation, DateTimeOffset Timestamp)
{
    public JsonObject ToResource() => new()
    {
        ["exception"] = Exception,
        ["region"] = Region,
        ["remediation"] = Remediation,
        ["timestamp"] = WireFormat.Iso8601(Timestamp),
    };
}
