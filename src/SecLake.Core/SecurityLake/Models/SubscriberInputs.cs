using System.Collections.Generic;

namespace SecLake.SecurityLake;

/// <summary>GA <c>CreateSubscriber</c> input; <see cref="Sources"/> carry GA source names.</summary>
public sealed class CreateSubscriberInput
{
    public CreateSubscriberInput(string principal, string externalId, IReadOnlyList<SourceType> sources, string subscriberName)
    {
        Principal = principal;
        ExternalId = externalId;
        Sources = sources;
        SubscriberName = subscriberName;
    }

    public string Principal { get; }
    public string ExternalId { get; }
    public IReadOnlyList<SourceType> Sources { get; }
    public string SubscriberName { get; }
    public IReadOnlyList<string>? AccessTypes { get; set; }
    public string? SubscriberDescription { get; set; }
    public IReadOnlyDictionary<string, string>? Tags { get; set; }
}

/// <summary>GA <c>UpdateSubscriber</c> input; null members are not sent.</summary>
public sealed class UpdateSubscriberInput
{
    public UpdateSubscriberInput(string subscriberId) => SubscriberId = subscriberId;

    public string SubscriberId { get; }

    /// <summary>GA <c>subscriberIdentity.principal</c>; sent only with <see cref="ExternalId"/>.</summary>
    public string? Principal { get; set; }

    public string? ExternalId { get; set; }
    public IReadOnlyList<SourceType>? Sources { get; set; }
    public string? SubscriberName { get; set; }
    public string? SubscriberDescription { get; set; }
}
