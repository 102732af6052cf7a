using System.Management.Automation;
using SecLake.PowerShell.Loading;

namespace SecLake.PowerShell
{
    /// <summary>
    /// Runs when PowerShell imports SecLake.dll. It only registers the resolver that loads SecLake's dependencies
    /// (SecLake.Core, the AWS SDK) from the module's deps/ folder in isolation from other modules' copies; nothing is
    /// loaded or read until a cmdlet first needs SecLake.Core. This class must never name a SecLake.Core type: PowerShell
    /// instantiates it before that assembly can be resolved.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport() => DependencyResolver.Attach();

        public void OnRemove(PSModuleInfo psModuleInfo) => DependencyResolver.Detach();
    }
}
