using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// A user's hashtable checked against the documented member names: keys match case-insensitively (as
/// PowerShell users expect), and an unknown key is refused with the list of valid ones.
/// </summary>
internal sealed class DocumentedKeys
{
    private readonly Dictionary<string, object?> _values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);

    public DocumentedKeys(IDictionary source, string parameterName, string label, params string[] validKeys)
    {
        foreach (DictionaryEntry entry in source)
        {
            var key = entry.Key as string ?? Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            var known = validKeys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            if (known == null)
                throw new InputValidationException(parameterName,
                    $"{label} has an unknown key '{key}'. Valid keys: {string.Join(", ", validKeys)}.");
            if (_values.ContainsKey(known))
                throw new InputValidationException(parameterName, $"{label} has the key '{known}' more than once.");
            _values[known] = entry.Value;
        }
    }

    /// <summary>The value under a documented key, or null when absent.</summary>
    public object? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;
}
