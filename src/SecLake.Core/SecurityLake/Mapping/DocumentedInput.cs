using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// Reads the loosely typed values cmdlets bind (hashtables, object arrays) into the typed documented vocabulary,
/// refusing unknown keys and wrong value types with the parameter and place named. Callers remove PowerShell's
/// PSObject wrappers first.
/// </summary>
public static class DocumentedInput
{
    /// <summary><c>-Configuration</c>: a hashtable keyed by Region whose values are hashtables of documented keys.</summary>
    public static IDictionary<string, DataLakeSettings> Configurations(IDictionary configuration)
    {
        var result = new Dictionary<string, DataLakeSettings>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in configuration)
        {
            var region = LooseValue.ToText(entry.Key, DataLakeParameters.Configuration, "Configuration key");
            var label = $"Configuration['{region}']";
            if (!(entry.Value is IDictionary settings))
                throw new InputValidationException(DataLakeParameters.Configuration,
                    $"{label} must be a hashtable with the keys {string.Join(", ", DataLakeSettings.DocumentedKeys)}.");
            // Region keys stay as written; the planner normalizes them and refuses duplicates.
            result[region] = DataLakeSettings.FromDictionary(settings, DataLakeParameters.Configuration, label);
        }
        return result;
    }

    /// <summary><c>-RetentionSetting</c>: hashtables <c>@{retentionPeriod=365; storageClass='GLACIER'}</c> or <see cref="RetentionSetting"/>s.</summary>
    public static IList<RetentionSetting> RetentionSettings(IEnumerable values, string parameterName) =>
        values.Cast<object?>().Select((v, i) => RetentionSettingFrom(v, parameterName, $"{parameterName}[{i}]")).ToList();

    /// <summary>A tag hashtable (<c>-Tag</c>): keys and values as text, keys case-sensitive as AWS treats them.</summary>
    public static IDictionary<string, string> Tags(object tags, string parameterName, string? label = null) =>
        LooseValue.ToTagMap(tags, parameterName, label ?? parameterName, allowNullValues: false).ToDictionary(t => t.Key, t => t.Value!, StringComparer.Ordinal);

    /// <summary><c>-SourceType</c>: documented <c>{awsSourceType=...}</c>/<c>{customSourceType=...}</c> objects.</summary>
    public static IList<SourceType> SourceTypes(IEnumerable values, string parameterName) =>
        values.Cast<object?>().Select((v, i) => SourceTypeFrom(v, parameterName, $"{parameterName}[{i}]")).ToList();

    /// <summary>
    /// One <c>retentionSettings[]</c> entry as a user wrote it: a <see cref="RetentionSetting"/> or a
    /// dictionary (e.g. a PowerShell hashtable) with the documented keys <c>retentionPeriod</c> and <c>storageClass</c>,
    /// case-insensitive.
    /// </summary>
    /// <param name="value">The entry (PowerShell wrappers already removed).</param>
    /// <param name="parameterName">Cmdlet parameter reported on refusal.</param>
    /// <param name="label">Where the entry sits, for messages, e.g. <c>RetentionSetting[0]</c>.</param>
    internal static RetentionSetting RetentionSettingFrom(object? value, string parameterName, string label)
    {
        if (value is RetentionSetting setting) return setting;
        if (!(value is IDictionary entry))
            throw new InputValidationException(parameterName,
                $"{label} must be a hashtable with the keys retentionPeriod and storageClass, not '{value}'.");

        var keys = new DocumentedKeys(entry, parameterName, label, "retentionPeriod", "storageClass");
        var period = keys.Get("retentionPeriod");
        var storageClass = keys.Get("storageClass");
        if (period == null || storageClass == null)
            throw new InputValidationException(parameterName, $"{label} needs both retentionPeriod and storageClass.");
        return new RetentionSetting(
            LooseValue.ToInt(period, parameterName, label + ".retentionPeriod"),
            LooseValue.ToText(storageClass, parameterName, label + ".storageClass"));
    }

    /// <summary>
    /// One documented source object: a <see cref="SourceType"/> or a dictionary such as
    /// <c>@{awsSourceType='VPC_FLOW'}</c> or <c>@{customSourceType='app'; sourceVersion='1.0'}</c> (keys case-insensitive).
    /// </summary>
    internal static SourceType SourceTypeFrom(object? value, string parameterName, string label)
    {
        if (value is SourceType source) return source;
        if (!(value is IDictionary entry))
            throw new InputValidationException(parameterName,
                $"{label} must be a hashtable with awsSourceType or customSourceType, not '{value}'.");
        var keys = new DocumentedKeys(entry, parameterName, label, "awsSourceType", "customSourceType", "sourceVersion");
        return new SourceType(
            LooseValue.ToTextOrNull(keys.Get("awsSourceType"), parameterName, label + ".awsSourceType"),
            LooseValue.ToTextOrNull(keys.Get("customSourceType"), parameterName, label + ".customSourceType"),
            LooseValue.ToTextOrNull(keys.Get("sourceVersion"), parameterName, label + ".sourceVersion"));
    }
}
