using System.Management.Automation;
using SecLake.PowerShell.Loading;

namespace SecLake.PowerShell;

/// <summary>
/// Runs when PowerShell imports SecLake.dll. It loads SecLake.Contracts (the types scripts name) and registers the
/// resolver that loads SecLake's other dependencies (SecLake.Core, the AWS SDK) from the module's deps/ folder in
/// isolation from other modules' copies; nothing of those is loaded or read until a cmdlet first needs SecLake.Core.
/// This class must never name a SecLake.Core type: PowerShell instantiates it before that assembly can be resolved.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    public void OnImport()
    {
        // Loaded now, through SecLake.dll's own reference, so that a script can name its types ([SecLake.ErrorKind],
        // catch [SecLake.Qldb.ResourceNotFoundException]) from the import on, and so that it is in place before the
        // resolver exists: SecLake.Core's reference to it must find this copy, never ask the resolver for another.
        _ = SharedAssemblies.Contracts;
        DependencyResolver.Attach();
    }

    public void OnRemove(PSModuleInfo psModuleInfo) => DependencyResolver.Detach();
}
