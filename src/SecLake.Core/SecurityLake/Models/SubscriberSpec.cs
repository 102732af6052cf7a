using System.Collections.Generic;

namespace SecLake.SecurityLake;

/// <summary>
/// A subscriber in the documented <c>CreateSubscriber</c> vocabulary (plus GA tags), as New-SLSubscriber binds it.
/// Sources come from three parameters, combined in this order: <see cref="AwsSourceTypes"/>,
/// <see cref="CustomSourceTypes"/>, <see cref="SourceTypes"/>; at least one source in all.
/// </summary>
public sealed class SubscriberSpec
{
    /// <summary>Documented <c>accountId</c>: 12 digits; GA <c>subscriberIdentity.principal</c>.</summary>
    public string? AccountId { get; set; }

    /// <summary>Documented <c>externalId</c>; GA <c>subscriberIdentity.externalId</c>.</summary>
    public string? ExternalId { get; set; }

    /// <summary>Documented <c>awsSourceType</c> values (CLOUD_TRAIL becomes CLOUD_TRAIL_MGMT) and GA source names.</summary>
    public IList<string>? AwsSourceTypes { get; set; }

    /// <summary>Documented <c>customSourceType</c> values; GA <c>customLogSource.sourceName</c>.</summary>
    public IList<string>? CustomSourceTypes { get; set; }

    /// <summary>Documented <c>sourceTypes[]</c> objects.</summary>
    public IList<SourceType>? SourceTypes { get; set; }

    /// <summary>Documented and GA <c>accessTypes</c>: LAKEFORMATION, S3.</summary>
    public IList<string>? AccessTypes { get; set; }

    public string? SubscriberName { get; set; }
    public string? SubscriberDescription { get; set; }

    /// <summary>GA <c>tags</c>.</summary>
    public IDictionary<string, string>? Tags { get; set; }
}

/// <summary>
/// An UpdateSubscriber in the same vocabulary. A null member is left as it is; any source parameter given
/// replaces the subscriber's sources. AccountId and ExternalId travel together (GA <c>subscriberIdentity</c>).
/// </summary>
public sealed class SubscriberUpdateSpec
{
    public string? SubscriptionId { get; set; }
    public string? AccountId { get; set; }
    public string? ExternalId { get; set; }
    public IList<string>? AwsSourceTypes { get; set; }
    public IList<string>? CustomSourceTypes { get; set; }
    public IList<SourceType>? SourceTypes { get; set; }
    public string? SubscriberName { get; set; }
    public string? SubscriberDescription { get; set; }
}

/// <summary>The cmdlet parameter names a <see cref="InputValidationException"/> reports for a subscriber.</summary>
public static class SubscriberParameters
{
    public const string SubscriptionId = "SubscriptionId";
    public const string AccountId = "AccountId";
    public const string ExternalId = "ExternalId";
    public const string AwsSourceType = "AwsSourceType";
    public const string CustomSourceType = "CustomSourceType";
    public const string SourceType = "SourceType";
    public const string AccessType = "AccessType";
    public const string SubscriberName = "SubscriberName";
    public const string SubscriberDescription = "SubscriberDescription";
    public const string Tag = "Tag";
    public const string MaxResults = "MaxResults";
}

/// <summary>The cmdlet parameter names a <see cref="InputValidationException"/> reports for a tag operation.</summary>
public static class TagParameters
{
    public const string ResourceArn = "ResourceArn";
    public const string Tag = "Tag";
    public const string TagKey = "TagKey";
}
