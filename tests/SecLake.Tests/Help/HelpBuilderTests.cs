using SecLake.HelpBuilder.Markdown;
using SecLake.HelpBuilder.Model;
using Xunit;

namespace SecLake.Tests.Help;

/// <summary>The markdown reader refuses help that breaks the layout, saying where; canonical files read and write back unchanged.</summary>
public class HelpBuilderTests
{
    private const string Yaml = "```yaml\nType: System.String\nDefaultValue: None\nSupportsWildcards: false\nAliases: []\nParameterSets:\n- Name: (All)\n  Position: 0\n  IsRequired: true\n  ValueFromPipeline: true\n  ValueFromPipelineByPropertyName: false\n  ValueFromRemainingArguments: false\nDontShow: false\nAcceptedValues: []\nHelpMessage: ''\n```";

    private static string File(string parameters = "### -Name\n\nThe name.\n\n" + Yaml + "\n", string extraSection = "") =>
        "# Get-Thing\n\n## SYNOPSIS\n\nGets things.\n\n## SYNTAX\n\n## DESCRIPTION\n\nLong text.\n\n" + extraSection +
        "## EXAMPLES\n\n### Example 1: One\n\n```powershell\nGet-Thing a\n```\n\nGets a.\n\n## PARAMETERS\n\n" + parameters +
        "\n## INPUTS\n\n### System.String\n\nA name.\n\n## OUTPUTS\n\n### None\n\n## NOTES\n\n## RELATED LINKS\n\n- [about_Thing](about_Thing.md)\n";

    private static CommandHelp Read(string text) => CommandMarkdownReader.Read(MarkdownDocument.Parse(text, "Get-Thing.md"));

    [Fact]
    public void Reads_every_section_of_a_well_formed_file()
    {
        var help = Read(File());

        Assert.Equal("Get-Thing", help.Name);
        Assert.Equal("Gets things.", Assert.Single(help.Synopsis).Text);
        var parameter = Assert.Single(help.Parameters);
        Assert.Equal(("Name", "System.String", "0", true, true), (parameter.Name, parameter.Type, parameter.PrimarySet.Position, parameter.PrimarySet.IsRequired, parameter.PrimarySet.ValueFromPipeline));
        Assert.Equal("True (ByValue)", parameter.PrimarySet.PipelineInputText);
        Assert.Equal("Get-Thing a", Assert.Single(help.Examples).Code);
        Assert.Equal(new LinkHelp("about_Thing", "about_Thing.md"), Assert.Single(help.RelatedLinks));
    }

    [Theory]
    [InlineData("## NOTES\n\n", "(15): ", "'## EXAMPLES' is out of order")]
    [InlineData("## BACKGROUND\n\n", "(13): ", "Unknown section '## BACKGROUND'")]
    public void Refuses_sections_out_of_order_or_unknown_naming_the_line(string extraSection, string line, string message)
    {
        var error = Assert.Throws<HelpFormatException>(() => Read(File(extraSection: extraSection)));
        Assert.Contains("Get-Thing.md" + line, error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Refuses_a_parameter_without_its_yaml_block_and_a_missing_section()
    {
        Assert.Contains("ends with its ```yaml metadata block", Assert.Throws<HelpFormatException>(() => Read(File("### -Name\n\nThe name.\n"))).Message);
        Assert.Contains("unknown yaml key 'Typ'", Assert.Throws<HelpFormatException>(() => Read(File("### -Name\n\nThe name.\n\n" + Yaml.Replace("Type:", "Typ:") + "\n"))).Message);
        Assert.Contains("Missing section(s): ## NOTES", Assert.Throws<HelpFormatException>(() => Read(File().Replace("## NOTES\n\n", ""))).Message);
        Assert.Contains("not closed", Assert.Throws<HelpFormatException>(() => Read(File() + "```powershell\nGet-Thing\n")).Message);
    }

    [Fact]
    public void Every_help_file_is_in_the_canonical_form_the_writer_produces()
    {
        foreach (var (path, help) in HelpFixture.Sources.Files)
            Assert.True(System.IO.File.ReadAllText(path) == CommandMarkdownWriter.Write(help), $"{Path.GetFileName(path)} does not read and write back unchanged");
    }

    [Theory]
    [InlineData("System.String", "string")]
    [InlineData("System.String[]", "string[]")]
    [InlineData("System.Collections.Hashtable[]", "hashtable[]")]
    [InlineData("SecLake.Qldb.QldbLedger", "QldbLedger")]
    public void Syntax_uses_the_short_type_names_of_Get_Command(string type, string expected) =>
        Assert.Equal(expected, SyntaxBuilder.FriendlyTypeName(type));
}
