using SecLake.HelpBuilder.Model;

namespace SecLake.HelpBuilder.Markdown;

/// <summary>
/// Writes a cmdlet help file in the layout <see cref="CommandMarkdownReader"/> reads. Reading then writing a file
/// in this canonical form gives it back unchanged, so "update" only touches what it regenerates.
/// </summary>
public static class CommandMarkdownWriter
{
    public const string CommonParametersText =
        "This cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable, -InformationAction, " +
        "-InformationVariable, -OutBuffer, -OutVariable, -PipelineVariable, -ProgressAction, -Verbose, -WarningAction, and " +
        "-WarningVariable. For more information, see [about_CommonParameters](https://go.microsoft.com/fwlink/?LinkID=113216).";

    public static string Write(CommandHelp help)
    {
        var w = new List<string>();
        if (help.FrontMatter.Count > 0)
        {
            w.Add("---");
            w.AddRange(help.FrontMatter.Select(kv => kv.Value.Length == 0 ? kv.Key + ":" : kv.Key + ": " + kv.Value));
            w.Add("---");
            w.Add("");
        }
        w.Add("# " + help.Name);
        Section(w, "SYNOPSIS", help.Synopsis);

        Heading(w, "## SYNTAX");
        var syntax = SyntaxBuilder.Build(help);
        foreach (var item in syntax)
        {
            Heading(w, "### " + item.SetName + (item.IsDefault ? " (Default)" : ""));
            w.AddRange(new TextBlock(TextBlockKind.Code, item.Text).MarkdownLines());
            w.Add("");
        }

        Section(w, "DESCRIPTION", help.Description);

        Heading(w, "## EXAMPLES");
        foreach (var example in help.Examples)
        {
            Heading(w, "### " + example.Title);
            Blocks(w, new[] { new TextBlock(TextBlockKind.Code, example.Code, "powershell") }.Concat(example.Remarks));
        }

        Heading(w, "## PARAMETERS");
        foreach (var parameter in help.Parameters)
        {
            Heading(w, "### -" + parameter.Name);
            Blocks(w, parameter.Description.Append(new TextBlock(TextBlockKind.Code, ParameterYaml.Write(parameter), "yaml")));
        }
        Heading(w, "### " + CommandMarkdownReader.CommonParametersHeading);
        Blocks(w, new[] { TextBlock.Paragraph(CommonParametersText) });

        TypeSection(w, "INPUTS", help.Inputs);
        TypeSection(w, "OUTPUTS", help.Outputs);
        Section(w, "NOTES", help.Notes);

        Heading(w, "## RELATED LINKS");
        if (help.RelatedLinks.Count > 0)
        {
            w.AddRange(help.RelatedLinks.Select(l => $"- [{l.Text}]({l.Uri})"));
            w.Add("");
        }
        while (w.Count > 0 && w[^1].Length == 0) w.RemoveAt(w.Count - 1);
        return string.Join("\n", w) + "\n";
    }

    private static void Section(List<string> w, string title, IEnumerable<TextBlock> blocks)
    {
        Heading(w, "## " + title);
        Blocks(w, blocks);
    }

    private static void TypeSection(List<string> w, string title, IEnumerable<TypeHelp> types)
    {
        Heading(w, "## " + title);
        foreach (var type in types)
        {
            Heading(w, "### " + type.TypeName);
            Blocks(w, type.Description);
        }
    }

    private static void Heading(List<string> w, string heading)
    {
        if (w.Count > 0 && w[^1].Length != 0) w.Add("");
        w.Add(heading);
        w.Add("");
    }

    private static void Blocks(List<string> w, IEnumerable<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            w.AddRange(block.MarkdownLines());
            w.Add("");
        }
    }
}
