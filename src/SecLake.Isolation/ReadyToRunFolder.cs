using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace SecLake.Isolation;

/// <summary>
/// deps/&lt;runtime&gt;-&lt;rid&gt;/ (deps/net10.0-linux-x64/, ...): the precompiled (ReadyToRun) copies of deps/ assemblies
/// the build makes for the runtimes and RIDs PowerShell 7 users run (SecLake.csproj, ReadyToRunDependencies). Same
/// assemblies as in deps/, with native code for one runtime, OS and architecture added, so the first call in a session
/// runs compiled code instead of waiting for the JIT. The context takes such a copy only when it is the very assembly
/// deps/ holds; anything else (another runtime or RID, no copy, a stale copy) loads the IL from deps/, which runs
/// everywhere.
/// </summary>
internal static class ReadyToRunFolder
{
    /// <summary>
    /// The folder for this process: its runtime, its OS and the architecture it runs as (x64 under Rosetta is x64).
    /// </summary>
    public static string? Current { get; } = For(Environment.Version, OperatingSystem.IsWindows(), OperatingSystem.IsLinux(), OperatingSystem.IsMacOS(), RuntimeInformation.ProcessArchitecture);

    /// <summary>
    /// The set a runtime can run: a runtime reads only the ReadyToRun format versions it knows (.NET 10 format 16 only,
    /// .NET 8 up to 9), so .NET 10 and later (PowerShell 7.6) take the set built by .NET 10's crossgen2, .NET 8 and 9
    /// (PowerShell 7.4, 7.5) the one built by .NET 8's; earlier runtimes none. A runtime that does not read a set's
    /// format ignores its native code and JIT-compiles the IL inside, as for deps/ itself.
    /// </summary>
    public static string? For(Version runtime, bool windows, bool linux, bool macOS, Architecture architecture)
    {
        var rid = RidFor(windows, linux, macOS, architecture);
        var set = runtime.Major >= 10 ? "net10.0" : runtime.Major >= 8 ? "net8.0" : null;
        return rid == null || set == null ? null : set + "-" + rid;
    }

    /// <summary>
    /// The folder name the build gives the images for an OS and architecture (win-x64, linux-x64, osx-arm64, ...);
    /// null where no image can be built (another OS or architecture), so deps/ alone is used. Linux with musl (Alpine)
    /// is linux too: ReadyToRun code targets the OS and architecture, not the C library.
    /// </summary>
    public static string? RidFor(bool windows, bool linux, bool macOS, Architecture architecture)
    {
        var os = windows ? "win" : linux ? "linux" : macOS ? "osx" : null;
        var arch = architecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            Architecture.X86 => "x86",
            Architecture.Arm => "arm",
            _ => null,
        };
        return os == null || arch == null ? null : os + "-" + arch;
    }

    /// <summary>
    /// <paramref name="ilPath"/>'s precompiled copy in <paramref name="imageDirectory"/> when there is one compiled from
    /// this very file (the same module version id: crossgen2 keeps the IL's metadata); otherwise <paramref name="ilPath"/>.
    /// The assembly version is not enough: AWSSDK.Core is 4.0.0.0 in every 4.x build, so an image left over from another
    /// release must not stand in for this one.
    /// </summary>
    public static string Choose(string ilPath, string? imageDirectory)
    {
        if (imageDirectory == null) return ilPath;
        var image = Path.Combine(imageDirectory, Path.GetFileName(ilPath));
        if (!File.Exists(image)) return ilPath;
        try
        {
            var mvid = ModuleVersionId(image);
            return mvid != null && mvid == ModuleVersionId(ilPath) ? image : ilPath;
        }
        catch (Exception e) when (e is IOException || e is BadImageFormatException || e is UnauthorizedAccessException)
        {
            return ilPath;
        }
    }

    /// <summary>Reads the metadata only; nothing is loaded.</summary>
    private static Guid? ModuleVersionId(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata) return null;
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }
}
