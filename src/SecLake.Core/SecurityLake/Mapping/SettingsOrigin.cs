namespace SecLake.SecurityLake;

/// <summary>
/// Where a set of documented settings came from, so a refusal names the right cmdlet parameter and place:
/// the flat parameters (<c>-RetentionSetting</c>) or one Region's <c>-Configuration</c> entry
/// (<c>Configuration['us-east-1'].retentionSettings</c>).
/// </summary>
internal sealed class SettingsOrigin
{
    private readonly string? _region;

    private SettingsOrigin(string? region) => _region = region;

    public static SettingsOrigin Flat { get; } = new SettingsOrigin(null);

    public static SettingsOrigin ForRegion(string region) => new SettingsOrigin(region);

    public string Parameter(string key) => _region != null ? DataLakeParameters.Configuration : FlatParameter(key);

    public string Label(string key) => _region != null ? $"Configuration['{_region}'].{key}" : FlatParameter(key);

    private static string FlatParameter(string key)
    {
        switch (key)
        {
            case "encryptionKey": return DataLakeParameters.EncryptionKey;
            case "replicationDestinationRegions": return DataLakeParameters.ReplicationDestinationRegion;
            case "replicationRoleArn": return DataLakeParameters.ReplicationRoleArn;
            case "retentionSettings": return DataLakeParameters.RetentionSetting;
            default: return DataLakeParameters.Tag;
        }
    }
}
