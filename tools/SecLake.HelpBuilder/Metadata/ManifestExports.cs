using System.Text.RegularExpressions;

namespace SecLake.HelpBuilder.Metadata;

/// <summary>A module manifest's CmdletsToExport, written from the cmdlets a built assembly defines.</summary>
public static class ManifestExports
{
    private static readonly Regex Block = new(@"(?<indent>[ \t]*)CmdletsToExport(?<align>\s*)=\s*@\([^)]*\)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The manifest text with its CmdletsToExport replaced by <paramref name="cmdlets"/>, ordinally sorted, on one line:
    /// PowerShell evaluates the manifest on every import, and a list spread over lines made pwsh 7.6 JIT-compile about
    /// 360 more of its own methods while importing SecLake (about 25 ms; tools/Measure-Performance.ps1 -Section Startup).
    /// </summary>
    public static string Write(string manifest, IEnumerable<string> cmdlets)
    {
        var match = Block.Match(manifest);
        if (!match.Success) throw new ArgumentException("The manifest has no CmdletsToExport = @(...) to write.");
        var indent = match.Groups["indent"].Value;
        var items = cmdlets.Distinct().Order(StringComparer.Ordinal).Select(c => $"'{c}'");
        var list = $"{indent}CmdletsToExport{match.Groups["align"].Value}= @({string.Join(", ", items)})";
        return manifest.Substring(0, match.Index) + list + manifest.Substring(match.Index + match.Length);
    }
}
