using System.Xml.Linq;
using SecLake.HelpBuilder;
using SecLake.HelpBuilder.Maml;
using SecLake.Tests.Support;

namespace SecLake.Tests.Help;

/// <summary>docs/help read once, and compiled to MAML in memory exactly as the build does.</summary>
public static class HelpFixture
{
    private static readonly Lazy<HelpSources> LazySources = new(() => HelpSources.Load(RepoFiles.HelpSources));
    private static readonly Lazy<XDocument> LazyMaml = new(() => Sources.Maml());

    public static HelpSources Sources => LazySources.Value;
    public static XDocument Maml => LazyMaml.Value;

    public static readonly XNamespace MamlNs = MamlWriter.Maml;
    public static readonly XNamespace CommandNs = MamlWriter.Command;
    public static readonly XNamespace DevNs = MamlWriter.Dev;

    /// <summary>Every cmdlet the module exports, from the manifest and from the built assembly (they must agree elsewhere).</summary>
    public static IEnumerable<object[]> ExportedCmdlets =>
        RepoFiles.ExportedCmdlets.Union(CmdletMetadata.All.Select(c => c.Name)).OrderBy(n => n).Select(n => new object[] { n });

    /// <summary>The command:command element of <paramref name="cmdlet"/>, or null.</summary>
    public static XElement? MamlCommand(string cmdlet) =>
        Maml.Root!.Elements(CommandNs + "command")
            .FirstOrDefault(c => (string?)c.Element(CommandNs + "details")?.Element(CommandNs + "name") == cmdlet);

    /// <summary>The text of an element's maml:para children, joined.</summary>
    public static string Paragraphs(XElement? element) =>
        element == null ? "" : string.Join("\n", element.Elements(MamlNs + "para").Select(p => p.Value)).Trim();
}
