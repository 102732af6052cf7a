using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake
{
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
            values.Cast<object?>().Select((v, i) => RetentionSetting.From(v, parameterName, $"{parameterName}[{i}]")).ToList();

        /// <summary>A tag hashtable (<c>-Tag</c>): keys and values as text, keys case-sensitive as AWS treats them.</summary>
        public static IDictionary<string, string> Tags(object tags, string parameterName, string? label = null) =>
            LooseValue.ToTagMap(tags, parameterName, label ?? parameterName, allowNullValues: false).ToDictionary(t => t.Key, t => t.Value!, StringComparer.Ordinal);

        /// <summary><c>-SourceType</c>: documented <c>{awsSourceType=...}</c>/<c>{customSourceType=...}</c> objects.</summary>
        public static IList<SourceType> SourceTypes(IEnumerable values, string parameterName) =>
            values.Cast<object?>().Select((v, i) => SourceType.From(v, parameterName, $"{parameterName}[{i}]")).ToList();
    }
}
