using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Aws;
using SecLake.Qldb;
using SecLake.SecurityLake;

namespace SecLake;

/// <summary>A service client that lists a resource's tags (every SecLake service has tag operations).</summary>
public interface IResourceTagging
{
    Task<IReadOnlyList<ResourceTag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken = default);
}

/// <summary>
/// Every service SecLake speaks, by the model's service id (what the cmdlet layer names a service by): its
/// definition, and how to connect a client for service-independent work such as completion.
/// </summary>
public static class Services
{
    private static readonly IReadOnlyList<(ServiceDefinition Definition, Func<ConnectionSettings, IResourceTagging> Connect)> All = new (ServiceDefinition, Func<ConnectionSettings, IResourceTagging>)[]
    {
        (QldbService.Definition, settings => QldbService.Connect(settings, null)),
        (SecurityLakeService.Definition, settings => SecurityLakeService.Connect(settings, null)),
    };

    /// <summary>The service ids, e.g. <c>QLDB</c>, <c>SecurityLake</c>.</summary>
    public static IReadOnlyList<string> Ids { get; } = All.Select(s => s.Definition.ServiceId).ToList();

    public static ServiceRegions RegionsOf(string serviceId) => Find(serviceId).Definition.Regions;

    public static string DisplayNameOf(string serviceId) => Find(serviceId).Definition.DisplayName;

    public static IResourceTagging ConnectForTags(string serviceId, ConnectionSettings settings) => Find(serviceId).Connect(settings);

    private static (ServiceDefinition Definition, Func<ConnectionSettings, IResourceTagging> Connect) Find(string serviceId) =>
        All.FirstOrDefault(s => s.Definition.ServiceId == serviceId) is var found && found.Definition != null
            ? found
            : throw new ArgumentException($"SecLake has no service '{serviceId}'; it has {string.Join(", ", All.Select(s => s.Definition.ServiceId))}.", nameof(serviceId));
}
