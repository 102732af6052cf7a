using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace SecLake.Emulator.Validation;

/// <summary>
/// Compiles a model's <c>pattern</c> (ECMA-262 syntax, unanchored search) into an equivalent .NET regex:
/// ECMA's <c>\w</c> and <c>\d</c> are ASCII-only (.NET's are Unicode), and ECMA's <c>$</c> is the end of the
/// input (.NET's also matches before a final newline). ECMA allows escaping '_' (the Security Lake model does);
/// .NET does not.
/// </summary>
internal static class ModelPattern
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new();

    public static bool IsMatch(string pattern, string value) =>
        Cache.GetOrAdd(pattern, p => new Regex(Translate(p), RegexOptions.CultureInvariant)).IsMatch(value);

    internal static string Translate(string ecmaPattern)
    {
        var result = new StringBuilder(ecmaPattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < ecmaPattern.Length; i++)
        {
            var c = ecmaPattern[i];
            if (c == '\\' && i + 1 < ecmaPattern.Length)
            {
                var escaped = ecmaPattern[++i];
                result.Append(escaped switch
                {
                    'w' => inClass ? "A-Za-z0-9_" : "[A-Za-z0-9_]",
                    'd' => inClass ? "0-9" : "[0-9]",
                    '_' => "_", // an ECMA identity escape .NET rejects
                    _ => "\\" + escaped,
                });
                continue;
            }
            if (c == '[' && !inClass) inClass = true;
            else if (c == ']' && inClass) inClass = false;
            else if (c == '$' && !inClass)
            {
                result.Append("\\z");
                continue;
            }
            result.Append(c);
        }
        return result.ToString();
    }
}
