using System.Collections.Generic;

namespace SecLake.SecurityLake;

/// <summary>
/// One Region's data lake (GA <c>DataLakeResource</c>) with its settings read back in the documented vocabulary:
/// the expiration appears as a retention setting with storage class EXPIRE.
/// </summary>
public sealed class DataLake
{
    /// <param name="region">The data lake's Region.</param>
    /// <param name="dataLakeArn">GA <c>dataLakeArn</c>.</param>
    /// <param name="configuration">The GA configuration as read.</param>
    /// <param name="encryptionKey">The documented view of <paramref name="configuration"/>: <c>encryptionConfiguration.kmsKeyId</c>.</param>
    /// <param name="replicationDestinationRegions">The documented view: <c>replicationConfiguration.regions</c>.</param>
    /// <param name="replicationRoleArn">The documented view: <c>replicationConfiguration.roleArn</c>.</param>
    /// <param name="retentionSettings">The documented view: the lifecycle's transitions, then its expiration as EXPIRE.</param>
    public DataLake(string region, string dataLakeArn, DataLakeConfiguration configuration,
        string? encryptionKey, IList<string>? replicationDestinationRegions, string? replicationRoleArn, IList<RetentionSetting>? retentionSettings)
    {
        Region = region;
        DataLakeArn = dataLakeArn;
        Configuration = configuration;
        EncryptionKey = encryptionKey;
        ReplicationDestinationRegions = replicationDestinationRegions;
        ReplicationRoleArn = replicationRoleArn;
        RetentionSettings = retentionSettings;
    }

    public string Region { get; }

    /// <summary>
    /// The same as <see cref="Region"/>, named like the cmdlets' -DataLakeRegion so Get-SLDataLake output pipes into
    /// Update-/Remove-SLDataLake (-Region is the Region the client calls).
    /// </summary>
    public string DataLakeRegion => Region;

    public string DataLakeArn { get; }
    public string? S3BucketArn { get; set; }

    /// <summary>GA <c>createStatus</c>: INITIALIZED, PENDING, COMPLETED or FAILED.</summary>
    public string? CreateStatus { get; set; }

    /// <summary>GA <c>updateStatus.status</c>.</summary>
    public string? UpdateStatus { get; set; }

    /// <summary>GA <c>updateStatus.requestId</c>: the update this status describes.</summary>
    public string? UpdateRequestId { get; set; }

    /// <summary>GA <c>updateStatus.exception.code</c> when the last update failed.</summary>
    public string? UpdateExceptionCode { get; set; }

    /// <summary>GA <c>updateStatus.exception.reason</c> when the last update failed.</summary>
    public string? UpdateExceptionReason { get; set; }

    public string? EncryptionKey { get; }
    public IList<string>? ReplicationDestinationRegions { get; }
    public string? ReplicationRoleArn { get; }
    public IList<RetentionSetting>? RetentionSettings { get; }

    /// <summary>The data lake's tags (ListTagsForResource), or null when they were not read.</summary>
    public IDictionary<string, string>? Tags { get; set; }

    /// <summary>The GA configuration as read, which an update starts from for the keys a request leaves out.</summary>
    public DataLakeConfiguration Configuration { get; }

    public override string ToString() => $"{Region} ({CreateStatus})";
}
