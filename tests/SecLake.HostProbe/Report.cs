using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace SecLake.HostProbe;

/// <summary>What the probe saw: each step's outcome and the assemblies loaded at the end.</summary>
public sealed class Report
{
    public List<StepResult> Steps { get; } = new();
    public List<LoadedAssembly> Assemblies { get; set; } = new();
}

/// <summary>One step: whether it worked, its error (innermost message), and what it observed.</summary>
public sealed class StepResult
{
    public string Step { get; set; } = "";
    public bool Ok { get; set; }
    public string? Error { get; set; }
    public Dictionary<string, object?> Facts { get; } = new();
}

/// <summary>An assembly in the process: identity, file version, file, and the load context holding it.</summary>
public sealed record LoadedAssembly(string Name, string? Version, string? FileVersion, string? Location, string? Context)
{
    public static LoadedAssembly Of(Assembly assembly)
    {
        var name = assembly.GetName();
        var location = assembly.IsDynamic ? null : assembly.Location;
        var fileVersion = string.IsNullOrEmpty(location) ? null : FileVersionInfo.GetVersionInfo(location).FileVersion;
        return new LoadedAssembly(name.Name ?? "", name.Version?.ToString(), fileVersion, location, AssemblyLoadContext.GetLoadContext(assembly)?.Name);
    }

    /// <summary>The assemblies the isolation tests care about (SecLake's, the AWS SDK's, the shared back-ports).</summary>
    public static List<LoadedAssembly> Snapshot() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => IsInteresting(a.GetName().Name))
            .Select(Of)
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();

    private static bool IsInteresting(string? name) =>
        name != null && (name.StartsWith("AWSSDK.", StringComparison.Ordinal) || name.StartsWith("SecLake", StringComparison.Ordinal) ||
                         name is "System.Text.Json" or "System.Memory" or "Microsoft.Bcl.AsyncInterfaces" or "System.Management.Automation");
}
