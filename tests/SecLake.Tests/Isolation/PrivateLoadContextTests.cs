using System.Runtime.Loader;
using SecLake.Isolation;
using SecLake.Tests.Isolation.Support;
using Xunit;

namespace SecLake.Tests.Isolation;

/// <summary>
/// PowerShell 7's side of the loader: which deps/ assemblies the private context loads itself and which it leaves to
/// the platform. Here the test host's own platform list includes an AWSSDK.Core (the tests reference SecLake.Core), which
/// is exactly the kind of copy the context must not take.
/// </summary>
public sealed class PrivateLoadContextTests
{
    [Theory]
    [InlineData("AWSSDK.Core")]
    [InlineData("AWSSDK.SecurityToken")]
    [InlineData("SecLake.Core")]
    public void The_sdk_and_core_always_load_privately(string name) =>
        Assert.True(PrivateDependencies.ContextFor(IsolationAssets.DepsDirectory).LoadsPrivately(name, Path.Combine(IsolationAssets.DepsDirectory, name + ".dll")));

    [Theory]
    [InlineData("System.Memory")]
    [InlineData("System.Buffers")]
    [InlineData("System.Runtime.CompilerServices.Unsafe")]
    [InlineData("System.Text.Json")]
    [InlineData("System.Threading.Tasks.Extensions")]
    public void Back_ports_the_runtime_has_at_an_equal_or_higher_version_come_from_the_runtime(string name) =>
        Assert.False(PrivateDependencies.ContextFor(IsolationAssets.DepsDirectory).LoadsPrivately(name, Path.Combine(IsolationAssets.DepsDirectory, name + ".dll")));

    [Fact]
    public void Policy_prefers_the_platform_only_at_an_equal_or_higher_version()
    {
        Assert.True(DependencyPolicy.PreferPlatform("System.Text.Json", new Version(8, 0, 0, 0), new Version(8, 0, 0, 0)));
        Assert.True(DependencyPolicy.PreferPlatform("System.Text.Json", new Version(8, 0, 0, 0), new Version(10, 0, 0, 0)));
        Assert.False(DependencyPolicy.PreferPlatform("System.Text.Json", new Version(8, 0, 0, 0), new Version(6, 0, 0, 0)));
        Assert.False(DependencyPolicy.PreferPlatform("Microsoft.Bcl.AsyncInterfaces", new Version(8, 0, 0, 0), null));
        Assert.False(DependencyPolicy.PreferPlatform("AWSSDK.Core", new Version(4, 0, 0, 0), new Version(4, 0, 0, 0)));
    }

    [Fact]
    public void The_contracts_are_shared_never_private()
    {
        Assert.True(DependencyPolicy.IsShared("SecLake.Contracts"));
        Assert.False(DependencyPolicy.IsAlwaysPrivate("SecLake.Contracts"));
        Assert.False(DependencyPolicy.IsShared("SecLake.Core"));
        Assert.False(PrivateDependencies.ContextFor(IsolationAssets.DepsDirectory).LoadsPrivately("SecLake.Contracts", Path.Combine(IsolationAssets.ModuleDirectory, "SecLake.Contracts.dll")));
    }

    [Fact]
    public void Core_loaded_privately_creates_the_default_context_s_contract_types()
    {
        var core = PrivateDependencies.Load(IsolationAssets.DepsDirectory, "SecLake.Core");
        AssertCoreUsesTheDefaultContextsContracts(core);
    }

    [Fact]
    public void A_copy_of_the_contracts_in_deps_is_never_loaded()
    {
        // A stale or hand-copied install: deps/ holding SecLake.Contracts.dll too must still not define a second set of types.
        var deps = Directory.CreateTempSubdirectory("seclake-deps-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(IsolationAssets.DepsDirectory, "*.dll")) File.Copy(file, Path.Combine(deps, Path.GetFileName(file)));
            File.Copy(Path.Combine(IsolationAssets.ModuleDirectory, "SecLake.Contracts.dll"), Path.Combine(deps, "SecLake.Contracts.dll"));

            var core = PrivateDependencies.Load(deps, "SecLake.Core");

            AssertCoreUsesTheDefaultContextsContracts(core);
            Assert.DoesNotContain(AssemblyLoadContext.GetLoadContext(core)!.Assemblies, a => a.GetName().Name == "SecLake.Contracts");
        }
        finally
        {
            // The context is not collectible and keeps its files open on Windows; a leftover temp folder is harmless.
            try { Directory.Delete(deps, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// The private SecLake.Core binds the contracts the default context has (here the test host's own, which the test
    /// names at compile time): its error factory, reached by reflection, takes the test's ServiceErrorResponse and
    /// returns the very exception type a script would catch.
    /// </summary>
    private static void AssertCoreUsesTheDefaultContextsContracts(System.Reflection.Assembly core)
    {
        var context = AssemblyLoadContext.GetLoadContext(core)!;
        var contracts = context.LoadFromAssemblyName(new System.Reflection.AssemblyName("SecLake.Contracts"));
        Assert.Equal("SecLake", context.Name);
        Assert.Same(typeof(SecLake.Qldb.QldbLedger).Assembly, contracts);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(contracts));

        var factory = core.GetType("SecLake.Qldb.QldbErrorFactory", throwOnError: true)!.GetField("Instance")!.GetValue(null)!;
        var response = new SecLake.Aws.ServiceErrorResponse("ResourceNotFoundException", "no such ledger", "r-1", System.Net.HttpStatusCode.NotFound, """{"ResourceName":"l1"}""", null);
        var created = factory.GetType().GetMethod("Create")!.Invoke(factory, new object[] { response });
        Assert.Equal("l1", Assert.IsType<SecLake.Qldb.ResourceNotFoundException>(created).ResourceName);
    }

    [Fact]
    public void Loading_core_binds_the_shipped_sdk_and_the_runtime_s_span_types()
    {
        var core = PrivateDependencies.Load(IsolationAssets.DepsDirectory, "SecLake.Core");
        var context = AssemblyLoadContext.GetLoadContext(core)!;
        var sdk = context.LoadFromAssemblyName(new System.Reflection.AssemblyName("AWSSDK.Core"));
        var memory = context.LoadFromAssemblyName(new System.Reflection.AssemblyName("System.Memory"));

        Assert.Equal("SecLake", context.Name);
        Assert.Same(context, AssemblyLoadContext.GetLoadContext(sdk));
        // The precompiled copy for this runtime and RID when the build made one (ReadyToRunTests), else the IL.
        Assert.Equal(ReadyToRunFolder.Choose(Path.Combine(IsolationAssets.DepsDirectory, "AWSSDK.Core.dll"), Path.Combine(IsolationAssets.DepsDirectory, ReadyToRunFolder.Current ?? "none")), sdk.Location);
        Assert.Same(typeof(System.Buffers.MemoryPool<byte>).Assembly, memory);
        Assert.Same(context, PrivateDependencies.ContextFor(IsolationAssets.DepsDirectory));
    }
}
