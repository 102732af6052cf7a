namespace SecLake.Completion
{
    /// <summary>One tab-completion result: the text to insert and what the tooltip shows.</summary>
    public sealed class CompletionCandidate
    {
        public CompletionCandidate(string value, string toolTip)
        {
            Value = value;
            ToolTip = toolTip;
        }

        public string Value { get; }
        public string ToolTip { get; }
    }
}
