using System.Reflection;
using System.Runtime.Loader;

namespace SecLake.Tests.Isolation.Support;

/// <summary>
/// A collectible load context holding SecLake.dll and PowerShell's API surface that records every assembly name it is
/// asked for, and satisfies the module's own dependencies from the laid-out deps/ folder: what the import-load tests
/// watch to see which assemblies each import step needs.
/// </summary>
public sealed class RecordingLoadContext() : AssemblyLoadContext("import-probe", isCollectible: true), IDisposable
{
    public List<string> Requested { get; } = new();

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        lock (Requested) Requested.Add(assemblyName.Name!);
        if (assemblyName.Name == "System.Management.Automation") return LoadFromAssemblyPath(IsolationAssets.AutomationReference);
        var shipped = Path.Combine(IsolationAssets.DepsDirectory, assemblyName.Name + ".dll");
        return assemblyName.Name!.StartsWith("AWSSDK.", StringComparison.Ordinal) || assemblyName.Name.StartsWith("SecLake", StringComparison.Ordinal)
            ? (File.Exists(shipped) ? LoadFromAssemblyPath(shipped) : null)
            : null;
    }

    public void Dispose() => Unload();
}
