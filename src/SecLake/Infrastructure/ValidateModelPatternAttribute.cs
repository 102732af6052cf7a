using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace SecLake.PowerShell;

/// <summary>
/// ValidatePattern that says the rule in words: the value must match a service model's pattern (a .NET pattern of the
/// model's meaning, from the core's <c>*Constraints</c>), case-sensitively as the service matches it, and a refusal reads
/// "Cannot validate argument on parameter 'Name'. 'a--b' is not valid: use letters, digits and single hyphens, ...".
/// Its own attribute because Windows PowerShell 5.1's ValidatePattern has no ErrorMessage and can only quote the regex.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateModelPatternAttribute : ValidateEnumeratedArgumentsAttribute
{
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new ConcurrentDictionary<string, Regex>();

    /// <param name="pattern">The model's pattern as the core's constraints spell it in .NET.</param>
    /// <param name="rule">The rule in words, completing "is not valid: ...".</param>
    public ValidateModelPatternAttribute(string pattern, string rule)
    {
        Pattern = pattern;
        Rule = rule;
    }

    public string Pattern { get; }

    public string Rule { get; }

    protected override void ValidateElement(object element)
    {
        var text = element as string ?? Convert.ToString(element, CultureInfo.InvariantCulture) ?? "";
        if (!Compiled.GetOrAdd(Pattern, p => new Regex(p, RegexOptions.CultureInvariant)).IsMatch(text))
            throw new ValidationMetadataException($"'{text}' is not valid: {Rule}.");
    }
}
