using System;
using System.Collections.Generic;
using System.Linq;
using Amazon;

namespace SecLake.Completion
{
    /// <summary>Regions each service is (or was) offered in, for tab completion of -Region and region lists.</summary>
    public static class RegionCompletion
    {
        /// <summary>Security Lake's regions, every partition (the list the cmdlets validate -EnableAll and region names with).</summary>
        public static IReadOnlyList<string> SecurityLakeRegions => SecLake.SecurityLake.SecurityLakeRegions.All;

        /// <summary>The regions QLDB was offered in before its end of support (2025-07-31).</summary>
        public static readonly IReadOnlyList<string> QldbRegions = new[]
        {
            "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "ca-central-1", "eu-central-1",
            "eu-west-1", "eu-west-2", "us-east-1", "us-east-2", "us-west-2", "us-gov-west-1",
        };

        // "US East (N. Virginia)" and so on, from the SDK's region data. Only regions the SDK knows: for any other
        // RegionEndpoint.GetBySystemName makes one up and calls it "Unknown", which is no description.
        private static readonly Dictionary<string, string> Descriptions = KnownRegionDisplayNames();

        /// <summary>Regions of the service behind <paramref name="commandName"/> (by its noun) matching <paramref name="wordToComplete"/>.</summary>
        public static IEnumerable<CompletionCandidate> Complete(string? commandName, string? wordToComplete) =>
            Complete(commandName, wordToComplete, Array.Empty<string>());

        /// <summary>
        /// As <see cref="Complete(string?, string?)"/> for a region list (-DataLakeRegion us-east-1,eu-&lt;Tab&gt;):
        /// regions already in <paramref name="alreadyChosen"/> are not offered again.
        /// </summary>
        public static IEnumerable<CompletionCandidate> Complete(string? commandName, string? wordToComplete, IEnumerable<string> alreadyChosen)
        {
            var isQldb = commandName != null && commandName.IndexOf("QLDB", StringComparison.OrdinalIgnoreCase) >= 0;
            var regions = isQldb ? QldbRegions : SecurityLakeRegions;
            var service = isQldb ? "QLDB" : "Security Lake";
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
}
