using SecLake.HelpBuilder.Model;

namespace SecLake.HelpBuilder.Metadata;

/// <summary>
/// Brings a cmdlet's help in line with its assembly, keeping everything authors wrote: parameter metadata, the
/// parameter list and order, INPUTS/OUTPUTS types and the syntax come from the assembly; shared parameters
/// (-Region, ..., -WhatIf, -Confirm) take their text from docs/help/shared; anything new gets a placeholder that the
/// help tests refuse, so a new cmdlet or parameter cannot ship without written help.
/// </summary>
public static class HelpUpdater
{
    public const string PlaceholderMark = "{{ Fill in";

    public static CommandHelp Update(CommandMetadata command, CommandHelp? existing, IReadOnlyDictionary<string, List<TextBlock>> shared)
    {
        var help = new CommandHelp(command.Name);
        help.FrontMatter.AddRange(existing?.FrontMatter ?? DefaultFrontMatter(command.Name));
        help.Synopsis = existing?.Synopsis ?? Placeholder("the synopsis");
        help.SyntaxSets = command.Parameters.SelectMany(p => p.Sets).Select(s => s.Name).Where(n => n != ParameterSetHelp.AllSets).Distinct()
            .Select(n => new SyntaxSet(n, n == command.DefaultParameterSet)).ToList();
        help.Description = existing?.Description ?? Placeholder("the description");
        help.Examples = existing?.Examples ?? new List<ExampleHelp>
        {
            new("Example 1: " + PlaceholderMark + " the title }}", command.Name, Placeholder("what the example does")),
        };
        help.Parameters = command.Parameters.Select(p => UpdateParameter(p, existing?.Parameter(p.Name), shared)).ToList();
        if (command.SupportsShouldProcess)
        {
            help.Parameters.Add(RiskParameter("WhatIf", "wi", shared));
            help.Parameters.Add(RiskParameter("Confirm", "cf", shared));
        }
        help.Inputs = InputTypes(command).Select(t => new TypeHelp(t, Described(existing?.Inputs, t))).ToList();
        help.Outputs = (command.OutputTypes.Count > 0 ? command.OutputTypes : new[] { "None" })
            .Select(t => new TypeHelp(t, Described(existing?.Outputs, t))).ToList();
        help.Notes = existing?.Notes ?? new List<TextBlock>();
        help.RelatedLinks = existing?.RelatedLinks ?? new List<LinkHelp> { new("about_SecLake", "about_SecLake.md") };
        return help;
    }

    /// <summary>The types a cmdlet takes from the pipeline: by value, plus any object when parameters bind by property name.</summary>
    public static IReadOnlyList<string> InputTypes(CommandMetadata command)
    {
        var types = command.Parameters.Where(p => p.Sets.Any(s => s.ValueFromPipeline)).Select(p => p.Type).Distinct().ToList();
        if (command.Parameters.Any(p => p.DeclaredByCommand && p.Sets.Any(s => s.ValueFromPipelineByPropertyName)))
            types.Add("System.Management.Automation.PSObject");
        return types.Count > 0 ? types : new List<string> { "None" };
    }

    private static ParameterHelp UpdateParameter(ParameterMetadata metadata, ParameterHelp? existing, IReadOnlyDictionary<string, List<TextBlock>> shared)
    {
        var description = !metadata.DeclaredByCommand && shared.TryGetValue(metadata.Name, out var common)
            ? common
            : existing?.Description is { Count: > 0 } written ? written : Placeholder("the description of -" + metadata.Name);
        var isSwitch = metadata.Type == "System.Management.Automation.SwitchParameter";
        return new ParameterHelp(metadata.Name)
        {
            Description = description,
            Type = metadata.Type,
            DefaultValue = existing?.DefaultValue ?? (isSwitch ? "False" : "None"),
            SupportsWildcards = metadata.SupportsWildcards,
            Aliases = metadata.Aliases.ToList(),
            ParameterSets = metadata.Sets.ToList(),
            DontShow = metadata.DontShow,
            AcceptedValues = metadata.ValidValues.ToList(),
            HelpMessage = metadata.HelpMessage,
        };
    }

    /// <summary>-WhatIf and -Confirm: PowerShell adds them to cmdlets that support ShouldProcess.</summary>
    private static ParameterHelp RiskParameter(string name, string alias, IReadOnlyDictionary<string, List<TextBlock>> shared) =>
        new(name)
        {
            Description = shared.TryGetValue(name, out var text) ? text : Placeholder("the description of -" + name),
            Type = "System.Management.Automation.SwitchParameter",
            DefaultValue = "False",
            Aliases = new List<string> { alias },
            ParameterSets = new List<ParameterSetHelp> { new(ParameterSetHelp.AllSets) },
        };

    private static List<TextBlock> Described(IEnumerable<TypeHelp>? existing, string typeName) =>
        existing?.FirstOrDefault(t => t.TypeName == typeName)?.Description is { Count: > 0 } written
            ? written
            : typeName == "None" ? new List<TextBlock>() : Placeholder("what " + typeName + " is here");

    private static List<TextBlock> Placeholder(string what) => new() { TextBlock.Paragraph(PlaceholderMark + " " + what + " }}") };

    private static IEnumerable<KeyValuePair<string, string>> DefaultFrontMatter(string name) => new KeyValuePair<string, string>[]
    {
        new("document type", "cmdlet"),
        new("external help file", HelpSources.MamlFileName),
        new("Locale", "en-US"),
        new("Module Name", "SecLake"),
        new("PlatyPS schema version", "2024-05-01"),
        new("title", name),
    };
}
