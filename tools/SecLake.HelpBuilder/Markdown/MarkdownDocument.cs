using System.Text.RegularExpressions;
using SecLake.HelpBuilder.Model;

namespace SecLake.HelpBuilder.Markdown;

/// <summary>A heading and what is under it: prose blocks first, then sub-sections.</summary>
public sealed class MarkdownSection
{
    public MarkdownSection(int level, string title, int line)
    {
        Level = level;
        Title = title;
        Line = line;
    }

    public int Level { get; }
    public string Title { get; }

    /// <summary>1-based line of the heading in the file, for error messages.</summary>
    public int Line { get; }

    public List<TextBlock> Blocks { get; } = new();
    public List<MarkdownSection> Children { get; } = new();
}

/// <summary>
/// The small part of markdown the help files use: front matter, ATX headings (#..######), paragraphs, lists,
/// tables and fenced code blocks. Purpose-built for our fixed layout, not a general CommonMark parser.
/// </summary>
public sealed class MarkdownDocument
{
    private static readonly Regex Heading = new(@"^(?<hashes>#{1,6})\s+(?<title>.*?)\s*#*\s*$");

    private MarkdownDocument(string path, List<KeyValuePair<string, string>> frontMatter, MarkdownSection root)
    {
        Path = path;
        FrontMatter = frontMatter;
        Root = root;
    }

    public string Path { get; }
    public List<KeyValuePair<string, string>> FrontMatter { get; }

    /// <summary>Level 0: holds the level-1 sections (and any text before the first heading).</summary>
    public MarkdownSection Root { get; }

    public static MarkdownDocument Parse(string text, string path)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var index = 0;
        var frontMatter = ReadFrontMatter(lines, ref index, path);

        var root = new MarkdownSection(0, "", 0);
        var open = new Stack<MarkdownSection>();
        open.Push(root);
        var block = new List<string>();
        string? fenceLanguage = null;
        var fenceStart = 0;

        void EndBlock()
        {
            if (block.Count == 0) return;
            open.Peek().Blocks.Add(new TextBlock(KindOf(block[0]), string.Join("\n", block)));
            block.Clear();
        }

        for (; index < lines.Length; index++)
        {
            var line = lines[index];
            if (fenceLanguage != null)
            {
                if (line.TrimEnd() == "```")
                {
                    open.Peek().Blocks.Add(new TextBlock(TextBlockKind.Code, string.Join("\n", block), fenceLanguage));
                    block.Clear();
                    fenceLanguage = null;
                }
                else
                {
                    block.Add(line);
                }
                continue;
            }
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                EndBlock();
                fenceLanguage = line.Substring(3).Trim();
                fenceStart = index + 1;
                continue;
            }
            var heading = Heading.Match(line);
            if (heading.Success)
            {
                EndBlock();
                var level = heading.Groups["hashes"].Length;
                while (open.Peek().Level >= level) open.Pop();
                var section = new MarkdownSection(level, heading.Groups["title"].Value, index + 1);
                open.Peek().Children.Add(section);
                open.Push(section);
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                EndBlock();
                continue;
            }
            block.Add(line.TrimEnd());
        }
        if (fenceLanguage != null) throw new HelpFormatException(path, fenceStart, "A code block is not closed with ```.");
        EndBlock();
        return new MarkdownDocument(path, frontMatter, root);
    }

    private static List<KeyValuePair<string, string>> ReadFrontMatter(string[] lines, ref int index, string path)
    {
        var result = new List<KeyValuePair<string, string>>();
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return result;
        for (index = 1; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd();
            if (line == "---")
            {
                index++;
                return result;
            }
            if (line.Length == 0) continue;
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new HelpFormatException(path, index + 1, $"Front matter line '{line}' is not 'key: value'.");
            result.Add(new(line.Substring(0, colon).Trim(), line.Substring(colon + 1).Trim()));
        }
        throw new HelpFormatException(path, 1, "The front matter is not closed with ---.");
    }

    private static TextBlockKind KindOf(string firstLine)
    {
        var trimmed = firstLine.TrimStart();
        if (trimmed.StartsWith("|", StringComparison.Ordinal)) return TextBlockKind.Table;
        if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal) || Regex.IsMatch(trimmed, @"^\d+\.\s"))
            return TextBlockKind.List;
        return TextBlockKind.Paragraph;
    }
}

/// <summary>A help file does not follow the expected layout; says where and what is wrong.</summary>
public sealed class HelpFormatException : Exception
{
    public HelpFormatException(string path, int line, string message)
        : base($"{path}({line}): {message}")
    {
        FilePath = path;
        Line = line;
    }

    public string FilePath { get; }
    public int Line { get; }
}
