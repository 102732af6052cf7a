using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace SecLake.PowerShell;

/// <summary>
/// Refuses, at binding, what a text parameter would otherwise send as a type name or with hidden characters: a
/// hashtable, a script block, a list, or any other object that is not a single value (PowerShell would turn
/// @{a=1} into "System.Collections.Hashtable"), and control characters. Numbers and the like pass as text.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class TextValueAttribute : ArgumentTransformationAttribute
{
    /// <summary>Let tab, line feed, carriage return, vertical tab and form feed through, for a model pattern that allows them (descriptions).</summary>
    public bool AllowWhitespace { get; set; }

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
        inputData == null ? null : TextValues.Single(inputData, AllowWhitespace);
}

/// <summary>The checks every text parameter's items get (see <see cref="TextValueAttribute"/>, <see cref="SplitListAttribute"/>).</summary>
internal static class TextValues
{
    private const string Whitespace = "\t\n\v\f\r";

    /// <summary>
    /// One value as text, with hidden characters refused; a hashtable, a script block or a list is refused with what to
    /// give instead. Any other object is handed back untouched: when it is a piped object (a ledger, a CSV row),
    /// PowerShell goes on to bind its properties by name.
    /// </summary>
    public static object Single(object input, bool allowWhitespace)
    {
        switch (PowerShellValues.Unwrap(input))
        {
            case string text:
                return Checked(text, allowWhitespace);
            case IDictionary _:
                throw Refused("a hashtable: give its text value instead");
            case ScriptBlock _:
                throw Refused("a script block: give the text itself");
            case IEnumerable _:
                throw Refused("a list: give one value");
            case IConvertible convertible when !(convertible is DBNull):
                return Checked(TokenText(input) ?? convertible.ToString(CultureInfo.InvariantCulture), allowWhitespace);
            default:
                return input;
        }
    }

    private static readonly PropertyInfo? TokenTextProperty =
        typeof(PSObject).GetProperty("TokenText", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

    /// <summary>
    /// A number typed on the command line as it was typed: PowerShell parses -SourceVersion 1.0 as the double 1 and
    /// keeps the text "1.0" beside it (what it binds to a plain string parameter), which the number alone has lost.
    /// </summary>
    private static string? TokenText(object input)
    {
        try
        {
            return input is PSObject wrapped ? TokenTextProperty?.GetValue(wrapped) as string : null;
        }
        catch (Exception e) when (e is TargetInvocationException || e is MemberAccessException)
        {
            return null;
        }
    }

    private static string Checked(string text, bool allowWhitespace)
    {
        var control = text.FirstOrDefault(c => char.IsControl(c) && !(allowWhitespace && Whitespace.IndexOf(c) >= 0));
        if (control != default(char))
            throw new ArgumentTransformationMetadataException(
                $"The value has a control character (U+{(int)control:X4}) at position {text.IndexOf(control) + 1}; remove it (a line break copied with the value, say).");
        return text;
    }

    private static ArgumentTransformationMetadataException Refused(string what) =>
        new ArgumentTransformationMetadataException($"The value is {what}.");
}
