using System;
using System.Collections.Generic;

namespace SecLake.SecurityLake;

/// <summary>
/// A subscriber (GA <c>SubscriberResource</c>) that keeps the documented response names
/// (<see cref="SubscriptionId"/>, <see cref="RoleArn"/>, <see cref="S3BucketArn"/>) beside the GA ones.
/// The documented <c>snsArn</c> has no GA counterpart (notifications are a separate API).
/// </summary>
public sealed class Subscriber
{
    public Subscriber(string subscriberId, string subscriberArn)
    {
        SubscriberId = subscriberId;
        SubscriberArn = subscriberArn;
    }

    /// <summary>Documented <c>subscriptionId</c>: the GA <c>subscriberId</c>.</summary>
    public string SubscriptionId => SubscriberId;

    public string SubscriberId { get; }
    public string SubscriberArn { get; }

    /// <summary>
    /// The subscriber's Region, read from <see cref="SubscriberArn"/> (subscribers live in one Region): piped into
    /// another Security Lake cmdlet, it binds -Region, so the next request goes to the subscriber's own Region.
    /// </summary>
    public string? Region
    {
        get
        {
            // arn:partition:securitylake:region:account:subscriber/id
            var parts = SubscriberArn.Split(':');
            return parts.Length > 3 && parts[0] == "arn" && parts[3].Length > 0 ? parts[3] : null;
        }
    }

    public string? SubscriberName { get; set; }
    public string? SubscriberDescription { get; set; }

    /// <summary>Documented <c>accountId</c>: GA <c>subscriberIdentity.principal</c>.</summary>
    public string? AccountId { get; set; }

    public string? ExternalId { get; set; }
    public IList<SourceType> Sources { get; set; } = new List<SourceType>();
    public IList<string>? AccessTypes { get; set; }

    /// <summary>GA <c>subscriberStatus</c>: ACTIVE, DEACTIVATED, PENDING or READY.</summary>
    public string? Status { get; set; }

    public string? RoleArn { get; set; }
    public string? S3BucketArn { get; set; }
    public string? ResourceShareArn { get; set; }
    public string? ResourceShareName { get; set; }
    public string? SubscriberEndpoint { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }

    public override string ToString() => $"{SubscriberName} ({SubscriberId})";
}
