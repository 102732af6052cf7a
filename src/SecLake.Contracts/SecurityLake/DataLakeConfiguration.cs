using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

// The GA shapes of one Region's data-lake configuration (DataLakeConfiguration in requests, the same members of
// DataLakeResource in responses). A null member is absent on the wire.

/// <summary>GA <c>DataLakeConfiguration</c>.</summary>
public sealed class DataLakeConfiguration
{
    public DataLakeConfiguration(string region) => Region = region;

    public string Region { get; }
    public DataLakeEncryptionConfiguration? EncryptionConfiguration { get; set; }
    public DataLakeLifecycleConfiguration? LifecycleConfiguration { get; set; }
    public DataLakeReplicationConfiguration? ReplicationConfiguration { get; set; }

    /// <summary>One line for Format-List: the settings that are set, in the GA names.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (EncryptionConfiguration?.KmsKeyId is { } key) parts.Add($"kmsKeyId={key}");
        if (LifecycleConfiguration?.Transitions is { Count: > 0 } transitions)
            parts.Add("transitions=" + string.Join(",", transitions.Select(t => $"{t.StorageClass}@{t.Days}d")));
        if (LifecycleConfiguration?.ExpirationDays is { } days) parts.Add($"expiration={days}d");
        if (ReplicationConfiguration?.Regions is { Count: > 0 } regions) parts.Add("replication=" + string.Join(",", regions));
        return parts.Count == 0 ? Region : $"{Region}: {string.Join("; ", parts)}";
    }
}

/// <summary>GA <c>DataLakeEncryptionConfiguration</c>.</summary>
public sealed class DataLakeEncryptionConfiguration
{
    public string? KmsKeyId { get; set; }
}

/// <summary>GA <c>DataLakeLifecycleConfiguration</c>; <see cref="ExpirationDays"/> is <c>expiration.days</c>.</summary>
public sealed class DataLakeLifecycleConfiguration
{
    public int? ExpirationDays { get; set; }
    public IList<DataLakeLifecycleTransition>? Transitions { get; set; }
}

/// <summary>GA <c>DataLakeLifecycleTransition</c>.</summary>
public sealed class DataLakeLifecycleTransition
{
    public DataLakeLifecycleTransition(int? days, string? storageClass)
    {
        Days = days;
        StorageClass = storageClass;
    }

    public int? Days { get; }
    public string? StorageClass { get; }
}

/// <summary>GA <c>DataLakeReplicationConfiguration</c>.</summary>
public sealed class DataLakeReplicationConfiguration
{
    public IList<string>? Regions { get; set; }
    public string? RoleArn { get; set; }
}
