using SecLake.Tests.Isolation.Support;
using SecLake.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SecLake.Tests.Isolation;

/// <summary>
/// Load-time discipline: importing the module loads SecLake.dll and SecLake.Contracts.dll (the types scripts name) and
/// nothing of SecLake.Core or the SDK; they load on a command's first run. Measured by replaying PowerShell 7's import
/// steps (<see cref="PowerShellImport"/>).
/// </summary>
public sealed class ImportLoadTests(ITestOutputHelper output)
{
    [Fact]
    public void Import_in_a_fresh_process_loads_only_the_module_and_contracts_assemblies_and_runs_the_initializer()
    {
        var report = HostProbe.Run(null, "import");

        report.AssertAllSucceeded();
        var facts = HostProbe.Facts(report.Step("import"));
        Assert.Equal(new[] { "SecLake.PowerShell.ModuleInitializer" }, facts.GetProperty("initializers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            RepoFiles.ExportedCmdlets,
            facts.GetProperty("cmdlets").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        var loaded = ProbeAssembly.List(facts.GetProperty("loadedAfterImport"));
        var fromModule = loaded.Where(a => a.IsIn(IsolationAssets.ModuleDirectory)).ToList();
        Assert.Equal(new[] { "SecLake", "SecLake.Contracts" }, fromModule.Select(a => a.Name).Order(StringComparer.Ordinal));
        // Both in the default context, where PowerShell resolves type names; the contracts from beside SecLake.dll.
        Assert.All(fromModule, a => Assert.Equal("Default", a.Context));
        Assert.Equal(Path.Combine(IsolationAssets.ModuleDirectory, "SecLake.Contracts.dll"), fromModule.Single(a => a.Name == "SecLake.Contracts").Location);
        Assert.DoesNotContain(loaded, a => a.Name.StartsWith("AWSSDK.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_install_fails_on_the_first_command_with_a_message_naming_what_is_missing()
    {
        var copy = Path.Combine(Path.GetTempPath(), "seclake-broken-" + Guid.NewGuid().ToString("n"), "SecLake");
        try
        {
            CopyDirectory(IsolationAssets.ModuleDirectory, copy);
            File.Delete(Path.Combine(copy, "SecLake.Isolation.dll"));

            var report = HostProbe.RunModule(Path.Combine(copy, "SecLake.dll"), "http://127.0.0.1:9/", "import", "call");

            Assert.True(report.Step("import").GetProperty("Ok").GetBoolean(), report.Text);
            var call = report.Step("call");
            Assert.False(call.GetProperty("Ok").GetBoolean(), report.Text);
            Assert.Contains("SecLake could not load SecLake.Core", call.GetProperty("Error").GetString());
            Assert.Contains("SecLake.Isolation.dll", call.GetProperty("Error").GetString());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void Enumerating_the_cmdlets_as_Import_Module_does_never_asks_for_SecLake_Core()
    {
        using var context = new RecordingLoadContext();
        var module = context.LoadFromAssemblyPath(IsolationAssets.ModuleAssembly);
        var import = new PowerShellImport(module, context.LoadFromAssemblyPath(IsolationAssets.AutomationReference));

        var (cmdlets, initializers) = import.Import(runInitializers: false);

        Assert.Equal(RepoFiles.ExportedCmdlets.Count, cmdlets.Count);
        Assert.Single(initializers);
        output.WriteLine("requested while importing: " + string.Join(", ", context.Requested));
        Assert.DoesNotContain("SecLake.Core", context.Requested);
        Assert.DoesNotContain(context.Requested, name => name.StartsWith("AWSSDK.", StringComparison.Ordinal));
    }

    [Fact]
    public void Reading_a_command_s_metadata_needs_the_contracts_and_never_SecLake_Core()
    {
        // Parameter metadata (first run, Get-Command -Syntax, tab completion) instantiates every attribute:
        // [OutputType(typeof(SecLake.Qldb.QldbLedger))] names a SecLake.Contracts type, which loads normally. Nothing in
        // a command's metadata names a SecLake.Core type, so Get-Command -Syntax and Get-Help load no SDK. That some
        // command reaches SecLake.Contracts is the counterpart showing the recording context sees such loads at all.
        var reaching = new List<string>();
        using var context = new RecordingLoadContext();
        var module = context.LoadFromAssemblyPath(IsolationAssets.ModuleAssembly);
        var automation = context.LoadFromAssemblyPath(IsolationAssets.AutomationReference);
        var cmdletBase = automation.GetType("System.Management.Automation.Cmdlet", throwOnError: true)!;
        foreach (var type in module.ExportedTypes.Where(t => !t.IsAbstract && t.IsSubclassOf(cmdletBase)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var before = context.Requested.Contains("SecLake.Contracts");
            PowerShellImport.ReadCommandMetadata(type);
            if (!before && context.Requested.Contains("SecLake.Contracts")) reaching.Add(type.Name);
        }
        // Once bound, a context never asks again, so only the first command to reach it can be seen.
        output.WriteLine("first to reach SecLake.Contracts through its metadata: " + string.Join(", ", reaching));
        Assert.NotEmpty(reaching);
        Assert.DoesNotContain("SecLake.Core", context.Requested);
        Assert.DoesNotContain(context.Requested, name => name.StartsWith("AWSSDK.", StringComparison.Ordinal));
    }
}
