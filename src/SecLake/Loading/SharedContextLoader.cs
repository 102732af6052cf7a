using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace SecLake.PowerShell.Loading
{
    /// <summary>
    /// Windows PowerShell 5.1 (.NET Framework, one shared load context): deps/ assemblies are loaded by exact file
    /// (Assembly.LoadFile) when SecLake's own requests for them fail, so they sit beside another module's copies of the
    /// same names instead of replacing or borrowing them. LoadFile, not LoadFrom: LoadFrom hands back an
    /// already-loaded assembly of the same identity from anywhere (AWS.Tools 5's AWSSDK.Core is 4.0.0.0 too, but a
    /// different build), LoadFile loads this file. Which requests are SecLake's: <see cref="FrameworkRequestRules"/>.
    /// </summary>
    internal sealed class SharedContextLoader : IDependencyLoader
    {
        private readonly Assembly _module;
        private readonly DependencyFolder _folder;
        private readonly Dictionary<string, Assembly> _loadedByName = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<Assembly> _loaded = new HashSet<Assembly>();

        public SharedContextLoader(Assembly module, DependencyFolder folder)
        {
            _module = module;
            _folder = folder;
        }

        public Assembly? Resolve(AssemblyName requested, Assembly? requesting)
        {
            if (!_folder.TryGet(requested.Name, out var shipped)) return null;
            lock (_loaded)
            {
                var bySecLake = requesting != null && (ReferenceEquals(requesting, _module) || _loaded.Contains(requesting));
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
}
