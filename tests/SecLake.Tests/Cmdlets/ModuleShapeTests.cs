using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Cmdlets;

public class ModuleShapeTests
{
    private static string RepoRoot => RepoFiles.Root;

    [Fact]
    public void Every_cmdlet_is_sealed_and_named_VerbNounCommand()
    {
        Assert.NotEmpty(CmdletMetadata.All);
        foreach (var cmdlet in CmdletMetadata.All)
        {
            Assert.True(cmdlet.Type.IsSealed, cmdlet.Name + " is not sealed");
            Assert.Equal(cmdlet.Name.Replace("-", "") + "Command", cmdlet.Type.Name);
        }
    }

    [Fact]
    public void The_laid_out_manifest_exports_exactly_the_cmdlets_the_assembly_defines()
    {
        Assert.Equal(CmdletMetadata.All.Select(c => c.Name).Order(StringComparer.Ordinal).ToList(), RepoFiles.ExportedCmdlets);
    }

    [Fact]
    public void The_source_manifest_leaves_CmdletsToExport_to_the_build()
    {
        // A hand-kept list would be one more file to edit per cmdlet, and could disagree with the assembly.
        Assert.Empty(RepoFiles.CmdletsToExport(File.ReadAllText(RepoFiles.Manifest)));
    }

    [Fact]
    public void The_manifest_version_is_the_one_stamped_in_Directory_Build_props()
    {
        var props = File.ReadAllText(Path.Combine(RepoRoot, "Directory.Build.props"));
        var version = Regex.Match(props, "<SecLakeVersion>([^<]+)</SecLakeVersion>").Groups[1].Value;
        var manifest = File.ReadAllText(Path.Combine(RepoRoot, "SecLake.psd1"));
        Assert.Equal(version, Regex.Match(manifest, @"ModuleVersion\s*=\s*'([^']+)'").Groups[1].Value);
        Assert.Equal(version + ".0", BuiltModule.Assembly.GetName().Version!.ToString());
    }

    [Fact]
    public void The_cmdlet_assembly_references_no_AWS_SDK_or_JSON_assembly()
    {
        // PowerShell loads SecLake.dll into its default context; any AWSSDK reference there would clash with AWS.Tools.
        using var stream = File.OpenRead(BuiltModule.AssemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
        Assert.Contains("SecLake.Core", references);
        Assert.DoesNotContain(references, r => r.StartsWith("AWSSDK", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("System.Text.Json", references);
    }
}
