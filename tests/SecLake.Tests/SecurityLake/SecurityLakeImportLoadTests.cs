using SecLake.Tests.Isolation.Support;
using Xunit;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The Security Lake cmdlets keep the module's load-time discipline: Import-Module finds them without SecLake.Core
/// or the AWS SDK being asked for (they load on a command's first run, once the module initializer has set up the
/// private load context).
/// </summary>
public sealed class SecurityLakeImportLoadTests
{
    [Fact]
    public void Import_finds_the_Security_Lake_cmdlets_without_asking_for_SecLake_Core()
    {
        using var context = new RecordingLoadContext();
        var module = context.LoadFromAssemblyPath(IsolationAssets.ModuleAssembly);
        var import = new PowerShellImport(module, context.LoadFromAssemblyPath(IsolationAssets.AutomationReference));

        var (cmdlets, _) = import.Import(runInitializers: false);

        Assert.Equal(
            ["Add-SLResourceTag", "Get-SLDataLake", "Get-SLDataLakeException", "Get-SLDataLakeExceptionSubscription", "Get-SLResourceTag", "Get-SLSubscriber",
             "New-SLDataLake", "New-SLDataLakeExceptionSubscription", "New-SLSubscriber", "New-SLSubscriberNotification",
             "Remove-SLDataLake", "Remove-SLDataLakeExceptionSubscription", "Remove-SLResourceTag", "Remove-SLSubscriber", "Remove-SLSubscriberNotification",
             "Update-SLDataLake", "Update-SLDataLakeExceptionSubscription", "Update-SLSubscriber", "Update-SLSubscriberNotification"],
            cmdlets.Where(c => c.Contains("-SL", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("SecLake.Core", context.Requested);
        Assert.DoesNotContain(context.Requested, name => name.StartsWith("AWSSDK.", StringComparison.Ordinal));
    }

    [Fact]
    public void Reading_a_Security_Lake_cmdlet_s_metadata_reaches_the_contracts_only_then_and_never_SecLake_Core()
    {
        using var context = new RecordingLoadContext();
        var module = context.LoadFromAssemblyPath(IsolationAssets.ModuleAssembly);
        _ = new PowerShellImport(module, context.LoadFromAssemblyPath(IsolationAssets.AutomationReference)).Import(runInitializers: false);
        Assert.DoesNotContain("SecLake.Contracts", context.Requested);

        // [OutputType(typeof(DataLake))] names a SecLake.Contracts type: the counterpart showing the probe can see the load.
        PowerShellImport.ReadCommandMetadata(module.GetType("SecLake.PowerShell.Cmdlets.SecurityLake.GetSLDataLakeCommand", throwOnError: true)!);
        Assert.Contains("SecLake.Contracts", context.Requested);
        Assert.DoesNotContain("SecLake.Core", context.Requested);
    }
}
