using System;
using System.Collections.Concurrent;
using System.IO;
using System.Reflection;

namespace SecLake.Isolation;

/// <summary>
/// The way in from SecLake.dll, which reaches it through reflection (it targets netstandard2.0 and cannot
/// reference this assembly): <c>Load(depsFolder, "SecLake.Core, Version=...")</c>.
/// </summary>
public static class PrivateDependencies
{
    private static readonly ConcurrentDictionary<string, PrivateLoadContext> Contexts =
        new ConcurrentDictionary<string, PrivateLoadContext>(StringComparer.Ordinal);

    /// <summary>Loads <paramref name="assemblyName"/> into the private context of <paramref name="dependencyDirectory"/>.</summary>
    public static Assembly Load(string dependencyDirectory, string assemblyName) =>
        ContextFor(dependencyDirectory).LoadFromAssemblyName(new AssemblyName(assemblyName));

    /// <summary>The one context per deps/ folder in this process (created on first use).</summary>
    public static PrivateLoadContext ContextFor(string dependencyDirectory) =>
        Contexts.GetOrAdd(Path.GetFullPath(dependencyDirectory), directory => new PrivateLoadContext(directory, PlatformAssemblies.FromHost(), ReadyToRunFolder.Current));
}
