using System;
using System.Reflection;

namespace SecLake.PowerShell.Loading;

/// <summary>
/// Windows PowerShell 5.1 (.NET Framework) has one load context, so isolation there means answering only SecLake's
/// own assembly requests from deps/, and leaving everyone else's alone. The .NET Framework binds strong-named
/// assemblies by exact version, so AWS.Tools' AWSSDK.Core 3.3.0.0 and SecLake's 4.0.0.0 can both be loaded; what
/// must not happen is SecLake's handler answering AWS.Tools' request (or the reverse).
/// </summary>
internal static class FrameworkRequestRules
{
    /// <summary>
    /// Whether to answer a failed request for <paramref name="requested"/> with the copy deps/ ships
    /// (<paramref name="shipped"/>).
    /// </summary>
    /// <param name="requested">The name the runtime failed to bind.</param>
    /// <param name="shipped">The identity of the file deps/ holds under that name.</param>
    /// <param name="requestedBySecLake">The requesting assembly is SecLake.dll or one SecLake loaded from deps/.</param>
    public static bool ShouldServe(AssemblyName requested, AssemblyName shipped, bool requestedBySecLake)
    {
        if (!string.Equals(requested.Name, shipped.Name, StringComparison.OrdinalIgnoreCase)) return false;
        if (!SamePublicKeyToken(requested, shipped)) return false;
        if (requestedBySecLake)
        {
            // What a binding redirect in an app.config would do: SecLake's dependencies ask for older builds of
            // what deps/ ships (AWSSDK.Core asks for System.Text.Json 6.0.0.0 and System.Buffers 4.0.2.0; deps/
            // holds 8.0.0.0 and 4.0.3.0), and deps/ is the set they were published and tested with.
            return requested.Version == null || shipped.Version >= requested.Version;
        }
        // Anyone else (or a request whose requester the runtime does not say, as for Assembly.Load(string)) only gets
        // the exact assembly it named: never a partial name, never a different version it did not ask for.
        return requested.Version != null && requested.Version == shipped.Version;
    }

    private static bool SamePublicKeyToken(AssemblyName requested, AssemblyName shipped)
    {
        var wanted = requested.GetPublicKeyToken();
        if (wanted == null) return true;
        var have = shipped.GetPublicKeyToken() ?? Array.Empty<byte>();
        if (wanted.Length != have.Length) return false;
        for (var i = 0; i < wanted.Length; i++)
        {
            if (wanted[i] != have[i]) return false;
        }
        return true;
    }
}
