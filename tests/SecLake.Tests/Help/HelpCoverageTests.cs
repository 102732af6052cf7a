using System.Xml.Linq;
using SecLake.HelpBuilder.Markdown;
using SecLake.HelpBuilder.Metadata;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Help.HelpFixture;
using ParameterMetadata = SecLake.Tests.Support.ParameterMetadata;

namespace SecLake.Tests.Help;

/// <summary>
/// Every exported cmdlet has complete help: synopsis, description, every parameter (from the built assembly, plus
/// -WhatIf/-Confirm where PowerShell adds them) described with metadata that matches the assembly, inputs, outputs,
/// and at least two examples, one of them a pipeline, whose commands and parameters all exist.
/// </summary>
public class HelpCoverageTests
{
    public static IEnumerable<object[]> Cmdlets => ExportedCmdlets;

    [Fact]
    public void Every_help_file_documents_an_exported_cmdlet()
    {
        var exported = ExportedCmdlets.Select(c => (string)c[0]).ToHashSet();
        var orphans = Sources.Commands.Select(c => c.Name).Where(n => !exported.Contains(n)).ToList();
        Assert.True(orphans.Count == 0, "help for cmdlets the module does not export: " + string.Join(", ", orphans));
    }

    [Fact]
    public void No_help_source_still_has_a_placeholder()
    {
        var withPlaceholders = Directory.GetFiles(RepoFiles.HelpSources, "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != SecLake.HelpBuilder.HelpSources.ReadmeFileName)
            .Where(f => File.ReadAllText(f).Contains(HelpUpdater.PlaceholderMark, StringComparison.Ordinal))
            .Select(Path.GetFileName);
        Assert.Empty(withPlaceholders);
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Has_a_synopsis_a_description_inputs_and_outputs(string cmdlet)
    {
        var command = MamlCommand(cmdlet);
        Assert.True(command != null, $"{cmdlet} has no help: add docs/help/{cmdlet}.md (the update command creates it).");
        Assert.NotEmpty(Paragraphs(command!.Element(CommandNs + "details")!.Element(MamlNs + "description")));
        Assert.NotEmpty(Paragraphs(command.Element(MamlNs + "description")));
        foreach (var type in command.Descendants(CommandNs + "inputType").Concat(command.Descendants(CommandNs + "returnValue")))
        {
            var name = type.Element(DevNs + "type")!.Element(MamlNs + "name")!.Value;
            Assert.True(name == "None" || Paragraphs(type.Element(MamlNs + "description")).Length > 0, $"{cmdlet}: {name} is not described.");
        }
        Assert.NotEmpty(command.Descendants(CommandNs + "inputType"));
        Assert.NotEmpty(command.Descendants(CommandNs + "returnValue"));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Documents_exactly_the_parameters_of_the_cmdlet_each_with_a_description(string cmdlet)
    {
        var metadata = CmdletMetadata.Get(cmdlet);
        var expected = metadata.Parameters.Select(p => p.Name)
            .Concat(metadata.SupportsShouldProcess ? new[] { "WhatIf", "Confirm" } : Array.Empty<string>())
            .OrderBy(n => n).ToList();
        var documented = DocumentedParameters(cmdlet);

        Assert.Equal(expected, documented.Keys.OrderBy(n => n).ToList());
        foreach (var (name, element) in documented)
            Assert.True(Paragraphs(element.Element(MamlNs + "description")).Length > 20, $"{cmdlet} -{name} has no real description.");
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Parameter_metadata_in_the_help_matches_the_assembly(string cmdlet)
    {
        var documented = DocumentedParameters(cmdlet);
        foreach (var p in CmdletMetadata.Get(cmdlet).Parameters)
        {
            var element = documented[p.Name];
            var where = $"{cmdlet} -{p.Name}";
            Assert.True(p.Mandatory == ((string)element.Attribute("required")! == "true"), where + ": required");
            Assert.True((p.Position?.ToString() ?? "named") == (string)element.Attribute("position")!, where + ": position");
            Assert.True(PipelineInput(p) == (string)element.Attribute("pipelineInput")!, where + ": pipeline input");
            Assert.True(p.OtherAttributes.Contains("SupportsWildcardsAttribute") == ((string)element.Attribute("globbing")! == "true"), where + ": wildcards");
            Assert.True((p.Aliases.Count == 0 ? "none" : string.Join(", ", p.Aliases)) == (string)element.Attribute("aliases")!, where + ": aliases");
            Assert.True(p.HelpTypeName == element.Element(DevNs + "type")!.Element(MamlNs + "name")!.Value, where + ": type");
            var acceptedValues = element.Element(CommandNs + "parameterValueGroup")?.Elements(CommandNs + "parameterValue").Select(v => v.Value).ToList() ?? new List<string>();
            Assert.True(ValidateSetValues(p).SequenceEqual(acceptedValues), where + ": accepted values");
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Outputs_are_the_declared_output_types(string cmdlet)
    {
        var declared = CmdletMetadata.Get(cmdlet).OutputTypes.DefaultIfEmpty("None").OrderBy(t => t);
        var documented = MamlCommand(cmdlet)!.Descendants(CommandNs + "returnValue").Select(r => r.Element(DevNs + "type")!.Element(MamlNs + "name")!.Value).OrderBy(t => t);
        Assert.Equal(declared, documented);
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Has_at_least_two_examples_that_run_it_one_of_them_a_pipeline(string cmdlet)
    {
        var examples = Sources.Commands.Single(c => c.Name == cmdlet).Examples;
        Assert.True(examples.Count >= 2, $"{cmdlet} has {examples.Count} example(s); write at least two.");
        foreach (var example in examples)
            Assert.True(ExampleScript.Parse(example.Code).Commands.Any(c => ExampleChecker.Calls(c, cmdlet)), $"{cmdlet} '{example.Title}' does not run {cmdlet}.");
        Assert.True(examples.Any(e => ExampleScript.Parse(e.Code).Pipelines.Any(p => p.Any(c => ExampleChecker.Calls(c, cmdlet)))),
            $"{cmdlet} has no example that pipes into or out of it.");
        Assert.All(examples, e => Assert.NotEmpty(e.Remarks));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Example_commands_and_parameters_exist(string cmdlet)
    {
        var checker = ExampleChecker.ForBuiltModule();
        var problems = Sources.Commands.Single(c => c.Name == cmdlet).Examples
            .SelectMany(e => checker.Problems(e.Code).Select(p => $"{e.Title}: {p}"))
            .ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void Related_links_to_other_topics_name_existing_help_files()
    {
        var broken = Sources.Commands
            .SelectMany(c => c.RelatedLinks.Where(l => !PlainText.IsWebUri(l.Uri)).Select(l => (Command: c.Name, l.Uri)))
            .Where(l => !File.Exists(Path.Combine(RepoFiles.HelpSources, l.Uri)))
            .Select(l => $"{l.Command}: {l.Uri}");
        Assert.Empty(broken);
    }

    /// <summary>
    /// The markdown's generated parts (syntax, parameter metadata, shared parameter text, INPUTS/OUTPUTS types) are
    /// what "update" writes from the built assembly: when this fails, run the update command below and review the diff.
    /// </summary>
    [Fact]
    public void The_help_sources_are_up_to_date_with_the_built_assembly()
    {
        var shared = Sources.SharedParameters();
        var stale = new List<string>();
        foreach (var command in AssemblyCommands.Read(BuiltModule.AssemblyPath, Path.Combine(AppContext.BaseDirectory, "psref", "System.Management.Automation.dll")))
        {
            var path = Path.Combine(RepoFiles.HelpSources, command.Name + ".md");
            var existing = Sources.Commands.FirstOrDefault(c => c.Name == command.Name);
            var expected = CommandMarkdownWriter.Write(HelpUpdater.Update(command, existing, shared));
            if (!File.Exists(path) || File.ReadAllText(path) != expected) stale.Add(Path.GetFileName(path));
        }
        Assert.True(stale.Count == 0,
            "Out of date with SecLake.dll: " + string.Join(", ", stale) + ". Run: dotnet tools/SecLake.HelpBuilder/bin/Release/net10.0/SecLake.HelpBuilder.dll " +
            "update --source docs/help --assembly src/SecLake/bin/Release/netstandard2.0/SecLake.dll, then write the placeholders.");
    }

    /// <summary>
    /// Help lists parameters as PowerShell's syntax does: positional ones first, by position, then the rest in
    /// declaration order, so a position-0 parameter a shared base declares (the subscription id) still comes first.
    /// </summary>
    [Theory]
    [InlineData("New-SLSubscriberNotification", "SubscriptionId", "SqsQueue")]
    [InlineData("Remove-SLSubscriber", "SubscriptionId", "Force")]
    [InlineData("Get-SLLogSource", "SourceName", "AccountId")]
    public void Help_lists_positional_parameters_first_then_in_declaration_order(string cmdlet, string first, string second)
    {
        var command = AssemblyCommands.Read(BuiltModule.AssemblyPath, Path.Combine(AppContext.BaseDirectory, "psref", "System.Management.Automation.dll"))
            .Single(c => c.Name == cmdlet);
        Assert.Equal(new[] { first, second }, command.Parameters.Take(2).Select(p => p.Name));
    }

    private static Dictionary<string, XElement> DocumentedParameters(string cmdlet) =>
        MamlCommand(cmdlet)!.Element(CommandNs + "parameters")!.Elements(CommandNs + "parameter")
            .ToDictionary(p => p.Element(MamlNs + "name")!.Value);

    private static string PipelineInput(ParameterMetadata p) =>
        (p.FromPipeline, p.FromPipelineByPropertyName) switch
        {
            (true, true) => "True (ByValue, ByPropertyName)",
            (true, false) => "True (ByValue)",
            (false, true) => "True (ByPropertyName)",
            _ => "False",
        };

    private static IEnumerable<string> ValidateSetValues(ParameterMetadata p)
    {
        var set = p.Validation.FirstOrDefault(v => v.StartsWith("ValidateSet(", StringComparison.Ordinal));
        return set == null ? Enumerable.Empty<string>() : set.Substring("ValidateSet(".Length).TrimEnd(')').Split(',');
    }
}
