using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;

namespace SecLake.Endpoints
{
    /// <summary>
    /// AWS partitions (partitions.json): which partition a region belongs to and that partition's
    /// attributes. A region is looked up by exact name first, then by each partition's <c>regionRegex</c>
    /// in file order, and otherwise falls back to the <c>aws</c> partition, as the rules engine specifies.
    /// </summary>
    internal sealed class PartitionCatalog
    {
        private static readonly Lazy<PartitionCatalog> Embedded =
            new Lazy<PartitionCatalog>(() => Parse(EmbeddedData.Read(EmbeddedData.Partitions)), LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Dictionary<string, IReadOnlyDictionary<string, object?>> knownRegions;
        private readonly List<(Regex Pattern, IReadOnlyDictionary<string, object?> Outputs)> patterns;
        private readonly IReadOnlyDictionary<string, object?> fallback;

        private PartitionCatalog(
            Dictionary<string, IReadOnlyDictionary<string, object?>> knownRegions,
            List<(Regex, IReadOnlyDictionary<string, object?>)> patterns,
            IReadOnlyDictionary<string, object?> fallback)
        {
            this.knownRegions = knownRegions;
            this.patterns = patterns;
            this.fallback = fallback;
        }

        /// <summary>The catalog embedded in this assembly, parsed on first use.</summary>
        public static PartitionCatalog Default => Embedded.Value;

        /// <summary>The partition record for <paramref name="region"/>; never null.</summary>
        public IReadOnlyDictionary<string, object?> Resolve(string region)
        {
            if (knownRegions.TryGetValue(region, out var known))
            {
                return known;
            }
            foreach (var (pattern, outputs) in patterns)
            {
                // Require the match to span the whole input: .NET's '$' also matches before a final newline.
                var match = pattern.Match(region);
                if (match.Success && match.Index == 0 && match.Length == region.Length)
                {
                    return outputs;
                }
            }
            return fallback;
        }

        public static PartitionCatalog Parse(string json)
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("partitions", out var partitions) || partitions.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("Partitions document has no 'partitions' array.");
            }

            var knownRegions = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
            var patterns = new List<(Regex, IReadOnlyDictionary<string, object?>)>();
            IReadOnlyDictionary<string, object?>? fallback = null;
            foreach (var partition in partitions.EnumerateArray())
            {
                var id = RequiredString(partition, "id", "partition");
                if (!partition.TryGetProperty("outputs", out var outputsElement) || outputsElement.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException($"Partition '{id}' has no 'outputs' object.");
                }
                var outputs = ReadOutputs(outputsElement, null);
                if (!outputs.ContainsKey("name"))
                {
                    outputs["name"] = id;
                }
                var record = new ReadOnlyDictionary<string, object?>(outputs);

                if (partition.TryGetProperty("regions", out var regions) && regions.ValueKind == JsonValueKind.Object)
                {
                    foreach (var region in regions.EnumerateObject())
                    {
                        // A region entry may override some outputs; 'description' is documentation only.
                        var overrides = region.Value.ValueKind == JsonValueKind.Object
                            && region.Value.EnumerateObject().Any(p => p.Name != "description");
                        knownRegions[region.Name] = overrides
                            ? new ReadOnlyDictionary<string, object?>(ReadOutputs(region.Value, outputs))
                            : record;
                    }
                }
                var regex = RequiredString(partition, "regionRegex", $"partition '{id}'");
                // ECMAScript mode keeps \w and \d to ASCII, as the regexes are written for JS/Java engines.
                patterns.Add((new Regex(regex, RegexOptions.ECMAScript | RegexOptions.CultureInvariant), record));
                if (id == "aws")
                {
                    fallback = record;
                }
            }
            return new PartitionCatalog(
                knownRegions,
                patterns,
                fallback ?? throw new FormatException("Partitions document has no 'aws' partition to fall back to."));
        }

        private static Dictionary<string, object?> ReadOutputs(JsonElement element, Dictionary<string, object?>? inherited)
        {
            var outputs = inherited == null
                ? new Dictionary<string, object?>(StringComparer.Ordinal)
                : new Dictionary<string, object?>(inherited, StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "description")
                {
                    continue;
                }
                outputs[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Null => null,
                    _ => throw new FormatException($"Partition output '{property.Name}' must be a string or boolean."),
                };
            }
            return outputs;
        }

        private static string RequiredString(JsonElement element, string name, string owner) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new FormatException($"The {owner} has no string '{name}'.");
    }
}
