using System.Xml.Linq;
using SecLake.HelpBuilder.Markdown;
using SecLake.HelpBuilder.Model;

namespace SecLake.HelpBuilder.Maml;

/// <summary>
/// Writes the MAML file Get-Help reads for a binary module's cmdlets (en-US/&lt;Assembly&gt;.dll-Help.xml):
/// helpItems / command:command with details, description, syntax, parameters, inputTypes, returnValues, alertSet,
/// examples and relatedLinks, in the element order PowerShell's help reader expects.
/// </summary>
public static class MamlWriter
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    public static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";

    public static XDocument Write(IEnumerable<CommandHelp> commands) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems",
                new XAttribute("schema", "maml"),
                new XAttribute(XNamespace.Xmlns + "maml", Maml),
                new XAttribute(XNamespace.Xmlns + "command", Command),
                new XAttribute(XNamespace.Xmlns + "dev", Dev),
                new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelp),
                commands.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(CommandElement)));

    private static XElement CommandElement(CommandHelp help) =>
        new(Command + "command",
            new XElement(Command + "details",
                new XElement(Command + "name", help.Name),
                new XElement(Command + "verb", help.Verb),
                new XElement(Command + "noun", help.Noun),
                Description(help.Synopsis)),
            Description(help.Description),
            new XElement(Command + "syntax",
                SyntaxBuilder.Build(help).Select(item =>
                    new XElement(Command + "syntaxItem",
                        new XElement(Maml + "name", help.Name),
                        item.Parameters.Select(m => ParameterElement(m.Parameter, m.Set, inSyntax: true))))),
            new XElement(Command + "parameters",
                help.Parameters.Select(p => ParameterElement(p, p.PrimarySet, inSyntax: false))),
            new XElement(Command + "inputTypes", help.Inputs.Select(t => TypeElement("inputType", t))),
            new XElement(Command + "returnValues", help.Outputs.Select(t => TypeElement("returnValue", t))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(help.Notes))),
            new XElement(Command + "examples", help.Examples.Select(ExampleElement)),
            new XElement(Command + "relatedLinks", help.RelatedLinks.Prepend(OnlineVersion(help.Name)).Select(LinkElement)));

    /// <summary>
    /// Where this help lives on the web (the module's ProjectUri), first among the links as Get-Help -Online expects.
    /// </summary>
    public const string OnlineHelpBase = "https://github.com/seclake/seclake/blob/main/docs/help/";

    private static LinkHelp OnlineVersion(string command) => new("Online Version:", OnlineHelpBase + command + ".md");

    private static XElement ParameterElement(ParameterHelp p, ParameterSetHelp set, bool inSyntax)
    {
        var element = new XElement(Command + "parameter",
            new XAttribute("required", Bool(set.IsRequired)),
            new XAttribute("variableLength", Bool(p.Type.EndsWith("[]", StringComparison.Ordinal))),
            new XAttribute("globbing", Bool(p.SupportsWildcards)),
            new XAttribute("pipelineInput", set.PipelineInputText),
            new XAttribute("position", set.PositionNumber?.ToString() ?? "named"),
            new XAttribute("aliases", p.Aliases.Count == 0 ? "none" : string.Join(", ", p.Aliases)),
            new XElement(Maml + "name", p.Name));
        if (!inSyntax) element.Add(Description(p.Description));
        if (p.AcceptedValues.Count > 0)
        {
            element.Add(new XElement(Command + "parameterValueGroup",
                p.AcceptedValues.Select(v => new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute("variableLength", "false"), v))));
        }
        // A switch shows as [-Wait] in syntax, and as "-Wait [<SwitchParameter>]" in the parameter list.
        if (!p.IsSwitch || !inSyntax)
        {
            element.Add(new XElement(Command + "parameterValue",
                new XAttribute("required", Bool(!p.IsSwitch)),
                new XAttribute("variableLength", Bool(p.Type.EndsWith("[]", StringComparison.Ordinal))),
                p.IsSwitch ? "SwitchParameter" : SyntaxBuilder.FriendlyTypeName(p.Type)));
        }
        element.Add(new XElement(Dev + "type", new XElement(Maml + "name", p.Type), new XElement(Maml + "uri")));
        element.Add(new XElement(Dev + "defaultValue", p.DefaultValue));
        return element;
    }

    private static XElement TypeElement(string name, TypeHelp type) =>
        new(Command + name,
            new XElement(Dev + "type", new XElement(Maml + "name", type.TypeName)),
            Description(type.Description));

    private static XElement ExampleElement(ExampleHelp example) =>
        new(Command + "example",
            new XElement(Maml + "title", $"---------- {example.Title} ----------"),
            new XElement(Dev + "code", example.Code),
            new XElement(Dev + "remarks", Paragraphs(example.Remarks)));

    private static XElement LinkElement(LinkHelp link) =>
        new(Maml + "navigationLink",
            new XElement(Maml + "linkText", link.Text),
            new XElement(Maml + "uri", PlainText.IsWebUri(link.Uri) ? link.Uri : ""));

    private static XElement Description(IEnumerable<TextBlock> blocks) => new(Maml + "description", Paragraphs(blocks));

    private static IEnumerable<XElement> Paragraphs(IEnumerable<TextBlock> blocks) =>
        blocks.Select(b => new XElement(Maml + "para", PlainText.Block(b)));

    private static string Bool(bool value) => value ? "true" : "false";
}
