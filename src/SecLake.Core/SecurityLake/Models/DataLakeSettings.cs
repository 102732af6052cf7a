using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// One Region's data-lake settings in the documented vocabulary (<c>LakeConfigurationRequest</c>). A null member
/// is "not specified": it neither overrides the flat value nor changes what an existing data lake has.
/// </summary>
public sealed class DataLakeSettings
{
    /// <summary>The documented keys of a <c>-Configuration</c> entry, in documented order.</summary>
    public static readonly string[] DocumentedKeys =
        { "encryptionKey", "replicationDestinationRegions", "replicationRoleArn", "retentionSettings", "tagsMap" };

    /// <summary>GA <c>encryptionConfiguration.kmsKeyId</c>.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>GA <c>replicationConfiguration.regions</c>.</summary>
    public IList<string>? ReplicationDestinationRegions { get; set; }

    /// <summary>GA <c>replicationConfiguration.roleArn</c>.</summary>
    public string? ReplicationRoleArn { get; set; }

    /// <summary>GA <c>lifecycleConfiguration</c>: EXPIRE is the expiration, other classes transitions.</summary>
    public IList<RetentionSetting>? RetentionSettings { get; set; }

    /// <summary>The data lake's complete tag set; GA tags (request-level on create, TagResource/UntagResource after).</summary>
    public IDictionary<string, string>? TagsMap { get; set; }

    /// <summary>True when any setting that UpdateDataLake carries is specified (tags travel separately).</summary>
    public bool HasConfiguration =>
        EncryptionKey != null || ReplicationDestinationRegions != null || ReplicationRoleArn != null || RetentionSettings != null;

    /// <summary>This Region's value per key where specified, else <paramref name="fallback"/>'s (whole values, not merged).</summary>
    public DataLakeSettings Over(DataLakeSettings fallback) => new DataLakeSettings
    {
        EncryptionKey = EncryptionKey ?? fallback.EncryptionKey,
        ReplicationDestinationRegions = ReplicationDestinationRegions ?? fallback.ReplicationDestinationRegions,
        ReplicationRoleArn = ReplicationRoleArn ?? fallback.ReplicationRoleArn,
        RetentionSettings = RetentionSettings ?? fallback.RetentionSettings,
        TagsMap = TagsMap ?? fallback.TagsMap,
    };

    /// <summary>
    /// Reads a <c>-Configuration</c> value as the user wrote it: a dictionary with the documented keys,
    /// case-insensitive; any other key is refused with the list of valid ones.
    /// </summary>
    /// <param name="values">The entry (PowerShell wrappers already removed).</param>
    /// <param name="parameterName">Cmdlet parameter reported on refusal.</param>
    /// <param name="label">Where the entry sits, for messages, e.g. <c>Configuration['us-east-1']</c>.</param>
    public static DataLakeSettings FromDictionary(IDictionary values, string parameterName, string label)
    {
        var keys = new DocumentedKeys(values, parameterName, label, DocumentedKeys);
        var retention = keys.Get("retentionSettings");
        var tags = keys.Get("tagsMap");
        var destinations = keys.Get("replicationDestinationRegions");
        return new DataLakeSettings
        {
            EncryptionKey = LooseValue.ToTextOrNull(keys.Get("encryptionKey"), parameterName, label + ".encryptionKey"),
            ReplicationDestinationRegions = destinations == null
                ? null
                : LooseValue.ToTextList(destinations, parameterName, label + ".replicationDestinationRegions"),
            ReplicationRoleArn = LooseValue.ToTextOrNull(keys.Get("replicationRoleArn"), parameterName, label + ".replicationRoleArn"),
            RetentionSettings = retention == null
                ? null
                : LooseValue.ToList(retention)
                    .Select((item, i) => DocumentedInput.RetentionSettingFrom(item, parameterName, $"{label}.retentionSettings[{i}]"))
                    .ToList(),
            TagsMap = tags == null ? null : DocumentedInput.Tags(tags, parameterName, label + ".tagsMap"),
        };
    }
}
