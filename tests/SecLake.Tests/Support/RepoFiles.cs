using System.Text.RegularExpressions;

namespace SecLake.Tests.Support;

/// <summary>Paths in the repository the tests read (help sources, manifest, changelog, API mapping) and the manifest's cmdlet list.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string HelpSources => Path.Combine(Root, "docs", "help");
    public static string Manifest => Path.Combine(Root, "SecLake.psd1");

    /// <summary>The manifest as the build lays it out (version, release notes and CmdletsToExport written).</summary>
    public static string LaidOutManifest => Path.Combine(Root, "out", "SecLake", "SecLake.psd1");
    public static string ApiMapping => Path.Combine(Root, "docs", "API-MAPPING.md");

    /// <summary>The steering folder beside the clone the contract copies come from, when it exists (CI has it).</summary>
    public static string SharedFolder => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The configuration the tests were built in (bin/Release/... or bin/Debug/...).</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";

    /// <summary>CmdletsToExport of the laid-out manifest, sorted ordinally: the one list of exported cmdlets tests compare against.</summary>
    public static IReadOnlyList<string> ExportedCmdlets => CmdletsToExport(File.ReadAllText(LaidOutManifest));

    public static IReadOnlyList<string> CmdletsToExport(string manifest)
    {
        var block = Regex.Match(manifest, @"CmdletsToExport\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
        return Regex.Matches(block, @"'([^']+)'").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Module.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Module.sln not found above the test output.");
    }
}
