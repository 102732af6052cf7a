using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace SecLake.Isolation;

/// <summary>
/// The assemblies the host process was started with: the runtime's shared framework plus the host's own
/// dependencies (for pwsh, everything in $PSHOME listed in pwsh.deps.json). The runtime calls this list the
/// trusted platform assemblies; the default load context always binds these names from it.
/// </summary>
internal sealed class PlatformAssemblies
{
    private readonly Dictionary<string, string> _pathsByName;
    private readonly Dictionary<string, Version?> _versions = new Dictionary<string, Version?>(StringComparer.OrdinalIgnoreCase);

    internal PlatformAssemblies(IEnumerable<string> paths)
    {
        _pathsByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
        {
            if (path.Length == 0) continue;
            // The first entry wins, as it does for the runtime's own binder.
            _pathsByName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }
    }

    /// <summary>Reads the host's list once per load context (only when a dependency is first requested).</summary>
    public static PlatformAssemblies FromHost()
    {
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        return new PlatformAssemblies(list.Split(Path.PathSeparator));
    }

    /// <summary>The assembly version the platform has for <paramref name="simpleName"/>, or null when it has none.</summary>
    public Version? VersionOf(string simpleName)
    {
        lock (_versions)
        {
            if (_versions.TryGetValue(simpleName, out var known)) return known;
            Version? version = null;
            if (_pathsByName.TryGetValue(simpleName, out var path))
            {
                try
                {
                    // Reads the file's metadata only; nothing is loaded.
                    version = AssemblyName.GetAssemblyName(path).Version;
                }
                catch (Exception e) when (e is IOException || e is BadImageFormatException || e is UnauthorizedAccessException)
                {
                    version = null;
                }
            }
            _versions[simpleName] = version;
            return version;
        }
    }
}
