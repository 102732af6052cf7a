using System.Text.RegularExpressions;

namespace SecLake.Tests.Support;

/// <summary>The repository's SecLake.psd1, the one list of exported cmdlets tests compare against.</summary>
public static class ModuleManifest
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Module.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Module.sln not found above the test output.");
        }
    }

    public static string Text => File.ReadAllText(Path.Combine(RepoRoot, "SecLake.psd1"));

    /// <summary>CmdletsToExport, sorted ordinally.</summary>
    public static IReadOnlyList<string> ExportedCmdlets
    {
        get
        {
            var block = Regex.Match(Text, @"CmdletsToExport\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
            return Regex.Matches(block, @"'([^']+)'").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        }
    }
}
