using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SecLake.HelpBuilder;
using SecLake.Tests.Help;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Packaging;

/// <summary>
/// The .nupkg holds exactly the loadable module, at its root, with a nuspec carrying the manifest's metadata and the
/// CHANGELOG's release notes: what Install-PSResource / Install-Module need from a local repository folder.
/// </summary>
public class PackageTests : IClassFixture<PackageFixture>
{
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd";
    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    private static string Version => Regex.Match(File.ReadAllText(Path.Combine(RepoFiles.Root, "Directory.Build.props")), "<SecLakeVersion>([^<]+)</SecLakeVersion>").Groups[1].Value;

    private static string ManifestValue(string manifest, string key) => Regex.Match(manifest, $@"\b{key}\s*=\s*'([^']*)'").Groups[1].Value;

    private XElement Metadata => XDocument.Parse(_package.ReadText("SecLake.nuspec")).Root!.Element(Nuspec + "metadata")!;

    private string Meta(string name) => Metadata.Element(Nuspec + name)?.Value ?? "";

    /// <summary>SecLake.dll's runtime dependencies as publish resolved them (the deps.json), less SecLake.dll itself.</summary>
    private IEnumerable<string> RuntimeDependencies()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(_package.PublishDir, "SecLake.deps.json")));
        return deps.RootElement.GetProperty("targets").EnumerateObject().SelectMany(t => t.Value.EnumerateObject())
            .Where(library => library.Value.TryGetProperty("runtime", out _))
            .SelectMany(library => library.Value.GetProperty("runtime").EnumerateObject().Select(r => Path.GetFileName(r.Name)))
            .Where(file => file != "SecLake.dll")
            .Distinct()
            .ToList();
    }

    /// <summary>The precompiled sets (SecLake.csproj, ReadyToRunImageSet): PowerShell 7.4 (.NET 8) and 7.6 (.NET 10) by RID.</summary>
    private static readonly string[] ReadyToRunSets =
    {
        "net8.0-linux-x64", "net8.0-win-x64", "net8.0-osx-arm64", "net10.0-linux-x64", "net10.0-win-x64", "net10.0-osx-arm64",
    };

    /// <summary>What every command loads from deps/, precompiled in each set (SecLake.csproj, ReadyToRunAssembly).</summary>
    private static readonly string[] Precompiled = { "AWSSDK.Core.dll", "SecLake.Core.dll" };

    /// <summary>Dependencies that ship beside SecLake.dll and load normally: the types scripts name.</summary>
    private static readonly string[] SharedDependencies = { "SecLake.Contracts.dll" };

    [Fact]
    public void Holds_exactly_the_module_manifest_assemblies_formats_help_and_private_dependencies()
    {
        var expected = new List<string>
        {
            "SecLake.nuspec", "[Content_Types].xml",
            "SecLake.psd1", "SecLake.dll", "SecLake.format.ps1xml",
            "en-US/" + HelpSources.MamlFileName, "en-US/about_SecLake.help.txt",
            "en-US/about_SecLake_BulkWork.help.txt",
        };
        if (File.Exists(Path.Combine(RepoFiles.Root, "src", "SecLake.Isolation", "SecLake.Isolation.csproj"))) expected.Add("SecLake.Isolation.dll");
        Assert.Subset(RuntimeDependencies().ToHashSet(), SharedDependencies.ToHashSet());
        expected.AddRange(SharedDependencies);
        expected.AddRange(RuntimeDependencies().Except(SharedDependencies).Select(dll => "deps/" + dll));
        // PowerShell 7's precompiled copies of what every command loads from deps/: one set per runtime and RID.
        Assert.Subset(RuntimeDependencies().ToHashSet(), Precompiled.ToHashSet());
        foreach (var set in ReadyToRunSets) expected.AddRange(Precompiled.Select(dll => $"deps/{set}/{dll}"));

        Assert.Equal(expected.OrderBy(e => e, StringComparer.Ordinal), _package.Entries);
    }

    [Fact]
    public void The_runbook_zip_holds_the_same_module_in_a_folder_named_like_the_zip_and_its_manifest()
    {
        var module = _package.Entries.Where(e => e is not "SecLake.nuspec" and not "[Content_Types].xml").Select(e => "SecLake/" + e);

        Assert.Equal("SecLake.zip", Path.GetFileName(_package.RunbookPath));
        Assert.Contains("SecLake/SecLake.psd1", _package.RunbookEntries);
        Assert.Equal(module.OrderBy(e => e, StringComparer.Ordinal), _package.RunbookEntries);
    }

    [Fact]
    public void Holds_no_build_or_test_artifacts()
    {
        var forbidden = new Regex(@"\.(pdb|deps\.json|runtimeconfig\.json|nupkg|cs|csproj|md)$|(^|/)(obj|bin|tests?|docs)/|Tests?\b|Emulator|HostProbe|HelpBuilder|xunit|TestPlatform|System\.Management\.Automation\.dll|(SecLake|SecLake\.Core|SecLake\.Contracts|SecLake\.Isolation)\.xml$", RegexOptions.IgnoreCase);
        var artifacts = _package.Entries.Where(e => forbidden.IsMatch(e)).ToList();
        Assert.True(artifacts.Count == 0, "build or test artifacts in the package: " + string.Join(", ", artifacts));
    }

    [Fact]
    public void Is_laid_out_as_PSResourceGet_installs_it_from_a_local_repository()
    {
        Assert.Equal($"SecLake.{Version}.nupkg", Path.GetFileName(_package.PackagePath));
        Assert.Contains("SecLake.nuspec", _package.Entries);
        Assert.Contains("SecLake.psd1", _package.Entries);
        Assert.All(_package.Entries, e => Assert.False(e.Contains('\\') || e.StartsWith('/') || e.Contains(".."), e));
        Assert.Contains("Extension=\"psd1\"", _package.ReadText("[Content_Types].xml"));

        var manifest = _package.ReadText("SecLake.psd1");
        Assert.Equal(Version, ManifestValue(manifest, "ModuleVersion"));
        Assert.Contains(ManifestValue(manifest, "RootModule"), _package.Entries);
        var formats = Regex.Match(manifest, @"FormatsToProcess\s*=\s*@\(([^)]*)\)").Groups[1].Value;
        Assert.All(Regex.Matches(formats, "'([^']+)'").Select(m => m.Groups[1].Value), f => Assert.Contains(f, _package.Entries));
    }

    [Fact]
    public void The_nuspec_carries_the_manifests_metadata()
    {
        var manifest = File.ReadAllText(RepoFiles.Manifest);
        Assert.Equal("SecLake", Meta("id"));
        Assert.Equal(Version, Meta("version"));
        Assert.Equal(ManifestValue(manifest, "Description"), Meta("description"));
        Assert.Equal(ManifestValue(manifest, "Author"), Meta("authors"));
        Assert.Equal(ManifestValue(manifest, "LicenseUri"), Meta("licenseUrl"));
        Assert.Equal(ManifestValue(manifest, "ProjectUri"), Meta("projectUrl"));

        var tags = Meta("tags").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var manifestTags = Regex.Matches(Regex.Match(manifest, @"Tags\s*=\s*@\(([^)]*)\)").Groups[1].Value, "'([^']+)'").Select(m => m.Groups[1].Value);
        Assert.Empty(manifestTags.Concat(new[] { "PSModule", "PSIncludes_Cmdlet" }).Concat(RepoFiles.ExportedCmdlets.Select(c => "PSCmdlet_" + c)).Except(tags));
    }

    [Fact]
    public void The_release_notes_are_this_versions_CHANGELOG_section()
    {
        var changelog = File.ReadAllText(Path.Combine(RepoFiles.Root, "CHANGELOG.md")).Replace("\r\n", "\n");
        var section = Regex.Match(changelog, $@"(?s)## \[{Regex.Escape(Version)}\][^\n]*\n(.*?)(?=\n## |\z)").Groups[1].Value.Trim();
        Assert.NotEmpty(section);
        Assert.Equal(section, Meta("releaseNotes").Replace("\r\n", "\n").Trim());
    }

    [Fact]
    public void The_help_inside_is_what_the_help_sources_compile_to()
    {
        var compiled = Path.Combine(_package.Scratch, "help-now");
        HelpFixture.Sources.WriteTo(compiled);
        foreach (var file in Directory.GetFiles(compiled))
            Assert.True(File.ReadAllText(file) == _package.ReadText("en-US/" + Path.GetFileName(file)), $"the package's {Path.GetFileName(file)} differs from docs/help compiled now");
    }
}
