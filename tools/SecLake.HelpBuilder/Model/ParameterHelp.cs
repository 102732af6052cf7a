namespace SecLake.HelpBuilder.Model;

/// <summary>One parameter: its description (prose) and its metadata (the yaml block under it in markdown).</summary>
public sealed class ParameterHelp
{
    public ParameterHelp(string name) => Name = name;

    public string Name { get; }
    public List<TextBlock> Description { get; set; } = new();

    /// <summary>Full .NET type name, e.g. System.String[], System.Management.Automation.SwitchParameter.</summary>
    public string Type { get; set; } = "System.Object";

    /// <summary>What the cmdlet uses when the parameter is not given ("None" when nothing is sent).</summary>
    public string DefaultValue { get; set; } = "None";

    public bool SupportsWildcards { get; set; }
    public List<string> Aliases { get; set; } = new();
    public List<ParameterSetHelp> ParameterSets { get; set; } = new();
    public bool DontShow { get; set; }

    /// <summary>The only values accepted (a ValidateSet); free-text parameters leave this empty.</summary>
    public List<string> AcceptedValues { get; set; } = new();

    public string HelpMessage { get; set; } = "";

    public bool IsSwitch => Type == "System.Management.Automation.SwitchParameter";

    /// <summary>The set this parameter is documented under in the parameters list (first listed, usually "(All)").</summary>
    public ParameterSetHelp PrimarySet => ParameterSets.FirstOrDefault() ?? new ParameterSetHelp(ParameterSetHelp.AllSets);
}

public sealed class ParameterSetHelp
{
    /// <summary>platyPS's name for "every parameter set" (PowerShell's __AllParameterSets).</summary>
    public const string AllSets = "(All)";

    public ParameterSetHelp(string name) => Name = name;

    public string Name { get; }

    /// <summary>"Named", or the 0-based position.</summary>
    public string Position { get; set; } = "Named";

    public bool IsRequired { get; set; }
    public bool ValueFromPipeline { get; set; }
    public bool ValueFromPipelineByPropertyName { get; set; }
    public bool ValueFromRemainingArguments { get; set; }

    public int? PositionNumber => int.TryParse(Position, out var p) ? p : null;

    /// <summary>As Get-Help shows it: "True (ByValue, ByPropertyName)", "True (ByPropertyName)", "False".</summary>
    public string PipelineInputText =>
        (ValueFromPipeline, ValueFromPipelineByPropertyName) switch
        {
            (true, true) => "True (ByValue, ByPropertyName)",
            (true, false) => "True (ByValue)",
            (false, true) => "True (ByPropertyName)",
            _ => "False",
        };
}
