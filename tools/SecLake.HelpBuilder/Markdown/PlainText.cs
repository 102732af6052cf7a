using System.Text.RegularExpressions;
using SecLake.HelpBuilder.Model;

namespace SecLake.HelpBuilder.Markdown;

/// <summary>
/// Markdown prose as Get-Help prints it (plain text in a console): links become "text (url)" (or just the text for
/// links to other help files), emphasis markers go, code spans keep their backticks so commands stand out.
/// </summary>
public static class PlainText
{
    private static readonly Regex MarkdownLink = new(@"\[(?<text>[^\]]+)\]\((?<uri>[^)\s]*)\)");
    private static readonly Regex Strong = new(@"\*\*(?<text>[^*]+)\*\*");

    public static string Inline(string markdown)
    {
        var text = MarkdownLink.Replace(markdown, m =>
            IsWebUri(m.Groups["uri"].Value) && m.Groups["text"].Value != m.Groups["uri"].Value
                ? $"{m.Groups["text"].Value} ({m.Groups["uri"].Value})"
                : m.Groups["text"].Value);
        return Strong.Replace(text, m => m.Groups["text"].Value);
    }

    /// <summary>A block as one string: paragraph lines joined into one line; lists, tables and code keep their lines.</summary>
    public static string Block(TextBlock block) =>
        block.Kind switch
        {
            TextBlockKind.Paragraph => Inline(string.Join(" ", block.Text.Split('\n').Select(l => l.Trim()))),
            TextBlockKind.Code => block.Text,
            TextBlockKind.Table => string.Join("\n", TableRows(block.Text).Select(Inline)),
            _ => Inline(block.Text),
        };

    /// <summary>A table's rows without the |---| separator row.</summary>
    public static IEnumerable<string> TableRows(string table) =>
        table.Split('\n').Where(row => !Regex.IsMatch(row, @"^\s*\|?[\s:|-]+\|?\s*$"));

    public static bool IsWebUri(string uri) =>
        uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}
