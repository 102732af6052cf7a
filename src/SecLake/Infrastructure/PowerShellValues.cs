using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using SecLake.Aws;

namespace SecLake.PowerShell;

/// <summary>PowerShell-only values turned into what SecLake.Core takes, in one place for cmdlets and completers alike.</summary>
internal static class PowerShellValues
{
    /// <summary>The object behind PowerShell's PSObject wrapper, or the value itself.</summary>
    public static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    /// <summary>
    /// A bound value with PowerShell's wrappers removed, deeply, so the core sees plain CLR values: PSObject becomes
    /// its base object, a PSCustomObject (e.g. from ConvertFrom-Json or Import-Csv) a hashtable of its properties,
    /// and dictionaries and lists are copied with their items unwrapped.
    /// </summary>
    public static object? Plain(object? value)
    {
        if (value is PSObject wrapped)
        {
            if (wrapped.BaseObject is PSCustomObject)
            {
                var properties = new Hashtable(StringComparer.OrdinalIgnoreCase);
                foreach (var property in wrapped.Properties) properties[property.Name] = Plain(property.Value);
                return properties;
            }
            value = wrapped.BaseObject;
        }
        switch (value)
        {
            case string text:
                return text;
            case IDictionary dictionary:
                var copy = new Hashtable(StringComparer.OrdinalIgnoreCase);
                foreach (DictionaryEntry entry in dictionary) copy[Plain(entry.Key) ?? ""] = Plain(entry.Value);
                return copy;
            case IEnumerable items:
                return items.Cast<object?>().Select(Plain).ToArray();
            default:
                return value;
        }
    }

    /// <summary><see cref="Plain"/> of a list parameter's items; an empty list for null.</summary>
    public static object?[] PlainList(IEnumerable? items) => items == null ? Array.Empty<object?>() : items.Cast<object?>().Select(Plain).ToArray();

    /// <summary>
    /// Reads <see cref="ConnectionSettings.Credential"/> as the cmdlets document it: a PSCredential holds the access
    /// key as user name and the secret key as password; anything else stays an AWS credentials object (unwrapped).
    /// </summary>
    public static void NormalizeCredential(ConnectionSettings settings)
    {
        var credential = Unwrap(settings.Credential);
        if (credential is PSCredential psCredential)
        {
            settings.AccessKey = psCredential.UserName;
            settings.SecretKey = psCredential.GetNetworkCredential().Password;
            settings.Credential = null;
        }
        else
        {
            settings.Credential = credential;
        }
    }
}
