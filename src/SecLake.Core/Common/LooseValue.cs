using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SecLake;

/// <summary>
/// Reads values the way a PowerShell user writes them in hashtables (a single value where a list is expected,
/// numbers as strings, and so on), refusing anything else with a message naming where the value sits.
/// The cmdlet layer removes PSObject wrappers before values reach here.
/// </summary>
public static class LooseValue
{
    public static string ToText(object value, string parameterName, string label)
    {
        switch (value)
        {
            case string s: return s;
            case char c: return c.ToString();
            case IDictionary _:
            case IEnumerable _:
                throw new InputValidationException(parameterName, $"{label} must be a single value, not a list or hashtable.");
            case IConvertible convertible: return convertible.ToString(CultureInfo.InvariantCulture);
            default:
                throw new InputValidationException(parameterName, $"{label} must be a string, not {value.GetType().Name}.");
        }
    }

    public static string? ToTextOrNull(object? value, string parameterName, string label) =>
        value == null ? null : ToText(value, parameterName, label);

    public static int ToInt(object value, string parameterName, string label)
    {
        switch (value)
        {
            case int i: return i;
            case long l when l >= int.MinValue && l <= int.MaxValue: return (int)l;
            case short s: return s;
            case byte b: return b;
            case double d when d == Math.Floor(d) && d >= int.MinValue && d <= int.MaxValue: return (int)d;
            case decimal m when m == decimal.Floor(m) && m >= int.MinValue && m <= int.MaxValue: return (int)m;
            case string s when int.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed): return parsed;
            default:
                throw new InputValidationException(parameterName, $"{label} must be a whole number of days, not '{value}'.");
        }
    }

    /// <summary>A list as its items, a single value as a one-item list.</summary>
    public static IList<object?> ToList(object value)
    {
        if (value is string || value is IDictionary || !(value is IEnumerable items)) return new List<object?> { value };
        return items.Cast<object?>().ToList();
    }

    public static IList<string> ToTextList(object value, string parameterName, string label) =>
        ToList(value)
            .Select((item, i) => item == null
                ? throw new InputValidationException(parameterName, $"{label}[{i}] is empty.")
                : ToText(item, parameterName, $"{label}[{i}]"))
            .ToList();

    /// <summary>
    /// A tag map, the one place every service's tag hashtables are read: keys and values as text (a list or hashtable
    /// as a value is refused, never sent as its type name), keys compared ordinally because AWS tag keys are
    /// case-sensitive. A null value is kept where the service takes one (QLDB), refused elsewhere.
    /// </summary>
    public static Dictionary<string, string?> ToTagMap(object value, string parameterName, string label, bool allowNullValues)
    {
        if (!(value is IDictionary map))
            throw new InputValidationException(parameterName, $"{label} must be a hashtable of tag keys and values.");
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in map)
        {
            var key = ToText(entry.Key, parameterName, $"{label} key");
            if (entry.Value == null && !allowNullValues)
                throw new InputValidationException(parameterName, $"{label}['{key}'] has no value; use '' for an empty tag value.");
            result[key] = ToTextOrNull(entry.Value, parameterName, $"{label}['{key}']");
        }
        return result;
    }
}
