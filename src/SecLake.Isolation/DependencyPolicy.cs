using System;

namespace SecLake.Isolation;

/// <summary>
/// Which of the assemblies in SecLake's deps/ folder load into SecLake's private context and which come from the
/// platform (the default context's trusted platform assemblies: the .NET runtime and PowerShell's own files).
/// </summary>
internal static class DependencyPolicy
{
    /// <summary>The types scripts name (output objects, exceptions), shipped beside SecLake.dll rather than in deps/.</summary>
    public const string ContractsName = "SecLake.Contracts";

    /// <summary>
    /// SecLake.Contracts never loads privately: SecLake.dll loaded it into the default context, where PowerShell
    /// resolves the type names scripts write (<c>catch [SecLake.Qldb.ResourceNotFoundException]</c>), and SecLake.Core
    /// must create exactly those types. A private copy would define look-alike types no script can name.
    /// </summary>
    public static bool IsShared(string simpleName) =>
        string.Equals(simpleName, ContractsName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// SecLake.Core and the AWS SDK always load privately: they are why the context exists. Another module's
    /// AWSSDK.Core (AWS.Tools 4 carries assembly version 3.3.0.0, AWS.Tools 5 some 4.0.x build as 4.0.0.0) may sit
    /// in the default context, and a test host may even list one among its platform assemblies; neither may
    /// decide which SDK build SecLake runs on.
    /// </summary>
    public static bool IsAlwaysPrivate(string simpleName) =>
        !IsShared(simpleName) &&
        (simpleName.StartsWith("AWSSDK.", StringComparison.OrdinalIgnoreCase) ||
         simpleName.StartsWith("SecLake.", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Every other dependency (System.Memory, System.Buffers, System.Runtime.CompilerServices.Unsafe,
    /// System.Numerics.Vectors, System.Threading.Tasks.Extensions, System.Text.Json, System.Text.Encodings.Web,
    /// Microsoft.Bcl.AsyncInterfaces) is a netstandard2.0 back-port of something .NET itself ships. When the platform
    /// has it at our version or newer, the platform's copy is used: on .NET 8 the back-ported System.Memory 4.0.1.2
    /// must not define a second Span&lt;T&gt; beside CoreLib's (the platform's System.Memory forwards to CoreLib), and
    /// System.Text.Json 8.0 must hand its callers the same IAsyncEnumerable&lt;T&gt; and ValueTask types the runtime
    /// has. Binding a newer platform version is safe: these assemblies keep their API compatible across versions,
    /// and it is exactly what the default context would do for a module that is not isolated. When the platform's
    /// copy is older than ours (System.Text.Json 6.0 on .NET 6) or missing, ours loads privately, so whichever
    /// copy another module pushed into the default context never decides for us.
    /// </summary>
    public static bool PreferPlatform(string simpleName, Version? ours, Version? platform) =>
        !IsAlwaysPrivate(simpleName) && platform != null && (ours == null || platform >= ours);
}
