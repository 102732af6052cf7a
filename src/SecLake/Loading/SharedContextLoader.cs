using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace SecLake.PowerShell.Loading;

/// <summary>
/// Windows PowerShell 5.1 (.NET Framework, one shared load context): deps/ assemblies are loaded by exact file
/// (Assembly.LoadFile) when SecLake's own requests for them fail, so they sit beside another module's copies of the
/// same names instead of replacing or borrowing them. LoadFile, not LoadFrom: LoadFrom hands back an
/// already-loaded assembly of the same identity from anywhere (AWS.Tools 5's AWSSDK.Core is 4.0.0.0 too, but a
/// different build), LoadFile loads this file. Which requests are SecLake's: <see cref="FrameworkRequestRules"/>.
/// A file loaded with LoadFile binds its references through this handler, SecLake.Core's reference to
/// SecLake.Contracts included: that one is answered with the copy SecLake.dll loaded beside itself (the one scripts'
/// type names resolve to), never with a second copy, so both see the same types.
/// </summary>
internal sealed class SharedContextLoader : IDependencyLoader
{
    private readonly Assembly _module;
    private readonly DependencyFolder _folder;
    private readonly Assembly _contracts;
    private readonly Dictionary<string, Assembly> _loadedByName = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<Assembly> _loaded = new HashSet<Assembly>();

    /// <param name="module">SecLake.dll.</param>
    /// <param name="folder">Its deps/ folder.</param>
    /// <param name="contracts">SecLake.Contracts as SecLake.dll bound it.</param>
    public SharedContextLoader(Assembly module, DependencyFolder folder, Assembly contracts)
    {
        _module = module;
        _folder = folder;
        _contracts = contracts;
    }

    public Assembly? Resolve(AssemblyName requested, Assembly? requesting)
    {
        // Checked before deps/: a copy there (a stale install) would define look-alike types no script can name.
        var shared = SharedAssemblies.IsShared(requested.Name);
        DependencyFolder.Shipped shipped = default;
        if (!shared && !_folder.TryGet(requested.Name, out shipped)) return null;
        lock (_loaded)
        {
            var bySecLake = requesting != null && (ReferenceEquals(requesting, _module) || _loaded.Contains(requesting));
            if (shared) return FrameworkRequestRules.ShouldServe(requested, _contracts.GetName(), bySecLake) ? _contracts : null;
            if (!FrameworkRequestRules.ShouldServe(requested, shipped.Name, bySecLake)) return null;
            if (_loadedByName.TryGetValue(shipped.Name.Name!, out var loaded)) return loaded;
            try
            {
                loaded = Assembly.LoadFile(shipped.Path);
            }
            catch (Exception e)
            {
                throw new FileLoadException($"SecLake could not load {shipped.Path}: {e.Message}", requested.FullName, e);
            }
            _loadedByName[shipped.Name.Name!] = loaded;
            _loaded.Add(loaded);
            return loaded;
        }
    }
}
