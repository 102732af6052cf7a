namespace SecLake.Completion;

/// <summary>
/// One tab-completion result, PowerShell-free: <see cref="CompletionText"/> is what goes on the command line
/// (quoted when needed), <see cref="ListItemText"/> what the completion menu lists, <see cref="ToolTip"/> the
/// description shown beside it.
/// </summary>
public sealed class CompletionCandidate
{
    public CompletionCandidate(string value, string toolTip, string? listItemText = null)
    {
        Value = value;
        ToolTip = toolTip;
        ListItemText = listItemText ?? value;
    }

    /// <summary>The value itself, unquoted.</summary>
    public string Value { get; }
    public string ToolTip { get; }
    public string ListItemText { get; }

    /// <summary>The text to insert for <paramref name="wordToComplete"/>: the value, quoted as the user started or as PowerShell needs.</summary>
    public string CompletionText(string? wordToComplete) => CompletionWord.Quote(Value, wordToComplete);
}
