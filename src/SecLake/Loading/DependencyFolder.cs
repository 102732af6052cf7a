using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace SecLake.PowerShell.Loading;

/// <summary>
/// The module's deps/ folder (beside SecLake.dll): SecLake.Core, the AWS SDK and their netstandard2.0 dependencies.
/// Read lazily, on the first assembly request the loader sees, never at import.
/// </summary>
internal sealed class DependencyFolder
{
    public const string FolderName = "deps";

    private readonly Lazy<Dictionary<string, Shipped>> _index;

    public DependencyFolder(string directory)
    {
        Directory = directory;
        _index = new Lazy<Dictionary<string, Shipped>>(ReadIndex);
    }

    /// <summary>The folder, e.g. ~/Documents/PowerShell/Modules/SecLake/0.1.0/deps.</summary>
    public string Directory { get; }

    /// <summary>The deps/ folder of the module <paramref name="moduleAssembly"/> was loaded from; null when it has no location.</summary>
    public static DependencyFolder? Beside(Assembly moduleAssembly)
    {
        var location = moduleAssembly.Location;
        return string.IsNullOrEmpty(location) ? null : new DependencyFolder(Path.Combine(Path.GetDirectoryName(location)!, FolderName));
    }

    /// <summary>The shipped assembly named <paramref name="simpleName"/>, if deps/ holds one.</summary>
    public bool TryGet(string? simpleName, out Shipped shipped)
    {
        shipped = default;
        return !string.IsNullOrEmpty(simpleName) && _index.Value.TryGetValue(simpleName!, out shipped);
    }

    private Dictionary<string, Shipped> ReadIndex()
    {
        var index = new Dictionary<string, Shipped>(StringComparer.OrdinalIgnoreCase);
        if (!System.IO.Directory.Exists(Directory)) return index;
        foreach (var path in System.IO.Directory.GetFiles(Directory, "*.dll"))
        {
            try
            {
                // Metadata only: nothing is loaded here.
                var name = AssemblyName.GetAssemblyName(path);
                if (name.Name != null) index[name.Name] = new Shipped(path, name);
            }
            catch (BadImageFormatException)
            {
                // Not a managed assembly; nothing to resolve from it.
            }
        }
        return index;
    }

    /// <summary>One assembly in deps/: where it is and its identity (version, public key token).</summary>
    internal readonly struct Shipped
    {
        public Shipped(string path, AssemblyName name)
        {
            Path = path;
            Name = name;
        }

        public string Path { get; }
        public AssemblyName Name { get; }
    }
}
