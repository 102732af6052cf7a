using System.Text.RegularExpressions;

namespace SecLake.HelpBuilder.Metadata;

/// <summary>A module manifest's CmdletsToExport, written from the cmdlets a built assembly defines.</summary>
public static class ManifestExports
{
    private static readonly Regex Block = new(@"(?<indent>[ \t]*)CmdletsToExport(?<align>\s*)=\s*@\([^)]*\)", RegexOptions.CultureInvariant);

    /// <summary>The manifest text with its CmdletsToExport replaced by <paramref name="cmdlets"/>, one per line, ordinally sorted.</summary>
    public static string Write(string manifest, IEnumerable<string> cmdlets)
    {
        var match = Block.Match(manifest);
        if (!match.Success) throw new ArgumentException("The manifest has no CmdletsToExport = @(...) to write.");
        var indent = match.Groups["indent"].Value;
        var newline = manifest.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var items = cmdlets.Distinct().Order(StringComparer.Ordinal).Select(c => $"{indent}    '{c}'");
        var list = $"{indent}CmdletsToExport{match.Groups["align"].Value}= @({newline}{string.Join(newline, items)}{newline}{indent})";
        return manifest.Substring(0, match.Index) + list + manifest.Substring(match.Index + match.Length);
    }
}
