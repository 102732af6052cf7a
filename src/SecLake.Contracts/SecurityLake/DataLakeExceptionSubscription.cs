namespace SecLake.SecurityLake;

/// <summary>
/// The exception subscription of the client's account and Region (GA <c>GetDataLakeExceptionSubscription</c>): where
/// Security Lake posts the exceptions it cannot resolve by itself, and how long an exception message remains.
/// </summary>
public sealed class DataLakeExceptionSubscription
{
    /// <summary>GA <c>notificationEndpoint</c>: the account (or address) that receives exception notifications.</summary>
    public string? NotificationEndpoint { get; set; }

    /// <summary>GA <c>subscriptionProtocol</c>: the Amazon SNS protocol, such as email or https.</summary>
    public string? SubscriptionProtocol { get; set; }

    /// <summary>GA <c>exceptionTimeToLive</c>: how many days an exception message remains (null: not set).</summary>
    public long? ExceptionTimeToLive { get; set; }

    /// <summary>The Region the subscription belongs to: the Region of the client that read it.</summary>
    public string? Region { get; set; }

    public override string ToString() => $"{SubscriptionProtocol}:{NotificationEndpoint}";
}
