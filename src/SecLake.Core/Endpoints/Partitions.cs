using System;

namespace SecLake.Endpoints
{
    /// <summary>Which AWS partition a region belongs to, from the embedded partitions.json.</summary>
    public static class Partitions
    {
        /// <summary>
        /// The partition name for <paramref name="region"/>: <c>aws</c>, <c>aws-us-gov</c>, <c>aws-cn</c>,
        /// <c>aws-iso</c>, .... Unknown regions are matched by each partition's region pattern and
        /// otherwise count as <c>aws</c>.
        /// </summary>
        public static string PartitionOf(string region)
        {
            if (region == null)
            {
                throw new ArgumentNullException(nameof(region));
            }
            return (string)PartitionCatalog.Default.Resolve(region)["name"]!;
        }
    }
}
