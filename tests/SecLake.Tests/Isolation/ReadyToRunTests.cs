using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using SecLake.Isolation;
using SecLake.PowerShell.Loading;
using SecLake.Tests.Isolation.Support;
using Xunit;

namespace SecLake.Tests.Isolation;

/// <summary>
/// The precompiled (ReadyToRun) copies in deps/&lt;runtime&gt;-&lt;rid&gt;/: which set a process takes, that the build makes
/// every set the loader can choose, from the very IL deps/ holds and in the format its runtime reads, and that
/// Windows PowerShell 5.1's loader never sees them. Only linux-x64 runs here; the other RIDs are checked by choice and
/// by their files.
/// </summary>
public sealed class ReadyToRunTests
{
    /// <summary>What the build compiles (SecLake.csproj, ReadyToRunImageSet).</summary>
    public static readonly TheoryData<string> Sets = new()
    {
        "net8.0-linux-x64", "net8.0-win-x64", "net8.0-osx-arm64", "net10.0-linux-x64", "net10.0-win-x64", "net10.0-osx-arm64",
    };

    /// <summary>
    /// What every command loads from deps/ (SecLake.csproj, ReadyToRunAssembly); the rest runs from the platform on
    /// PowerShell 7 or only for some credentials, from its IL.
    /// </summary>
    private static readonly string[] Compiled = { "AWSSDK.Core", "SecLake.Core" };

    [Theory]
    [InlineData(10, "win", Architecture.X64, "net10.0-win-x64")]
    [InlineData(10, "linux", Architecture.X64, "net10.0-linux-x64")]
    [InlineData(10, "osx", Architecture.Arm64, "net10.0-osx-arm64")]
    [InlineData(8, "win", Architecture.X64, "net8.0-win-x64")]
    [InlineData(8, "linux", Architecture.X64, "net8.0-linux-x64")]
    [InlineData(8, "osx", Architecture.Arm64, "net8.0-osx-arm64")]
    [InlineData(9, "osx", Architecture.Arm64, "net8.0-osx-arm64")]
    [InlineData(11, "linux", Architecture.Arm64, "net10.0-linux-arm64")]
    [InlineData(10, "osx", Architecture.X64, "net10.0-osx-x64")]
    [InlineData(6, "linux", Architecture.X64, null)]
    [InlineData(10, "freebsd", Architecture.X64, null)]
    [InlineData(10, "linux", Architecture.S390x, null)]
    public void A_process_takes_the_set_of_its_runtime_os_and_architecture(int runtimeMajor, string os, Architecture architecture, string? expected) =>
        Assert.Equal(expected, ReadyToRunFolder.For(new Version(runtimeMajor, 0, 1), os == "win", os == "linux", os == "osx", architecture));

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_build_compiles_what_every_command_loads_from_deps(string set)
    {
        var images = Directory.GetFiles(Path.Combine(IsolationAssets.DepsDirectory, set), "*.dll").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(Compiled, images);
        Assert.All(Compiled, name => Assert.True(File.Exists(Path.Combine(IsolationAssets.DepsDirectory, name + ".dll"))));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_image_is_its_IL_file_compiled_for_the_set_s_os_and_architecture(string set)
    {
        var (os, arch) = (set.Split('-')[1], set.Split('-')[2]);
        // ReadyToRun images mark their OS by XOR-ing the machine type (Windows keeps the plain one).
        var machine = (arch == "x64" ? 0x8664 : 0xAA64) ^ (os switch { "linux" => 0x7B79, "osx" => 0x4644, _ => 0 });
        foreach (var image in Directory.GetFiles(Path.Combine(IsolationAssets.DepsDirectory, set), "*.dll"))
        {
            var header = Read(image);
            var il = Read(Path.Combine(IsolationAssets.DepsDirectory, Path.GetFileName(image)));
            Assert.True(header.ReadyToRunMajor > 0, image + " is not precompiled");
            Assert.Equal(0, il.ReadyToRunMajor);
            Assert.Equal(il.Mvid, header.Mvid);
            Assert.Equal(machine, header.Machine);
        }
    }

    [Fact]
    public void The_net10_set_is_in_the_ReadyToRun_format_of_the_running_NET_10_and_the_net8_set_in_NET_8_s()
    {
        // The tests run on .NET 10 (net10.0); the framework's own assemblies are ReadyToRun images of the format their runtime reads.
        var runtimeFormat = Read(typeof(System.Text.Json.JsonSerializer).Assembly.Location).ReadyToRunMajor;
        Assert.Equal(runtimeFormat, Read(Path.Combine(IsolationAssets.DepsDirectory, "net10.0-linux-x64", "AWSSDK.Core.dll")).ReadyToRunMajor);
        // .NET 8's format (9) is one .NET 10 no longer reads: that is why there are two sets.
        Assert.Equal(9, Read(Path.Combine(IsolationAssets.DepsDirectory, "net8.0-linux-x64", "AWSSDK.Core.dll")).ReadyToRunMajor);
        Assert.NotEqual(9, runtimeFormat);
    }

    [Fact]
    public void The_private_context_loads_this_process_s_precompiled_copy()
    {
        var core = PrivateDependencies.Load(IsolationAssets.DepsDirectory, "SecLake.Core");
        var sdk = System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(core)!.LoadFromAssemblyName(new System.Reflection.AssemblyName("AWSSDK.Core"));

        // linux-x64 here (net10.0-linux-x64); a RID the build makes no set for would load the IL.
        var images = Path.Combine(IsolationAssets.DepsDirectory, ReadyToRunFolder.Current ?? "none");
        var from = Directory.Exists(images) ? images : IsolationAssets.DepsDirectory;
        Assert.Equal(Path.Combine(from, "SecLake.Core.dll"), core.Location);
        Assert.Equal(Path.Combine(from, "AWSSDK.Core.dll"), sdk.Location);
    }

    [Fact]
    public void An_image_of_another_build_never_stands_in_for_the_IL()
    {
        // AWS.Tools 5's AWSSDK.Core 4.0.102.10 has our assembly version (4.0.0.0) and name: only the module version id tells.
        var folder = Directory.CreateTempSubdirectory("seclake-r2r-").FullName;
        try
        {
            File.Copy(IsolationAssets.ForeignSdkCore(IsolationAssets.Foreign40), Path.Combine(folder, "AWSSDK.Core.dll"));
            var il = Path.Combine(IsolationAssets.DepsDirectory, "AWSSDK.Core.dll");

            Assert.Equal(il, ReadyToRunFolder.Choose(il, folder));
            Assert.Equal(il, ReadyToRunFolder.Choose(il, Path.Combine(folder, "missing")));
            Assert.Equal(il, ReadyToRunFolder.Choose(il, null));
            Assert.Equal(Path.Combine(IsolationAssets.DepsDirectory, "net10.0-win-x64", "AWSSDK.Core.dll"),
                ReadyToRunFolder.Choose(il, Path.Combine(IsolationAssets.DepsDirectory, "net10.0-win-x64")));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [Fact]
    public void Windows_PowerShell_5_1_s_loader_serves_only_the_IL_in_deps()
    {
        Assert.NotEmpty(Directory.GetDirectories(IsolationAssets.DepsDirectory, "net*-*"));
        var folder = new DependencyFolder(IsolationAssets.DepsDirectory);
        foreach (var name in new[] { "SecLake.Core", "AWSSDK.Core", "AWSSDK.SecurityToken" })
        {
            Assert.True(folder.TryGet(name, out var shipped));
            Assert.Equal(Path.Combine(IsolationAssets.DepsDirectory, name + ".dll"), shipped.Path);
        }
    }

    private static (int ReadyToRunMajor, Guid Mvid, int Machine) Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        var native = pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory;
        var major = 0;
        if (native.Size > 0)
        {
            var header = pe.GetSectionData(native.RelativeVirtualAddress).GetReader(0, 8);
            Assert.Equal(0x00525452u, header.ReadUInt32()); // "RTR"
            major = header.ReadUInt16();
        }
        return (major, mvid, (int)pe.PEHeaders.CoffHeader.Machine);
    }
}
