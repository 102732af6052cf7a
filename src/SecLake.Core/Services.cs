using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Aws;
using SecLake.Qldb;
using SecLake.SecurityLake;

namespace SecLake;

/// <summary>What every SecLake service's client has alike: its connection and the tag operations (the tag cmdlets and completion use it).</summary>
public interface IResourceTagging
{
    /// <summary>What the client connected to (Region, endpoint, credential source).</summary>
    ConnectionInfo? Connection { get; }

    Task TagResourceAsync(string resourceArn, IReadOnlyDictionary<string, string?> tags, CancellationToken cancellationToken = default);

    Task UntagResourceAsync(string resourceArn, IReadOnlyCollection<string> tagKeys, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ResourceTag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken = default);
}

/// <summary>
/// Every service SecLake speaks, by the model's service id (what the cmdlet layer names a service by): its
/// definition, and how to connect its client (for the cmdlets, and for service-independent work such as completion).
/// </summary>
public static class Services
{
    private static readonly IReadOnlyList<(ServiceDefinition Definition, Func<ConnectionSettings, Action<RequestTrace>?, IResourceTagging> Connect)> All =
        new (ServiceDefinition, Func<ConnectionSettings, Action<RequestTrace>?, IResourceTagging>)[]
        {
            (QldbService.Definition, QldbService.Connect),
            (SecurityLakeService.Definition, SecurityLakeService.Connect),
        };

    public static ServiceRegions RegionsOf(string serviceId) => Find(serviceId).Definition.Regions;

    public static string DisplayNameOf(string serviceId) => Find(serviceId).Definition.DisplayName;

    /// <summary>The client of <paramref name="serviceId"/> (a <c>QldbClient</c>, a <c>SecurityLakeClient</c>), tracing each request to <paramref name="trace"/> when set.</summary>
    public static IResourceTagging Connect(string serviceId, ConnectionSettings settings, Action<RequestTrace>? trace = null) => Find(serviceId).Connect(settings, trace);

    private static (ServiceDefinition Definition, Func<ConnectionSettings, Action<RequestTrace>?, IResourceTagging> Connect) Find(string serviceId) =>
        All.FirstOrDefault(s => s.Definition.ServiceId == serviceId) is var found && found.Definition != null
            ? found
            : throw new ArgumentException($"SecLake has no service '{serviceId}'; it has {string.Join(", ", All.Select(s => s.Definition.ServiceId))}.", nameof(serviceId));
}
