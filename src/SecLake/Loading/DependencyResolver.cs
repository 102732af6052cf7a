using System;
using System.Reflection;

namespace SecLake.PowerShell.Loading;

/// <summary>
/// The one AppDomain.AssemblyResolve handler SecLake registers on import. Registering is all import does: the
/// handler runs only when the runtime fails to find an assembly, which for SecLake first happens when a cmdlet runs
/// and needs SecLake.Core. Only then is the deps/ folder read and the edition's loader created.
/// AppDomain.AssemblyResolve (rather than AssemblyLoadContext.Default.Resolving) because it exists on both
/// editions and in netstandard2.0; on .NET it is raised after the default context's own Resolving event.
/// </summary>
internal static class DependencyResolver
{
    private static readonly object Gate = new object();
    private static readonly Lazy<IDependencyLoader?> Loader = new Lazy<IDependencyLoader?>(CreateLoader);
    private static int _imports;

    /// <summary>True on .NET (PowerShell 7), false on .NET Framework (Windows PowerShell 5.1).</summary>
    public static bool HasLoadContexts { get; } = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext") != null;

    /// <summary>
    /// Called on every import (PowerShell calls the initializer again when a runspace imports the module anew);
    /// counted so that removing the module from one runspace keeps the handler for the others.
    /// </summary>
    public static void Attach()
    {
        lock (Gate)
        {
            if (_imports++ == 0) AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
        }
    }

    public static void Detach()
    {
        lock (Gate)
        {
            if (_imports == 0) return;
            if (--_imports == 0) AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;
        }
    }

    private static Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args) =>
        Loader.Value?.Resolve(new AssemblyName(args.Name), args.RequestingAssembly);

    private static IDependencyLoader? CreateLoader()
    {
        var module = typeof(DependencyResolver).Assembly;
        var folder = DependencyFolder.Beside(module);
        if (folder == null) return null;
        return HasLoadContexts
            ? new PrivateContextLoader(module, folder)
            : (IDependencyLoader)new SharedContextLoader(module, folder, SharedAssemblies.Contracts);
    }
}
