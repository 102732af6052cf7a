using SecLake.Tests.Isolation.Support;
using Xunit;

namespace SecLake.Tests.Isolation;

/// <summary>
/// What PowerShell loads directly (SecLake.dll, and SecLake.Isolation.dll and SecLake.Contracts.dll beside it) must not
/// bind to any assembly another module may also bring: the cmdlet layer talks to SecLake.Core and SecLake.Contracts
/// types only, never to the AWS SDK or System.Text.Json, so those can only ever be resolved inside SecLake's private
/// context.
/// </summary>
public sealed class ModuleReferenceTests
{
    [Fact]
    public void The_cmdlet_assembly_references_no_AWS_SDK_and_no_System_Text_Json()
    {
        var references = IsolationAssets.ReferencedAssemblies(IsolationAssets.ModuleAssembly);

        Assert.DoesNotContain(references, name => name.StartsWith("AWSSDK.", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("System.Text.Json", references);
        Assert.Equal(new[] { "SecLake.Contracts", "SecLake.Core", "System.Management.Automation", "netstandard" }, references.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_contracts_assembly_references_nothing_but_the_framework()
    {
        // It lives in the default context next to any other module: a reference to the SDK, System.Text.Json or
        // PowerShell would drag that into the default context too, or fail to bind there.
        var references = IsolationAssets.ReferencedAssemblies(Path.Combine(IsolationAssets.ModuleDirectory, "SecLake.Contracts.dll"));

        Assert.Equal(new[] { "netstandard" }, references);
    }

    [Fact]
    public void The_load_context_assembly_references_only_the_runtime()
    {
        var references = IsolationAssets.ReferencedAssemblies(Path.Combine(IsolationAssets.ModuleDirectory, "SecLake.Isolation.dll"));

        Assert.All(references, name => Assert.True(name.StartsWith("System.", StringComparison.Ordinal), name));
    }

    [Fact]
    public void The_layout_keeps_every_dependency_in_deps_and_only_the_loaders_and_contracts_beside_the_manifest()
    {
        var top = Directory.GetFiles(IsolationAssets.ModuleDirectory, "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { "SecLake.Contracts.dll", "SecLake.Isolation.dll", "SecLake.dll" }, top);
        foreach (var dependency in new[] { "SecLake.Core.dll", "AWSSDK.Core.dll", "AWSSDK.SecurityToken.dll", "AWSSDK.SSO.dll", "AWSSDK.SSOOIDC.dll", "System.Text.Json.dll" })
            Assert.True(File.Exists(Path.Combine(IsolationAssets.DepsDirectory, dependency)), dependency);
        // One copy only, in the default context: a second one in deps/ could only ever define look-alike types.
        Assert.False(File.Exists(Path.Combine(IsolationAssets.DepsDirectory, "SecLake.Contracts.dll")));
    }
}
