using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// Checks one set of documented settings against the documents and the GA model and returns it normalized
/// (Regions lower-case, storage classes as the enum spells them, tags sorted), refusing with the place named.
/// </summary>
internal static class DataLakeSettingsValidator
{
    public static DataLakeSettings Validate(DataLakeSettings settings, SettingsOrigin origin, string? partition)
    {
        return new DataLakeSettings
        {
            EncryptionKey = EncryptionKey(settings.EncryptionKey, origin),
            ReplicationDestinationRegions = settings.ReplicationDestinationRegions?
                .Select((r, i) => Rules.Region(r ?? "", partition, origin.Parameter("replicationDestinationRegions"), $"{origin.Label("replicationDestinationRegions")}[{i}]"))
                .Distinct()
                .ToList(),
            ReplicationRoleArn = settings.ReplicationRoleArn == null
                ? null
                : Rules.RoleArn(settings.ReplicationRoleArn, origin.Parameter("replicationRoleArn"), origin.Label("replicationRoleArn")),
            RetentionSettings = settings.RetentionSettings == null ? null : Retention(settings.RetentionSettings, origin),
            TagsMap = settings.TagsMap == null
                ? null
                : Rules.Tags(settings.TagsMap, origin.Parameter("tagsMap"), origin.Label("tagsMap")),
        };
    }

    // The GA kmsKeyId is an unconstrained string; only an empty one is refused, since it can name no key.
    private static string? EncryptionKey(string? key, SettingsOrigin origin)
    {
        if (key == null) return null;
        if (key.Trim().Length == 0)
            throw new InputValidationException(origin.Parameter("encryptionKey"), $"{origin.Label("encryptionKey")} is empty.");
        return key;
    }

    private static IList<RetentionSetting> Retention(IList<RetentionSetting> settings, SettingsOrigin origin)
    {
        var parameter = origin.Parameter("retentionSettings");
        var result = new List<RetentionSetting>();
        for (var i = 0; i < settings.Count; i++)
        {
            var label = $"{origin.Label("retentionSettings")}[{i}]";
            var setting = settings[i] ?? throw new InputValidationException(parameter, $"{label} is empty.");
            if (setting.RetentionPeriod < SecurityLakeConstraints.RetentionPeriodMin)
                throw new InputValidationException(parameter,
                    $"{label}.retentionPeriod is {setting.RetentionPeriod}; a retention period must be at least {SecurityLakeConstraints.RetentionPeriodMin} day.");
            if (setting.StorageClass == null)
                throw new InputValidationException(parameter, $"{label} needs a storageClass.");
            var storageClass = Rules.OneOf(setting.StorageClass, SecurityLakeConstraints.StorageClasses, "a storage class", parameter, $"{label}.storageClass");
            result.Add(new RetentionSetting(setting.RetentionPeriod, storageClass));
        }
        if (result.Count(r => r.StorageClass == SecurityLakeConstraints.ExpireStorageClass) > 1)
            throw new InputValidationException(parameter,
                $"{origin.Label("retentionSettings")} has more than one EXPIRE setting; a data lake has a single expiration.");
        return result;
    }
}
