using System.Reflection;

namespace SecLake.PowerShell.Loading;

/// <summary>Answers a failed assembly request with SecLake's own copy, or returns null to leave it to others.</summary>
internal interface IDependencyLoader
{
    Assembly? Resolve(AssemblyName requested, Assembly? requesting);
}
