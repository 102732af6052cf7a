using System;
using System.IO;
using System.Reflection;

namespace SecLake.PowerShell.Loading;

/// <summary>
/// PowerShell 7.4+ (.NET 8+): SecLake.dll's requests for what deps/ ships (in practice SecLake.Core) are answered
/// from SecLake's private AssemblyLoadContext, which then resolves SecLake.Core's own references (the AWS SDK,
/// System.Text.Json, ...) by itself, without asking this handler. The context lives in SecLake.Isolation.dll (net8.0;
/// this assembly is netstandard2.0 and cannot subclass AssemblyLoadContext), loaded from beside SecLake.dll on the
/// first request and reached through one reflected method.
/// </summary>
internal sealed class PrivateContextLoader : IDependencyLoader
{
    public const string IsolationAssemblyFile = "SecLake.Isolation.dll";
    private const string EntryType = "SecLake.Isolation.PrivateDependencies";
    private const string EntryMethod = "Load";

    private readonly Assembly _module;
    private readonly DependencyFolder _folder;
    private readonly Lazy<Func<string, string, Assembly>> _loadIntoPrivateContext;

    public PrivateContextLoader(Assembly module, DependencyFolder folder)
    {
        _module = module;
        _folder = folder;
        _loadIntoPrivateContext = new Lazy<Func<string, string, Assembly>>(BindEntryPoint);
    }

    public Assembly? Resolve(AssemblyName requested, Assembly? requesting)
    {
        // Only SecLake.dll's own references. Everything loaded in the private context resolves its references there;
        // requests from other modules (even for a name deps/ also has, like AWSSDK.Core) are none of our business.
        // SecLake.Contracts never comes from the private context, even were a copy in deps/: it belongs beside
        // SecLake.dll, in the default context, where scripts' type names resolve.
        if (!ReferenceEquals(requesting, _module) || SharedAssemblies.IsShared(requested.Name) || !_folder.TryGet(requested.Name, out _)) return null;
        try
        {
            return _loadIntoPrivateContext.Value(_folder.Directory, requested.FullName);
        }
        catch (Exception e)
        {
            throw new FileLoadException($"SecLake could not load {requested.Name} from {_folder.Directory} into its private load context: {e.Message}", requested.FullName, e);
        }
    }

    private Func<string, string, Assembly> BindEntryPoint()
    {
        var path = Path.Combine(Path.GetDirectoryName(_module.Location)!, IsolationAssemblyFile);
        // LoadFrom puts it in the default context; it references nothing but the runtime.
        var isolation = Assembly.LoadFrom(path);
        var method = isolation.GetType(EntryType, throwOnError: true)!
            .GetMethod(EntryMethod, BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(string), typeof(string) }, null)
            ?? throw new MissingMethodException(EntryType, EntryMethod);
        return (Func<string, string, Assembly>)Delegate.CreateDelegate(typeof(Func<string, string, Assembly>), method);
    }
}
