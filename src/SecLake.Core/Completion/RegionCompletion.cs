using System;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.Completion
{
    /// <summary>Regions each service is (or was) offered in, for tab completion of -Region and region lists.</summary>
    public static class RegionCompletion
    {
        /// <summary>Security Lake's regions (API-MAPPING.md, endpoints data 2026).</summary>
        public static readonly IReadOnlyList<string> SecurityLakeRegions = new[]
        {
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-southeast-1", "ap-southeast-2",
            "ca-central-1", "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1",
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "us-gov-east-1", "us-gov-west-1",
        };

        /// <summary>The regions QLDB was offered in before its end of support (2025-07-31).</summary>
        public static readonly IReadOnlyList<string> QldbRegions = new[]
        {
            "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "ca-central-1", "eu-central-1",
            "eu-west-1", "eu-west-2", "us-east-1", "us-east-2", "us-west-2", "us-gov-west-1",
        };

        /// <summary>Regions of the service behind <paramref name="commandName"/> (by its noun) starting with <paramref name="wordToComplete"/>.</summary>
        public static IEnumerable<CompletionCandidate> Complete(string? commandName, string? wordToComplete)
        {
            var isQldb = commandName != null && commandName.IndexOf("QLDB", StringComparison.OrdinalIgnoreCase) >= 0;
            var regions = isQldb ? QldbRegions : SecurityLakeRegions;
            var service = isQldb ? "QLDB" : "Security Lake";
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            return regions
                .Where(r => r.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(r => new CompletionCandidate(r, $"{r} ({service})"));
        }
    }
}
