using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace SecLake.Endpoints
{
    /// <summary>The AWS extensions to the standard library (<c>aws.*</c>).</summary>
    internal static class AwsFunctions
    {
        /// <summary>
        /// <c>aws.partition(region)</c>: the partition record (name, dnsSuffix, dualStackDnsSuffix,
        /// supportsFIPS, supportsDualStack, implicitGlobalRegion) for the region.
        /// </summary>
        public static object? Partition(object?[] args, Scope scope)
        {
            var region = Arguments.OptionalString(args, 0);
            return region == null ? null : scope.Partitions.Resolve(region);
        }

        /// <summary>
        /// <c>aws.parseArn(value)</c>: a record with partition, service, region, accountId and resourceId
        /// (the resource split on <c>:</c> and <c>/</c>); unset when the text is not an ARN.
        /// </summary>
        public static object? ParseArn(object?[] args)
        {
            var text = Arguments.OptionalString(args, 0);
            if (text == null)
            {
                return null;
            }
            var parts = text.Split(new[] { ':' }, 6);
            if (parts.Length != 6 || parts[0] != "arn" || parts[1].Length == 0 || parts[2].Length == 0 || parts[5].Length == 0)
            {
                return null;
            }
            var resourceId = new List<object?>();
            foreach (var piece in parts[5].Split(':', '/'))
            {
                resourceId.Add(piece);
            }
            return new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>
            {
                ["partition"] = parts[1],
                ["service"] = parts[2],
                ["region"] = parts[3],
                ["accountId"] = parts[4],
                ["resourceId"] = resourceId.AsReadOnly(),
            });
        }

        /// <summary>
        /// <c>aws.isVirtualHostableS3Bucket(value, allowSubDomains)</c>: the name can be a DNS label of a
        /// virtual-hosted S3 URL: a host label of 3-63 characters, lowercase, and not an IPv4 address.
        /// </summary>
        public static object? IsVirtualHostableS3Bucket(object?[] args)
        {
            var value = Arguments.OptionalString(args, 0);
            var allowSubDomains = Arguments.Boolean(args, 1);
            if (value == null || IsIPv4Address(value))
            {
                return false;
            }
            return allowSubDomains ? StringFunctions.AllLabels(value, IsBucketLabel) : IsBucketLabel(value);
        }

        private static bool IsBucketLabel(string label) =>
            label.Length >= 3 && label.ToLowerInvariant() == label && StringFunctions.IsHostLabel(label);

        private static bool IsIPv4Address(string value)
        {
            var parts = value.Split('.');
            if (parts.Length != 4)
            {
                return false;
            }
            foreach (var part in parts)
            {
                if (!byte.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    return false;
                }
            }
            return true;
        }
    }
}
