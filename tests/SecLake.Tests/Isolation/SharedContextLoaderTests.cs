using System.Reflection;
using SecLake.PowerShell.Loading;
using SecLake.Tests.Isolation.Support;
using Xunit;

namespace SecLake.Tests.Isolation;

/// <summary>
/// Windows PowerShell 5.1's loader and SecLake.Contracts (there is no .NET Framework here to run it end to end): deps/
/// assemblies are loaded by exact file and bind their references through the loader, so SecLake.Core's reference to
/// SecLake.Contracts must be answered with the copy SecLake.dll loaded beside itself, the one scripts name.
/// </summary>
public sealed class SharedContextLoaderTests
{
    private static readonly Assembly Module = typeof(SharedContextLoader).Assembly;
    private static readonly Assembly Contracts = typeof(SecLake.ErrorKind).Assembly;

    [Fact]
    public void SecLake_s_own_requests_for_the_contracts_get_SecLake_dll_s_copy_even_with_one_in_deps()
    {
        var deps = Directory.CreateTempSubdirectory("seclake-deps51-").FullName;
        try
        {
            File.Copy(Path.Combine(IsolationAssets.DepsDirectory, "SecLake.Core.dll"), Path.Combine(deps, "SecLake.Core.dll"));
            File.Copy(Path.Combine(IsolationAssets.ModuleDirectory, "SecLake.Contracts.dll"), Path.Combine(deps, "SecLake.Contracts.dll"));
            var loader = new SharedContextLoader(Module, new DependencyFolder(deps), Contracts);

            var core = loader.Resolve(AssemblyName.GetAssemblyName(Path.Combine(deps, "SecLake.Core.dll")), Module);

            Assert.NotNull(core);
            Assert.Equal(Path.Combine(deps, "SecLake.Core.dll"), core!.Location);
            var reference = core.GetReferencedAssemblies().Single(r => r.Name == "SecLake.Contracts");
            Assert.Same(Contracts, loader.Resolve(reference, core));
            Assert.Same(Contracts, loader.Resolve(new AssemblyName("SecLake.Contracts"), Module));
        }
        finally
        {
            try { Directory.Delete(deps, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [Fact]
    public void Anyone_else_gets_the_contracts_only_by_their_exact_identity()
    {
        var loader = new SharedContextLoader(Module, new DependencyFolder(IsolationAssets.DepsDirectory), Contracts);

        Assert.Same(Contracts, loader.Resolve(Contracts.GetName(), requesting: null));
        Assert.Null(loader.Resolve(new AssemblyName("SecLake.Contracts"), requesting: null));
        Assert.Null(loader.Resolve(new AssemblyName("SecLake.Contracts, Version=99.0.0.0"), typeof(object).Assembly));
    }
}
