using System.Xml;
using SecLake.HelpBuilder.About;
using SecLake.HelpBuilder.Maml;
using SecLake.HelpBuilder.Markdown;
using SecLake.HelpBuilder.Model;

namespace SecLake.HelpBuilder;

/// <summary>
/// The help sources in one folder (docs/help): cmdlet files (Verb-Noun.md), about topics (about_*.md) and, under
/// shared/, text shared by many cmdlets (the common AWS parameters). Compiles them into what Get-Help reads.
/// </summary>
public sealed class HelpSources
{
    public const string MamlFileName = "SecLake.dll-Help.xml";
    public const string SharedParametersFile = "shared/CommonParameters.md";

    /// <summary>How to write help, for contributors; not a help topic.</summary>
    public const string ReadmeFileName = "README.md";

    private HelpSources(string directory, List<CommandHelp> commands, List<AboutTopic> aboutTopics, List<(string Path, CommandHelp Help)> files)
    {
        Directory = directory;
        Commands = commands;
        AboutTopics = aboutTopics;
        Files = files;
    }

    public string Directory { get; }
    public IReadOnlyList<CommandHelp> Commands { get; }
    public IReadOnlyList<AboutTopic> AboutTopics { get; }
    public IReadOnlyList<(string Path, CommandHelp Help)> Files { get; }

    public static HelpSources Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory)) throw new DirectoryNotFoundException($"No help sources in {directory}.");
        var markdown = System.IO.Directory.GetFiles(directory, "*.md")
            .Where(f => !string.Equals(Path.GetFileName(f), ReadmeFileName, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        var about = markdown.Where(IsAboutTopic).Select(AboutTopic.Read).ToList();
        var files = markdown.Where(f => !IsAboutTopic(f)).Select(f => (Path: f, Help: CommandMarkdownReader.Read(f))).ToList();
        foreach (var (path, help) in files)
        {
            var expected = help.Name + ".md";
            if (!string.Equals(System.IO.Path.GetFileName(path), expected, StringComparison.Ordinal))
                throw new HelpFormatException(path, 1, $"The help of {help.Name} belongs in {expected}.");
        }
        return new HelpSources(directory, files.Select(f => f.Help).ToList(), about, files);
    }

    /// <summary>
    /// The descriptions of parameters documented once for every cmdlet that has them (-Region, -ProfileName, ...,
    /// -WhatIf, -Confirm), keyed by parameter name: "### -Name" sections holding prose only.
    /// </summary>
    public IReadOnlyDictionary<string, List<TextBlock>> SharedParameters()
    {
        var path = Path.Combine(Directory, SharedParametersFile);
        var shared = new Dictionary<string, List<TextBlock>>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path)) return shared;
        var document = MarkdownDocument.Parse(File.ReadAllText(path), path);
        foreach (var section in document.Root.Children.SelectMany(c => c.Children).SelectMany(c => c.Children))
        {
            if (!section.Title.StartsWith("-", StringComparison.Ordinal) || section.Blocks.Count == 0)
                throw new HelpFormatException(path, section.Line, "Shared parameters are '### -Name' sections with a description.");
            shared[section.Title.Substring(1)] = section.Blocks.ToList();
        }
        return shared;
    }

    public System.Xml.Linq.XDocument Maml() => MamlWriter.Write(Commands);

    /// <summary>Writes SecLake.dll-Help.xml and every about_*.help.txt into <paramref name="outputDirectory"/>; returns the paths.</summary>
    public IReadOnlyList<string> WriteTo(string outputDirectory)
    {
        System.IO.Directory.CreateDirectory(outputDirectory);
        // The folder holds only what this writes: clear earlier output so a renamed topic leaves nothing stale.
        foreach (var stale in System.IO.Directory.GetFiles(outputDirectory, "*-Help.xml").Concat(System.IO.Directory.GetFiles(outputDirectory, "about_*.help.txt")))
            File.Delete(stale);
        var written = new List<string>();
        var mamlPath = Path.Combine(outputDirectory, MamlFileName);
        using (var writer = XmlWriter.Create(mamlPath, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            Maml().Save(writer);
        }
        written.Add(mamlPath);
        foreach (var topic in AboutTopics)
        {
            var aboutPath = Path.Combine(outputDirectory, topic.Name + ".help.txt");
            File.WriteAllText(aboutPath, topic.ToHelpText(), new System.Text.UTF8Encoding(false));
            written.Add(aboutPath);
        }
        return written;
    }

    private static bool IsAboutTopic(string path) => Path.GetFileName(path).StartsWith("about_", StringComparison.Ordinal);
}
