using System.Text.RegularExpressions;
using SecLake.HelpBuilder.Model;

namespace SecLake.HelpBuilder.Markdown;

/// <summary>
/// Reads a cmdlet help file in platyPS 2's layout: # Name, then ## SYNOPSIS, SYNTAX, [ALIASES,] DESCRIPTION,
/// EXAMPLES, PARAMETERS, INPUTS, OUTPUTS, NOTES, RELATED LINKS, in that order. Anything else is an error that names
/// the file and line, so a broken help file fails the build instead of producing thin help.
/// </summary>
public static class CommandMarkdownReader
{
    public static readonly string[] SectionOrder =
        { "SYNOPSIS", "SYNTAX", "ALIASES", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS" };

    /// <summary>platyPS's boilerplate entry for PowerShell's common parameters; documented by PowerShell itself.</summary>
    public const string CommonParametersHeading = "CommonParameters";

    private static readonly Regex Link = new(@"^[-*]\s+\[(?<text>[^\]]+)\]\((?<uri>[^)]*)\)\s*$");

    public static CommandHelp Read(string path) => Read(MarkdownDocument.Parse(File.ReadAllText(path), path));

    public static CommandHelp Read(MarkdownDocument document)
    {
        var path = document.Path;
        if (document.Root.Children.Count != 1 || document.Root.Children[0].Level != 1)
            throw new HelpFormatException(path, 1, "A cmdlet help file has exactly one '# Command-Name' heading.");
        var top = document.Root.Children[0];
        var help = new CommandHelp(top.Title);
        help.FrontMatter.AddRange(document.FrontMatter);

        var order = 0;
        foreach (var section in top.Children)
        {
            var at = Array.IndexOf(SectionOrder, section.Title);
            if (at < 0) throw new HelpFormatException(path, section.Line, $"Unknown section '## {section.Title}' (expected one of {string.Join(", ", SectionOrder)}).");
            if (at < order) throw new HelpFormatException(path, section.Line, $"'## {section.Title}' is out of order (expected {string.Join(", ", SectionOrder)}).");
            order = at + 1;
            ReadSection(help, section, path);
        }
        var present = top.Children.Select(s => s.Title).ToHashSet();
        var missing = SectionOrder.Where(s => s != "ALIASES" && !present.Contains(s)).ToList();
        if (missing.Count > 0) throw new HelpFormatException(path, top.Line, "Missing section(s): " + string.Join(", ", missing.Select(m => "## " + m)) + ".");
        return help;
    }

    private static void ReadSection(CommandHelp help, MarkdownSection section, string path)
    {
        switch (section.Title)
        {
            case "SYNOPSIS": help.Synopsis = section.Blocks.ToList(); break;
            case "SYNTAX": help.SyntaxSets = section.Children.Select(ReadSyntaxSet).ToList(); break;
            case "ALIASES": break;
            case "DESCRIPTION": help.Description = section.Blocks.ToList(); break;
            case "EXAMPLES": help.Examples = section.Children.Select(e => ReadExample(e, path)).ToList(); break;
            case "PARAMETERS":
                help.Parameters = section.Children.Where(p => p.Title != CommonParametersHeading).Select(p => ReadParameter(p, path)).ToList();
                break;
            case "INPUTS": help.Inputs = section.Children.Select(t => new TypeHelp(t.Title, t.Blocks.ToList())).ToList(); break;
            case "OUTPUTS": help.Outputs = section.Children.Select(t => new TypeHelp(t.Title, t.Blocks.ToList())).ToList(); break;
            case "NOTES": help.Notes = section.Blocks.ToList(); break;
            case "RELATED LINKS": help.RelatedLinks = ReadLinks(section, path); break;
        }
    }

    private static SyntaxSet ReadSyntaxSet(MarkdownSection set)
    {
        const string DefaultMark = " (Default)";
        var isDefault = set.Title.EndsWith(DefaultMark, StringComparison.Ordinal);
        return new SyntaxSet(isDefault ? set.Title.Substring(0, set.Title.Length - DefaultMark.Length) : set.Title, isDefault);
    }

    private static ExampleHelp ReadExample(MarkdownSection example, string path)
    {
        var code = example.Blocks.FirstOrDefault();
        if (code == null || code.Kind != TextBlockKind.Code)
            throw new HelpFormatException(path, example.Line, $"Example '{example.Title}' starts with a ```powershell code block.");
        return new ExampleHelp(example.Title, code.Text, example.Blocks.Skip(1).ToList());
    }

    private static ParameterHelp ReadParameter(MarkdownSection section, string path)
    {
        if (!section.Title.StartsWith("-", StringComparison.Ordinal) || section.Title.Length < 2)
            throw new HelpFormatException(path, section.Line, $"A parameter heading is '### -Name', not '### {section.Title}'.");
        var parameter = new ParameterHelp(section.Title.Substring(1));
        var yaml = section.Blocks.LastOrDefault();
        if (yaml == null || yaml.Kind != TextBlockKind.Code || yaml.Language != "yaml")
            throw new HelpFormatException(path, section.Line, $"Parameter -{parameter.Name} ends with its ```yaml metadata block.");
        parameter.Description = section.Blocks.Take(section.Blocks.Count - 1).ToList();
        ParameterYaml.Read(yaml.Text, parameter, path, section.Line);
        return parameter;
    }

    private static List<LinkHelp> ReadLinks(MarkdownSection section, string path)
    {
        var links = new List<LinkHelp>();
        foreach (var line in section.Blocks.SelectMany(b => b.Text.Split('\n')))
        {
            var match = Link.Match(line.Trim());
            if (!match.Success) throw new HelpFormatException(path, section.Line, $"RELATED LINKS holds '- [Text](uri)' lines only, not '{line}'.");
            links.Add(new LinkHelp(match.Groups["text"].Value, match.Groups["uri"].Value));
        }
        return links;
    }
}
