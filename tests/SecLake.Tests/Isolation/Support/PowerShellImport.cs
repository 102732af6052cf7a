using System.Reflection;

namespace SecLake.Tests.Isolation.Support;

/// <summary>
/// What PowerShell 7 does to a binary module's assembly, step by step, without PowerShell: used by the tests (against a
/// collectible load context) and by SecLake.HostProbe (in a fresh process) to see which assemblies each step loads.
/// Mirrors System.Management.Automation's InitialSessionState (PSSnapInHelpers.GetAssemblyTypes,
/// ExecuteModuleInitializer, AnalyzeModuleAssemblyWithReflection) and CommandMetadata.
/// </summary>
public sealed class PowerShellImport
{
    private readonly Assembly _module;
    private readonly Type _initializer;
    private readonly Type _cmdlet;
    private readonly Type _cmdletAttribute;
    private readonly Type _aliasAttribute;

    /// <param name="module">The module's assembly (SecLake.dll), already loaded.</param>
    /// <param name="automation">The System.Management.Automation the module binds to in the same context.</param>
    public PowerShellImport(Assembly module, Assembly automation)
    {
        _module = module;
        _initializer = automation.GetType("System.Management.Automation.IModuleAssemblyInitializer", throwOnError: true)!;
        _cmdlet = automation.GetType("System.Management.Automation.Cmdlet", throwOnError: true)!;
        _cmdletAttribute = automation.GetType("System.Management.Automation.CmdletAttribute", throwOnError: true)!;
        _aliasAttribute = automation.GetType("System.Management.Automation.AliasAttribute", throwOnError: true)!;
    }

    /// <summary>
    /// Import-Module's analysis: the public, concrete, non-value types; every IModuleAssemblyInitializer found on
    /// the way is created and its OnImport run (when <paramref name="runInitializers"/>) during the same pass that
    /// loads the types before it; then each type with a default constructor is checked for being a cmdlet, and its
    /// CmdletAttribute and AliasAttribute are read (only those: attributes of other types are not instantiated).
    /// </summary>
    /// <returns>The exported cmdlet names ("Verb-Noun") and the initializer types found.</returns>
    public (IReadOnlyList<string> Cmdlets, IReadOnlyList<Type> Initializers) Import(bool runInitializers)
    {
        var types = _module.ExportedTypes.Where(t => !t.IsAbstract && !t.IsInterface && !t.IsValueType).ToList();
        var initializers = new List<Type>();
        foreach (var type in types)
        {
            if (!_initializer.IsAssignableFrom(type)) continue;
            initializers.Add(type);
            if (runInitializers) _initializer.GetMethod("OnImport")!.Invoke(Activator.CreateInstance(type, nonPublic: true), null);
        }

        var cmdlets = new List<string>();
        foreach (var type in types)
        {
            if (type.GetConstructor(Type.EmptyTypes) is null) continue;
            if (!type.IsSubclassOf(_cmdlet)) continue;
            if (type.GetCustomAttributes(_cmdletAttribute, inherit: false).FirstOrDefault() is null) continue;
            _ = type.GetCustomAttributes(_aliasAttribute, inherit: false);
            // The name from the attribute's constructor arguments: PowerShellStandard's System.Management.Automation
            // (what the tests run against) is an API surface whose property getters return nothing.
            var data = type.GetCustomAttributesData().First(d => d.AttributeType == _cmdletAttribute);
            cmdlets.Add(data.ConstructorArguments[0].Value + "-" + data.ConstructorArguments[1].Value);
        }
        return (cmdlets, initializers);
    }

    /// <summary>
    /// What PowerShell reads when a command's metadata is first needed (its first run, Get-Command -Syntax, Get-Help,
    /// tab completion): every attribute of the type ([OutputType(typeof(...))] included) and of each public property
    /// (parameter attributes, [ArgumentCompleter(typeof(...))]), and each property's type.
    /// </summary>
    public static void ReadCommandMetadata(Type cmdletType)
    {
        _ = cmdletType.GetCustomAttributes(inherit: true);
        foreach (var property in cmdletType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            _ = property.GetCustomAttributes(inherit: true);
            _ = property.PropertyType;
        }
    }
}
