using System.Xml;
using System.Xml.Linq;
using SecLake.HelpBuilder;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Help.HelpFixture;

namespace SecLake.Tests.Help;

/// <summary>The compiled MAML is well-formed and shaped the way PowerShell's help reader expects.</summary>
public class MamlStructureTests
{
    private static readonly string[] CommandChildren =
        { "details", "description", "syntax", "parameters", "inputTypes", "returnValues", "alertSet", "examples", "relatedLinks" };

    public static IEnumerable<object[]> Cmdlets => ExportedCmdlets;

    [Fact]
    public void The_written_file_is_well_formed_utf8_MAML_with_one_command_per_cmdlet()
    {
        var output = Directory.CreateTempSubdirectory("seclake-help-");
        try
        {
            var written = Sources.WriteTo(output.FullName);
            var path = Path.Combine(output.FullName, HelpSources.MamlFileName);
            Assert.Contains(path, written);

            var bytes = File.ReadAllBytes(path);
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no byte order mark");
            var document = new XmlDocument();
            document.Load(path);
            Assert.Equal("helpItems", document.DocumentElement!.LocalName);
            Assert.Equal("http://msh", document.DocumentElement.NamespaceURI);
            Assert.Equal("maml", document.DocumentElement.GetAttribute("schema"));

            var names = XDocument.Load(path).Root!.Elements(CommandNs + "command")
                .Select(c => c.Element(CommandNs + "details")!.Element(CommandNs + "name")!.Value).OrderBy(n => n);
            Assert.Equal(ExportedCmdlets.Select(c => (string)c[0]), names);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Each_command_has_the_MAML_sections_in_order_and_its_verb_and_noun(string cmdlet)
    {
        var command = MamlCommand(cmdlet)!;
        Assert.Equal(CommandChildren, command.Elements().Select(e => e.Name.LocalName));
        var details = command.Element(CommandNs + "details")!;
        Assert.Equal(cmdlet, details.Element(CommandNs + "verb")!.Value + "-" + details.Element(CommandNs + "noun")!.Value);
        Assert.All(command.Element(CommandNs + "examples")!.Elements(CommandNs + "example"), example =>
        {
            Assert.Equal(new[] { "title", "code", "remarks" }, example.Elements().Select(e => e.Name.LocalName));
            Assert.NotEmpty(example.Element(DevNs + "code")!.Value);
        });
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Each_parameter_set_has_a_syntax_item_with_its_parameters(string cmdlet)
    {
        var metadata = CmdletMetadata.Get(cmdlet);
        var sets = metadata.Parameters.Select(p => p.ParameterSet).Where(s => s != "__AllParameterSets").Distinct().ToList();
        var items = MamlCommand(cmdlet)!.Element(CommandNs + "syntax")!.Elements(CommandNs + "syntaxItem").ToList();
        Assert.Equal(Math.Max(1, sets.Count), items.Count);
        foreach (var item in items)
        {
            Assert.Equal(cmdlet, item.Element(MamlNs + "name")!.Value);
            var inItem = item.Elements(CommandNs + "parameter").ToDictionary(p => p.Element(MamlNs + "name")!.Value, p => (string)p.Attribute("required")! == "true");
            var shared = metadata.Parameters.Where(p => p.ParameterSet == "__AllParameterSets");
            Assert.All(shared, p => Assert.True(inItem.ContainsKey(p.Name), $"{cmdlet} syntax lacks -{p.Name}"));
            Assert.All(shared.Where(p => p.Mandatory), p => Assert.True(inItem[p.Name], $"{cmdlet} syntax shows mandatory -{p.Name} as optional"));
        }
    }

    [Fact]
    public void A_switch_has_no_value_in_syntax_and_a_set_lists_its_accepted_values()
    {
        var syntax = MamlCommand("New-QLDBLedger")!.Element(CommandNs + "syntax")!.Descendants(CommandNs + "parameter")
            .ToDictionary(p => p.Element(MamlNs + "name")!.Value);

        Assert.Null(syntax["Wait"].Element(CommandNs + "parameterValue"));
        Assert.Equal(new[] { "ALLOW_ALL", "STANDARD" }, syntax["PermissionsMode"].Element(CommandNs + "parameterValueGroup")!.Elements().Select(v => v.Value));
        Assert.Equal("string", syntax["Name"].Element(CommandNs + "parameterValue")!.Value);
    }
}
