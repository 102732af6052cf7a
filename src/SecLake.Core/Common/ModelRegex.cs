using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SecLake;

/// <summary>
/// Runs the core's pattern constants (the service models' patterns, already rewritten as .NET patterns of the same
/// meaning) the way the service runs its own: a case-sensitive search, independent of the current culture. No
/// <c>RegexOptions.ECMAScript</c>: the constants spell out ECMAScript's meaning themselves, and that option would still
/// leave .NET's <c>$</c> and <c>.</c> in place.
/// </summary>
internal static class ModelRegex
{
    public const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly ConcurrentDictionary<string, Regex> Compiled = new ConcurrentDictionary<string, Regex>();

    public static bool IsMatch(string value, string pattern) =>
        Compiled.GetOrAdd(pattern, p => new Regex(p, Options)).IsMatch(value);
}
