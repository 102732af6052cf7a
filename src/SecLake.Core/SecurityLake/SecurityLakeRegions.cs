using System;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake
{
    /// <summary>
    /// The Regions where Security Lake is offered, by partition (API-MAPPING.md, from the endpoints data).
    /// <c>-EnableAll</c> means every Region of the client's partition; any other Region is refused as unknown.
    /// </summary>
    public static class SecurityLakeRegions
    {
        public const string AwsPartition = "aws";
        public const string AwsUsGovPartition = "aws-us-gov";

        private static readonly string[] Aws =
        {
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-southeast-1", "ap-southeast-2",
            "ca-central-1", "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1",
            "us-east-1", "us-east-2", "us-west-1", "us-west-2",
        };

        private static readonly string[] AwsUsGov = { "us-gov-east-1", "us-gov-west-1" };

        /// <summary>The partition a Region code belongs to (<c>aws-us-gov</c>, <c>aws-cn</c>, <c>aws-iso</c>..., else <c>aws</c>).</summary>
        public static string PartitionOf(string region)
        {
            if (region.StartsWith("us-gov-", StringComparison.Ordinal)) return AwsUsGovPartition;
            if (region.StartsWith("cn-", StringComparison.Ordinal)) return "aws-cn";
            if (region.StartsWith("us-isob-", StringComparison.Ordinal)) return "aws-iso-b";
            if (region.StartsWith("us-iso-", StringComparison.Ordinal)) return "aws-iso";
            return AwsPartition;
        }

        /// <summary>Security Lake Regions of a partition, in the documented order; empty for a partition without any.</summary>
        public static IReadOnlyList<string> InPartition(string partition) =>
            partition == AwsPartition ? Aws : partition == AwsUsGovPartition ? AwsUsGov : Array.Empty<string>();

        /// <summary>Every Security Lake Region of every partition.</summary>
        public static IReadOnlyList<string> All { get; } = Aws.Concat(AwsUsGov).ToArray();

        public static bool IsSecurityLakeRegion(string region) => All.Contains(region, StringComparer.Ordinal);
    }
}
