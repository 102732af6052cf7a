using System.Reflection;
using System.Runtime.InteropServices;

namespace SecLake.Tests.Support;

/// <summary>
/// The built SecLake.dll read with MetadataLoadContext (never loaded for execution: no PowerShell here), resolved
/// against PowerShell's reference System.Management.Automation.dll and the runtime's own assemblies.
/// </summary>
public static class BuiltModule
{
    private static readonly Lazy<(MetadataLoadContext Context, Assembly Module)> Loaded = new(Load);

    public static Assembly Assembly => Loaded.Value.Module;

    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "SecLake.dll");

    public static Type SmaType(string fullName) =>
        Loaded.Value.Context.LoadFromAssemblyName("System.Management.Automation").GetType(fullName, throwOnError: true)!;

    /// <summary>Names of PowerShell's ErrorCategory members, from the reference assembly.</summary>
    public static IReadOnlySet<string> ErrorCategoryNames =>
        SmaType("System.Management.Automation.ErrorCategory").GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name).ToHashSet();

    private static (MetadataLoadContext, Assembly) Load()
    {
        var paths = new List<string>(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"))
        {
            Path.Combine(AppContext.BaseDirectory, "psref", "System.Management.Automation.dll"),
        };
        foreach (var dll in Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
        {
            var name = Path.GetFileName(dll);
            if (!paths.Any(p => Path.GetFileName(p).Equals(name, StringComparison.OrdinalIgnoreCase))) paths.Add(dll);
        }
        var context = new MetadataLoadContext(new PathAssemblyResolver(paths), "System.Private.CoreLib");
        return (context, context.LoadFromAssemblyPath(AssemblyPath));
    }
}
