using System.Diagnostics;
using System.IO.Compression;
using SecLake.Tests.Support;

namespace SecLake.Tests.Packaging;

/// <summary>
/// Builds the PowerShell Gallery package once, the way ./build.sh package does (module layout, then PackModule),
/// but into a scratch folder so out/ is left alone. Uses the assemblies the test run was built with (--no-build).
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Scratch = Directory.CreateTempSubdirectory("seclake-package-").FullName;
        var moduleDir = Path.Combine(Scratch, "SecLake") + Path.DirectorySeparatorChar;
        var project = Path.Combine(RepoFiles.Root, "src", "SecLake", "SecLake.csproj");
        var configuration = RepoFiles.Configuration;
        Run("publish", project, "-c", configuration, "--no-build", "-nologo", "-v", "q", "-nodeReuse:false", $"-p:ModuleOutputDir={moduleDir}");
        Run("msbuild", project, "-t:PackModule", $"-p:Configuration={configuration}", "-nologo", "-v:q", "-nodeReuse:false",
            $"-p:ModuleOutputDir={moduleDir}", $"-p:PackageOutputDir={Scratch}{Path.DirectorySeparatorChar}");
        PackagePath = Directory.GetFiles(Scratch, "*.nupkg").Single();
        using var zip = ZipFile.OpenRead(PackagePath);
        Entries = zip.Entries.Select(e => e.FullName).OrderBy(e => e, StringComparer.Ordinal).ToList();
        PublishDir = Path.Combine(RepoFiles.Root, "src", "SecLake", "bin", configuration, "netstandard2.0", "publish");
        RunbookPath = Path.Combine(Scratch, "SecLake.zip");
        using var runbook = ZipFile.OpenRead(RunbookPath);
        RunbookEntries = runbook.Entries.Select(e => e.FullName).OrderBy(e => e, StringComparer.Ordinal).ToList();
    }

    public string Scratch { get; }
    public string PackagePath { get; }
    public IReadOnlyList<string> Entries { get; }

    /// <summary>The runbook zip (Azure Automation, Systems Manager) built beside the package, and its entries.</summary>
    public string RunbookPath { get; }
    public IReadOnlyList<string> RunbookEntries { get; }

    /// <summary>Where publish put SecLake.dll's runtime closure (and its deps.json).</summary>
    public string PublishDir { get; }

    public string ReadText(string entry)
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    public void Dispose() => Directory.Delete(Scratch, recursive: true);

    private static void Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = RepoFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host's MSBuild variables would point the child build at the test SDK's own MSBuild settings.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "MSBUILD_EXE_PATH").ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " took more than 5 minutes.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet {string.Join(" ", arguments)} failed ({process.ExitCode}):\n{output.Result}\n{errors.Result}");
    }
}
