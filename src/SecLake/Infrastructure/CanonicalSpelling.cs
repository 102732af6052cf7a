using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace SecLake.PowerShell;

/// <summary>
/// The one normalisation point for enum-like values: a value bound to a [ValidateSet] parameter (which matches
/// case-insensitively, as PowerShell users expect) is replaced by the set's own spelling, the model's, before the
/// cmdlet reads it: -PermissionsMode standard sends STANDARD, -State active waits for ACTIVE.
/// </summary>
internal static class CanonicalSpelling
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo Property, string[] Values)>> SetParameters =
        new ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo, string[])>>();

    public static void Apply(Cmdlet cmdlet)
    {
        foreach (var (property, values) in SetParameters.GetOrAdd(cmdlet.GetType(), Find))
        {
            switch (property.GetValue(cmdlet))
            {
                case string text:
                    property.SetValue(cmdlet, Canonical(text, values));
                    break;
                case string[] texts:
                    property.SetValue(cmdlet, texts.Select(t => Canonical(t, values)).ToArray());
                    break;
            }
        }
    }

    private static string Canonical(string value, string[] values) =>
        values.FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)) ?? value;

    private static IReadOnlyList<(PropertyInfo, string[])> Find(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Set: p.GetCustomAttribute<ValidateSetAttribute>()))
            .Where(p => p.Set != null && p.Property.CanWrite && (p.Property.PropertyType == typeof(string) || p.Property.PropertyType == typeof(string[])))
            .Select(p => (p.Property, p.Set!.ValidValues.ToArray()))
            .ToList();
}
