using System;
using System.Reflection;

namespace SecLake.PowerShell.Loading;

/// <summary>
/// The assemblies that ship beside SecLake.dll rather than in deps/ and load normally, through SecLake.dll's own
/// reference, into the context PowerShell loaded SecLake.dll into (PowerShell 7: the default context; Windows
/// PowerShell 5.1: the LoadFrom context): SecLake.Contracts, the types scripts name. PowerShell resolves
/// <c>[SecLake.Qldb.QldbLedger]</c> or <c>catch [SecLake.Qldb.ResourceNotFoundException]</c> there and nowhere
/// else, so SecLake.Core (loaded privately) must bind this very copy: neither loader ever serves one from deps/.
/// </summary>
internal static class SharedAssemblies
{
    public const string ContractsName = "SecLake.Contracts";

    /// <summary>SecLake.Contracts as SecLake.dll binds it (the runtime finds it beside SecLake.dll; loads it on first use).</summary>
    public static Assembly Contracts => typeof(ErrorKind).Assembly;

    public static bool IsShared(string? simpleName) => string.Equals(simpleName, ContractsName, StringComparison.OrdinalIgnoreCase);
}
