using System;
using System.Collections.Generic;
using System.Linq;
using Amazon;

namespace SecLake.Completion;

/// <summary>Regions each service is (or was) offered in (its service definition), for tab completion of -Region and region lists.</summary>
public static class RegionCompletion
{
    // "US East (N. Virginia)" and so on, from the SDK's region data. Only regions the SDK knows: for any other
    // RegionEndpoint.GetBySystemName makes one up and calls it "Unknown", which is no description.
    private static readonly Dictionary<string, string> Descriptions = KnownRegionDisplayNames();

    /// <summary>Regions of the service <paramref name="serviceId"/> (see <see cref="Services"/>) matching <paramref name="wordToComplete"/>.</summary>
    public static IEnumerable<CompletionCandidate> Complete(string serviceId, string? wordToComplete) =>
        Complete(serviceId, wordToComplete, Array.Empty<string>());

    /// <summary>
    /// As <see cref="Complete(string, string?)"/> for a region list (-DataLakeRegion us-east-1,eu-&lt;Tab&gt;):
    /// regions already in <paramref name="alreadyChosen"/> are not offered again.
    /// </summary>
    public static IEnumerable<CompletionCandidate> Complete(string serviceId, string? wordToComplete, IEnumerable<string> alreadyChosen)
    {
        var regions = Services.RegionsOf(serviceId).All;
        var service = Services.DisplayNameOf(serviceId);
        var chosen = new HashSet<string>(alreadyChosen.Where(c => !string.Equals(c, CompletionWord.Unquote(wordToComplete), StringComparison.OrdinalIgnoreCase)), StringComparer.OrdinalIgnoreCase);
        return regions
            .Where(r => !chosen.Contains(r) && CompletionWord.Matches(r, wordToComplete))
            .Select(r => new CompletionCandidate(r, Describe(r, service)));
    }

    /// <summary>"eu-west-1: Europe (Ireland), Security Lake".</summary>
    private static string Describe(string region, string service) =>
        Descriptions.TryGetValue(region, out var description) ? $"{region}: {description}, {service}" : $"{region}: {service}";

    private static Dictionary<string, string> KnownRegionDisplayNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var region in RegionEndpoint.EnumerableAllRegions)
        {
            names[region.SystemName] = region.DisplayName;
        }
        return names;
    }
}
