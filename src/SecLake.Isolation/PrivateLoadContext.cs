using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace SecLake.Isolation;

/// <summary>
/// SecLake's own load context, rooted at the module's deps/ folder: SecLake.Core and the AWS SDK resolve here, so
/// an AWSSDK.Core another module loaded into the default context (AWS.Tools) neither breaks SecLake nor is broken
/// by it. SecLake.Contracts, the types scripts name, is the exception: SecLake.Core binds the default context's
/// copy. Not collectible: SecLake.dll, which lives in the default context and cannot unload, holds its types.
/// </summary>
public sealed class PrivateLoadContext : AssemblyLoadContext
{
    private readonly PlatformAssemblies _platform;

    internal PrivateLoadContext(string dependencyDirectory, PlatformAssemblies platform, string? readyToRunFolder)
        : base("SecLake", isCollectible: false)
    {
        DependencyDirectory = dependencyDirectory;
        _platform = platform;
        ReadyToRunDirectory = readyToRunFolder == null ? null : Path.Combine(dependencyDirectory, readyToRunFolder);
    }

    /// <summary>The deps/ folder this context loads from.</summary>
    public string DependencyDirectory { get; }

    /// <summary>deps/&lt;runtime&gt;-&lt;rid&gt;/ for this process, whose precompiled copies are preferred (<see cref="ReadyToRunFolder"/>).</summary>
    public string? ReadyToRunDirectory { get; }

    /// <summary>
    /// Called for every assembly an assembly in this context references, before the default context is asked.
    /// Returning null hands the request to the default context (the runtime, PowerShell, netstandard.dll).
    /// </summary>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name != null && DependencyPolicy.IsShared(assemblyName.Name)) return FromDefaultContext(assemblyName.Name);
        var path = PathOf(assemblyName);
        return path != null && LoadsPrivately(assemblyName.Name!, path) ? LoadFromAssemblyPath(path) : null;
    }

    /// <summary>Whether <paramref name="simpleName"/> (a file in deps/) loads here rather than from the platform.</summary>
    internal bool LoadsPrivately(string simpleName, string path)
    {
        if (DependencyPolicy.IsShared(simpleName)) return false;
        if (DependencyPolicy.IsAlwaysPrivate(simpleName)) return true;
        var ours = AssemblyName.GetAssemblyName(path).Version;
        return !DependencyPolicy.PreferPlatform(simpleName, ours, _platform.VersionOf(simpleName));
    }

    /// <summary>
    /// The copy of a shared assembly SecLake.dll's own reference loaded into the default context (from beside
    /// SecLake.dll, on import); when there is none yet, null, which hands the request to the default context's
    /// binding, so the default context decides either way and this context never holds a copy of its own.
    /// </summary>
    private static Assembly? FromDefaultContext(string simpleName)
    {
        foreach (var assembly in Default.Assemblies)
        {
            if (string.Equals(assembly.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase)) return assembly;
        }
        return null;
    }

    private string? PathOf(AssemblyName assemblyName)
    {
        var name = assemblyName.Name;
        if (string.IsNullOrEmpty(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0) return null;
        var path = Path.Combine(DependencyDirectory, name + ".dll");
        return File.Exists(path) ? ReadyToRunFolder.Choose(path, ReadyToRunDirectory) : null;
    }
}
