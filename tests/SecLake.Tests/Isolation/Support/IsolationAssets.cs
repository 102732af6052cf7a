using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using SecLake.Tests.Support;

namespace SecLake.Tests.Isolation.Support;

/// <summary>
/// What Isolation.targets lays out beside the tests at build time: the module as out/SecLake is, other AWSSDK.Core
/// builds, and the path of the host probe.
/// </summary>
public static class IsolationAssets
{
    public const string Foreign37 = "3.7.501.1";
    public const string Foreign40 = "4.0.102.10";
    public const string ForeignSecurityToken = "4.0.5.1";

    /// <summary>The file version of the AWSSDK.Core SecLake ships: the central pin in Directory.Packages.props, four-part.</summary>
    public static string ShippedSdkFileVersion { get; } = ReadShippedSdkFileVersion();

    private static string ReadShippedSdkFileVersion()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepoFiles.Root, "Directory.Packages.props"));
        var pin = props.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == "AWSSDK.Core").Attribute("Version")!.Value;
        var version = Version.Parse(pin);
        return new Version(version.Major, version.Minor, Math.Max(version.Build, 0), Math.Max(version.Revision, 0)).ToString();
    }

    public static string Root => Path.Combine(AppContext.BaseDirectory, "isolation");
    public static string ModuleDirectory => Path.Combine(Root, "module", "SecLake");
    public static string ModuleAssembly => Path.Combine(ModuleDirectory, "SecLake.dll");
    public static string DepsDirectory => Path.Combine(ModuleDirectory, "deps");
    public static string HostProbe => File.ReadAllText(Path.Combine(Root, "host-probe.txt")).Trim();

    /// <summary>AWSSDK.Core.dll of another build (3.7.501.1 as AWS.Tools 4 carries, 4.0.102.10 as AWS.Tools 5 might).</summary>
    public static string ForeignSdkCore(string version) => Path.Combine(Root, "foreign", "AWSSDK.Core-" + version, "AWSSDK.Core.dll");

    /// <summary>Another module's AWSSDK.SecurityToken.dll (4.0.5.1, assembly 4.0.0.0 like ours).</summary>
    public static string ForeignSecurityTokenAssembly => Path.Combine(Root, "foreign", "AWSSDK.SecurityToken-" + ForeignSecurityToken, "AWSSDK.SecurityToken.dll");

    /// <summary>PowerShell's API surface (PowerShellStandard.Library), copied beside the tests by SecLake.Tests.csproj.</summary>
    public static string AutomationReference => Path.Combine(AppContext.BaseDirectory, "psref", "System.Management.Automation.dll");

    /// <summary>The names of the assemblies <paramref name="path"/> references, read from metadata (nothing loaded).</summary>
    public static IReadOnlyList<string> ReferencedAssemblies(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }
}
