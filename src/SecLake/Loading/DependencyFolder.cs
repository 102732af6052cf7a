using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace SecLake.PowerShell.Loading;

/// <summary>
/// The module's deps/ folder (beside SecLake.dll): SecLake.Core, the AWS SDK and their netstandard2.0 dependencies.
/// Each file is named after its assembly (as the private load context also expects), so a request reads at most the
/// one file of its name, on the first assembly request the loader sees, never at import.
/// </summary>
internal sealed class DependencyFolder
{
    public const string FolderName = "deps";

    private static readonly char[] NotInFileNames = Path.GetInvalidFileNameChars();

    // What each requested name turned out to be (null: deps/ ships no such assembly), so a file is read at most once.
    private readonly Dictionary<string, Shipped?> _byName = new Dictionary<string, Shipped?>(StringComparer.OrdinalIgnoreCase);

    public DependencyFolder(string directory) => Directory = directory;

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
        if (string.IsNullOrEmpty(simpleName) || simpleName!.IndexOfAny(NotInFileNames) >= 0) return false;
        Shipped? found;
        lock (_byName)
        {
            if (!_byName.TryGetValue(simpleName, out found)) _byName[simpleName] = found = Read(simpleName);
        }
        if (found == null) return false;
        shipped = found.Value;
        return true;
    }

    private Shipped? Read(string simpleName)
    {
        var path = Path.Combine(Directory, simpleName + ".dll");
        if (!File.Exists(path)) return null;
        try
        {
            // Metadata only: nothing is loaded here.
            var name = AssemblyName.GetAssemblyName(path);
            return string.Equals(name.Name, simpleName, StringComparison.OrdinalIgnoreCase) ? new Shipped(path, name) : null;
        }
        catch (BadImageFormatException)
        {
            // Not a managed assembly; nothing to resolve from it.
            return null;
        }
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
