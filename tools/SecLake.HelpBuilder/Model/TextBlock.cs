namespace SecLake.HelpBuilder.Model;

public enum TextBlockKind
{
    Paragraph,
    List,
    Table,
    Code,
}

/// <summary>
/// A block of markdown prose as written (lines joined by \n): a paragraph, a list, a table or a fenced code block
/// (<see cref="Text"/> without the fences). Kept raw so "update" writes the author's text back unchanged.
/// </summary>
public sealed record TextBlock(TextBlockKind Kind, string Text, string Language = "")
{
    public static TextBlock Paragraph(string text) => new(TextBlockKind.Paragraph, text);

    /// <summary>The markdown lines of this block, fences included for code.</summary>
    public IEnumerable<string> MarkdownLines()
    {
        if (Kind == TextBlockKind.Code) yield return "```" + Language;
        foreach (var line in Text.Split('\n')) yield return line;
        if (Kind == TextBlockKind.Code) yield return "```";
    }
}
