using Xunit;
using System.Runtime.Loader;
using SecLake.Isolation;
using SecLake.Tests.Isolation.Support;

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
    public void Loading_core_binds_the_shipped_sdk_and_the_runtime_s_span_types()
    {
        var core = PrivateDependencies.Load(IsolationAssets.DepsDirectory, "SecLake.Core");
        var context = AssemblyLoadContext.GetLoadContext(core)!;
        var sdk = context.LoadFromAssemblyName(new System.Reflection.AssemblyName("AWSSDK.Core"));
        var memory = context.LoadFromAssemblyName(new System.Reflection.AssemblyName("System.Memory"));

        Assert.Equal("SecLake", context.Name);
        Assert.Same(context, AssemblyLoadContext.GetLoadContext(sdk));
        Assert.Equal(Path.Combine(IsolationAssets.DepsDirectory, "AWSSDK.Core.dll"), sdk.Location);
        Assert.Same(typeof(System.Buffers.MemoryPool<byte>).Assembly, memory);
        Assert.Same(context, PrivateDependencies.ContextFor(IsolationAssets.DepsDirectory));
    }
}
