using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;

namespace SecLake.PowerShell;

/// <summary>
/// Lets a list parameter take one text value with comma- or semicolon-separated items, as a CSV column holds it
/// (<c>CLOUD_TRAIL,VPC_FLOW</c>), besides a real array. Runs before validation, so each item is validated; every
/// item must be one text value (see <see cref="TextValueAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SplitListAttribute : ArgumentTransformationAttribute
{
    private static readonly char[] Separators = { ',', ';' };

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = PowerShellValues.Unwrap(inputData);
        if (value == null) return inputData;
        var items = (value is string || value is IDictionary || !(value is IEnumerable list) ? new[] { value } : list.Cast<object?>())
            .Select(item => item == null ? null : TextValues.Single(item, allowWhitespace: false))
            .ToList();
        // An object that is not text (a piped data lake, say) is left to PowerShell, which binds its properties by name.
        if (items.Any(item => !(item is string))) return inputData;
        return items.Cast<string>().SelectMany(Split).ToArray();
    }

    /// <summary>
    /// A list parameter's value with "not given" spelled null: an empty CSV cell splits to no items, and means the same
    /// as leaving the parameter out (no filter, every account, the service's default).
    /// </summary>
    public static string[]? Given(string[]? values) => values == null || values.Length == 0 ? null : values;

    // Only spaces are trimmed ("CLOUD_TRAIL, VPC_FLOW"); any other invisible character is refused above.
    private static string[] Split(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim(' ')).Where(s => s.Length > 0).ToArray();
}
