using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// Documented settings to the GA <c>DataLakeConfiguration</c> and back: encryptionKey is
/// <c>encryptionConfiguration.kmsKeyId</c>; a retention setting with storage class EXPIRE is
/// <c>lifecycleConfiguration.expiration.days</c>, any other <c>lifecycleConfiguration.transitions[{days, storageClass}]</c>;
/// replicationDestinationRegions/replicationRoleArn are <c>replicationConfiguration.regions/roleArn</c>.
/// </summary>
internal static class DataLakeSettingsMapper
{
    /// <summary>The GA configuration carrying exactly the specified settings (tags travel separately).</summary>
    public static DataLakeConfiguration ToConfiguration(string region, DataLakeSettings settings)
    {
        var configuration = new DataLakeConfiguration(region);
        if (settings.EncryptionKey != null)
            configuration.EncryptionConfiguration = new DataLakeEncryptionConfiguration { KmsKeyId = settings.EncryptionKey };
        if (settings.RetentionSettings != null)
            configuration.LifecycleConfiguration = Lifecycle(settings);
        if (settings.ReplicationDestinationRegions != null || settings.ReplicationRoleArn != null)
            configuration.ReplicationConfiguration = new DataLakeReplicationConfiguration
            {
                Regions = settings.ReplicationDestinationRegions,
                RoleArn = settings.ReplicationRoleArn,
            };
        return configuration;
    }

    /// <summary>
    /// The configuration an UpdateDataLake sends for an enabled Region: the specified settings, and the data lake's
    /// current GA values for the rest, so that an update changes only what the user gave (whatever the service
    /// does with members an update leaves out).
    /// </summary>
    public static DataLakeConfiguration MergeOver(string region, DataLakeSettings settings, DataLakeConfiguration current)
    {
        var specified = ToConfiguration(region, settings);
        var replication = current.ReplicationConfiguration;
        return new DataLakeConfiguration(region)
        {
            EncryptionConfiguration = specified.EncryptionConfiguration ?? current.EncryptionConfiguration,
            LifecycleConfiguration = specified.LifecycleConfiguration ?? current.LifecycleConfiguration,
            ReplicationConfiguration = specified.ReplicationConfiguration == null
                ? replication
                : new DataLakeReplicationConfiguration
                {
                    Regions = settings.ReplicationDestinationRegions ?? replication?.Regions,
                    RoleArn = settings.ReplicationRoleArn ?? replication?.RoleArn,
                },
        };
    }

    /// <summary>The documented view of a GA configuration: transitions first, then the expiration as EXPIRE.</summary>
    public static DataLakeSettings ToSettings(DataLakeConfiguration configuration)
    {
        var lifecycle = configuration.LifecycleConfiguration;
        return new DataLakeSettings
        {
            EncryptionKey = configuration.EncryptionConfiguration?.KmsKeyId,
            ReplicationDestinationRegions = configuration.ReplicationConfiguration?.Regions,
            ReplicationRoleArn = configuration.ReplicationConfiguration?.RoleArn,
            RetentionSettings = lifecycle == null
                ? null
                : (lifecycle.Transitions ?? Enumerable.Empty<DataLakeLifecycleTransition>())
                    .Where(t => t.Days.HasValue && t.StorageClass != null)
                    .Select(t => new RetentionSetting(t.Days!.Value, t.StorageClass!))
                    .Concat(lifecycle.ExpirationDays.HasValue
                        ? new[] { new RetentionSetting(lifecycle.ExpirationDays.Value, SecurityLakeConstraints.ExpireStorageClass) }
                        : Enumerable.Empty<RetentionSetting>())
                    .ToList(),
        };
    }

    private static DataLakeLifecycleConfiguration Lifecycle(DataLakeSettings settings)
    {
        var retention = settings.RetentionSettings!;
        var expire = retention.FirstOrDefault(r => r.StorageClass == SecurityLakeConstraints.ExpireStorageClass);
        var transitions = retention
            .Where(r => r.StorageClass != SecurityLakeConstraints.ExpireStorageClass)
            .Select(r => new DataLakeLifecycleTransition(r.RetentionPeriod, r.StorageClass))
            .ToList();
        return new DataLakeLifecycleConfiguration
        {
            ExpirationDays = expire?.RetentionPeriod,
            Transitions = transitions.Count > 0 ? transitions : null,
        };
    }
}
