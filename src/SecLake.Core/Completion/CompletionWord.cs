using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace SecLake.Completion;

/// <summary>
/// The word being completed, as PowerShell hands it over (possibly with an opening quote, possibly with
/// wildcards), and the quoting of values put back on the command line.
/// </summary>
public static class CompletionWord
{
    // Characters that end or change a bare argument in PowerShell's command mode.
    private static readonly char[] NeedsQuotes = { ' ', '\t', '\'', '"', '`', '$', '@', '(', ')', '{', '}', ',', ';', '|', '&', '<', '>', '#', '\u2018', '\u2019', '\u201C', '\u201D' };

    /// <summary>The typed text without surrounding quotes.</summary>
    public static string Unquote(string? wordToComplete)
    {
        var word = (wordToComplete ?? "").Trim();
        if (word.Length > 0 && IsQuote(word[0])) word = word.Substring(1);
        if (word.Length > 0 && IsQuote(word[word.Length - 1])) word = word.Substring(0, word.Length - 1);
        return word;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> completes the typed word: a case-insensitive prefix, or a wildcard
    /// pattern (*, ?) when the word has wildcards, as PowerShell's own completers do.
    /// </summary>
    public static bool Matches(string candidate, string? wordToComplete)
    {
        var word = Unquote(wordToComplete);
        if (word.IndexOfAny(new[] { '*', '?' }) < 0) return candidate.StartsWith(word, StringComparison.OrdinalIgnoreCase);
        var pattern = "^" + Regex.Escape(word).Replace(@"\*", ".*").Replace(@"\?", ".");
        if (!word.EndsWith("*", StringComparison.Ordinal)) pattern += ".*";
        return Regex.IsMatch(candidate, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// <paramref name="value"/> as PowerShell must see it: in the quotes the user opened, in single quotes when it
    /// holds characters PowerShell would read as syntax (or starts with '-'), otherwise bare.
    /// </summary>
    public static string Quote(string value, string? wordToComplete)
    {
        var opened = (wordToComplete ?? "").TrimStart();
        var quote = opened.Length > 0 && IsQuote(opened[0]) ? opened[0] : '\0';
        if (quote == '"' || quote == '\u201C' || quote == '\u201D')
            return "\"" + string.Concat(value.Select(c => c == '"' || c == '`' || c == '$' ? "`" + c : c.ToString())) + "\"";
        if (quote != '\0' || value.Length == 0 || value.IndexOfAny(NeedsQuotes) >= 0 || value[0] == '-')
            return "'" + string.Concat(value.Select(c => IsSingleQuote(c) ? new string(c, 2) : c.ToString())) + "'";
        return value;
    }

    // PowerShell reads the typographic single quotes as quotes too; inside a single-quoted string each is doubled.
    private static bool IsSingleQuote(char c) => c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';

    private static bool IsQuote(char c) => c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D';
}
