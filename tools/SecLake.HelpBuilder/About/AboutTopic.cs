using System.Text;
using SecLake.HelpBuilder.Markdown;
using SecLake.HelpBuilder.Model;

namespace SecLake.HelpBuilder.About;

/// <summary>
/// An about topic: "# about_Name", "## Short description", "## Long description", then any further "##"/"###"
/// sections. Written as the plain-text about_Name.help.txt Get-Help shows: TOPIC, SHORT DESCRIPTION, LONG
/// DESCRIPTION and the other sections as upper-case headings, text wrapped at 80 columns.
/// </summary>
public sealed class AboutTopic
{
    private const int Width = 79; // a line of exactly 80 wraps in an 80-column console
    private const string Indent = "    ";

    private AboutTopic(string name, MarkdownSection body)
    {
        Name = name;
        Body = body;
    }

    public string Name { get; }
    public MarkdownSection Body { get; }

    public string ShortDescription => string.Join(" ", Body.Children[0].Blocks.Select(PlainText.Block));

    /// <summary>Every section title, at any depth (for checks that a subject is covered).</summary>
    public IEnumerable<string> SectionTitles => Walk(Body).Select(s => s.Title);

    public static AboutTopic Read(string path) => Read(MarkdownDocument.Parse(File.ReadAllText(path), path));

    public static AboutTopic Read(MarkdownDocument document)
    {
        var path = document.Path;
        if (document.Root.Children.Count != 1 || !document.Root.Children[0].Title.StartsWith("about_", StringComparison.Ordinal))
            throw new HelpFormatException(path, 1, "An about topic has exactly one '# about_Name' heading.");
        var top = document.Root.Children[0];
        var expectedFileName = top.Title + ".md";
        if (!string.Equals(System.IO.Path.GetFileName(path), expectedFileName, StringComparison.Ordinal))
            throw new HelpFormatException(path, top.Line, $"The file of '# {top.Title}' is named {expectedFileName}.");
        var titles = top.Children.Select(c => c.Title.ToLowerInvariant()).Take(2).ToList();
        if (titles.Count < 2 || titles[0] != "short description" || titles[1] != "long description")
            throw new HelpFormatException(path, top.Line, "An about topic starts with '## Short description' then '## Long description'.");
        return new AboutTopic(top.Title, top);
    }

    public string ToHelpText()
    {
        var text = new StringBuilder();
        text.Append("TOPIC\n").Append(Indent).Append(Name).Append('\n');
        foreach (var section in Body.Children)
        {
            text.Append('\n').Append(section.Title.ToUpperInvariant()).Append('\n');
            WriteSectionBody(text, section, Indent);
        }
        return text.ToString();
    }

    private static void WriteSectionBody(StringBuilder text, MarkdownSection section, string indent)
    {
        var first = true;
        foreach (var block in section.Blocks)
        {
            if (!first) text.Append('\n');
            first = false;
            WriteBlock(text, block, indent);
        }
        foreach (var child in section.Children)
        {
            text.Append('\n').Append(indent).Append(child.Title).Append('\n');
            WriteSectionBody(text, child, indent + "  ");
        }
    }

    private static void WriteBlock(StringBuilder text, TextBlock block, string indent)
    {
        switch (block.Kind)
        {
            case TextBlockKind.Code:
                foreach (var line in block.Text.Split('\n')) text.Append(line.Length == 0 ? "" : indent + Indent + line).Append('\n');
                break;
            case TextBlockKind.Table:
                foreach (var row in PlainText.TableRows(block.Text)) text.Append(indent).Append(PlainText.Inline(row.Trim())).Append('\n');
                break;
            case TextBlockKind.List:
                foreach (var (marker, item) in ListItems(block.Text))
                    Wrap(text, PlainText.Inline(item), indent + marker + " ", indent + new string(' ', marker.Length + 1));
                break;
            default:
                Wrap(text, PlainText.Block(block), indent, indent);
                break;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex ListMarker = new(@"^(?<marker>[-*]|\d+\.)\s+");

    /// <summary>List items with their continuation lines joined, each with its marker ("- " or "1. ").</summary>
    private static IEnumerable<(string Marker, string Text)> ListItems(string list)
    {
        string? marker = null;
        var words = new List<string>();
        foreach (var line in list.Split('\n').Select(l => l.Trim()))
        {
            var start = ListMarker.Match(line);
            if (start.Success)
            {
                if (marker != null) yield return (marker, string.Join(" ", words));
                marker = start.Groups["marker"].Value == "*" ? "-" : start.Groups["marker"].Value;
                words.Clear();
                words.Add(line.Substring(start.Length));
            }
            else
            {
                words.Add(line);
            }
        }
        if (marker != null) yield return (marker, string.Join(" ", words));
    }

    private static void Wrap(StringBuilder text, string words, string firstIndent, string nextIndent)
    {
        var line = new StringBuilder(firstIndent);
        var empty = true;
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                text.Append(line).Append('\n');
                line.Clear().Append(nextIndent);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        text.Append(line).Append('\n');
    }

    private static IEnumerable<MarkdownSection> Walk(MarkdownSection section) =>
        section.Children.SelectMany(c => new[] { c }.Concat(Walk(c)));
}
