using System.Reflection;
using SecLake.PowerShell.Loading;
using SecLake.Tests.Isolation.Support;
using Xunit;

namespace SecLake.Tests.Isolation;

/// <summary>
/// The deps/ folder answers a request by the one file of the requested name: the layout must name every file after
/// its assembly, and a file named otherwise is never served in place of the assembly its name suggests.
/// </summary>
public sealed class DependencyFolderTests
{
    [Fact]
    public void Every_assembly_the_module_ships_in_deps_is_found_by_its_name()
    {
        var folder = new DependencyFolder(IsolationAssets.DepsDirectory);
        var files = Directory.GetFiles(IsolationAssets.DepsDirectory, "*.dll");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var name = AssemblyName.GetAssemblyName(file).Name!;
            Assert.Equal(name + ".dll", Path.GetFileName(file));
            Assert.True(folder.TryGet(name, out var shipped), name);
            Assert.Equal(file, shipped.Path);
            Assert.Equal(name, shipped.Name.Name);
        }
    }

    [Theory]
    [InlineData("System.Management.Automation")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("../SecLake")]
    [InlineData("deps/SecLake.Core")]
    public void A_name_deps_does_not_ship_finds_nothing(string? name)
    {
        var folder = new DependencyFolder(IsolationAssets.DepsDirectory);

        Assert.False(folder.TryGet(name, out _));
    }

    [Fact]
    public void A_file_holding_another_assembly_is_not_served_under_its_file_name()
    {
        var deps = Directory.CreateTempSubdirectory("seclake-deps-").FullName;
        try
        {
            File.Copy(Path.Combine(IsolationAssets.DepsDirectory, "SecLake.Core.dll"), Path.Combine(deps, "AWSSDK.Core.dll"));
            File.WriteAllText(Path.Combine(deps, "System.Text.Json.dll"), "not an assembly");
            var folder = new DependencyFolder(deps);

            Assert.False(folder.TryGet("AWSSDK.Core", out _));
            Assert.False(folder.TryGet("System.Text.Json", out _));
            Assert.False(folder.TryGet("SecLake.Core", out _));
        }
        finally
        {
            try { Directory.Delete(deps, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
