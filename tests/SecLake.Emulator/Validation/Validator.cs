using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using SecLake.Tests.Validation;

namespace SecLake.Emulator.Validation;

/// <summary>
/// Collects constraint violations of one request (required, length, pattern, enum, range, size), worded the way
/// AWS's request validation words them; the service then turns them into its modeled 400 error.
/// </summary>
internal sealed class Validator
{
    /// <summary>Model patterns (ECMAScript) compiled once each, translated to .NET patterns of the same meaning, case-sensitive.</summary>
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new();

    private readonly List<FieldError> _errors = new();

    public IReadOnlyList<FieldError> Errors => _errors;
    public bool HasErrors => _errors.Count > 0;

    public void Fail(string path, string constraint, string valueText) => _errors.Add(new FieldError(path, constraint, valueText));

    public void Missing(string path) => Fail(path, "Member must not be null", "null");

    public string? String(string path, string? value, StringShape shape, bool required = false)
    {
        if (value is null)
        {
            if (required) Missing(path);
            return null;
        }

        var quoted = $"'{value}'";
        var length = value.EnumerateRunes().Count();
        if (shape.Min is { } min && length < min)
            Fail(path, $"Member must have length greater than or equal to {min}", quoted);
        if (shape.Max is { } max && length > max)
            Fail(path, $"Member must have length less than or equal to {max}", quoted);
        if (shape.Pattern is { } pattern && !Patterns.GetOrAdd(pattern, p => new Regex(ModelPattern.ToDotNet(p), RegexOptions.CultureInvariant)).IsMatch(value))
            Fail(path, $"Member must satisfy regular expression pattern: {pattern}", quoted);
        if (shape.Enum is { } values && !values.Contains(value, StringComparer.Ordinal))
            Fail(path, $"Member must satisfy enum value set: [{string.Join(", ", values)}]", quoted);
        return value;
    }

    public int? Integer(string path, int? value, IntegerShape shape, bool required = false)
    {
        if (value is null)
        {
            if (required) Missing(path);
            return null;
        }
        if (shape.Min is { } min && value < min)
            Fail(path, $"Member must have value greater than or equal to {min}", value.ToString()!);
        if (shape.Max is { } max && value > max)
            Fail(path, $"Member must have value less than or equal to {max}", value.ToString()!);
        return value;
    }

    /// <summary>An integer that arrived as text (query string); text that is not a number is a violation.</summary>
    public int? IntegerText(string path, string? text, IntegerShape shape)
    {
        if (text is null) return null;
        if (!int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            Fail(path, "Member must be an integer", $"'{text}'");
            return null;
        }
        return Integer(path, value, shape);
    }

    public void Size(string path, int count, SizeBounds bounds, string valueText)
    {
        if (bounds.Min is { } min && count < min)
            Fail(path, $"Member must have length greater than or equal to {min}", valueText);
        if (bounds.Max is { } max && count > max)
            Fail(path, $"Member must have length less than or equal to {max}", valueText);
    }

    /// <summary>A model <c>long</c> with its shape's min and max (which <see cref="IntegerShape"/> keeps only when they fit an int).</summary>
    public long? Long(string path, long? value, long? min, long? max, bool required = false)
    {
        if (value is null)
        {
            if (required) Missing(path);
            return null;
        }
        if (min is { } low && value < low)
            Fail(path, $"Member must have value greater than or equal to {low}", value.ToString()!);
        if (max is { } high && value > high)
            Fail(path, $"Member must have value less than or equal to {high}", value.ToString()!);
        return value;
    }

    /// <summary>"1 validation error detected: Value 'x' at 'name' failed to satisfy constraint: ..."</summary>
    public string Summary()
    {
        var builder = new StringBuilder();
        builder.Append(_errors.Count).Append(_errors.Count == 1 ? " validation error detected: " : " validation errors detected: ");
        builder.Append(string.Join("; ", _errors.Select(Describe)));
        return builder.ToString();
    }

    public static string Describe(FieldError error) =>
        $"Value {error.ValueText} at '{error.Path}' failed to satisfy constraint: {error.Message}";
}
