using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Completion;

/// <summary>The completers are attached to exactly the parameters they serve (read from the built SecLake.dll).</summary>
public class CompleterAttachmentTests
{
    /// <summary>(cmdlet, parameter) -> completer, for every parameter that has one besides -Region.</summary>
    private static readonly Dictionary<(string Cmdlet, string Parameter), string> Expected = new()
    {
        [("Get-QLDBLedger", "Name")] = "LedgerNameCompleter",
        [("Update-QLDBLedger", "Name")] = "LedgerNameCompleter",
        [("Remove-QLDBLedger", "Name")] = "LedgerNameCompleter",
        [("Wait-QLDBLedger", "Name")] = "LedgerNameCompleter",
        [("New-QLDBLedger", "KmsKey")] = "KmsKeyCompleter",
        [("Update-QLDBLedger", "KmsKey")] = "KmsKeyCompleter",
        [("Add-QLDBResourceTag", "ResourceArn")] = "LedgerArnCompleter",
        [("Get-QLDBResourceTag", "ResourceArn")] = "LedgerArnCompleter",
        [("Remove-QLDBResourceTag", "ResourceArn")] = "LedgerArnCompleter",
        [("Remove-QLDBResourceTag", "TagKey")] = "TagKeyCompleter",
        [("New-SLDataLake", "DataLakeRegion")] = "RegionCompleter",
        [("Get-SLDataLake", "DataLakeRegion")] = "RegionCompleter",
        [("Update-SLDataLake", "DataLakeRegion")] = "RegionCompleter",
        [("Remove-SLDataLake", "DataLakeRegion")] = "RegionCompleter",
        [("New-SLDataLake", "ReplicationDestinationRegion")] = "RegionCompleter",
        [("Update-SLDataLake", "ReplicationDestinationRegion")] = "RegionCompleter",
        [("New-SLDataLake", "EncryptionKey")] = "EncryptionKeyCompleter",
        [("Update-SLDataLake", "EncryptionKey")] = "EncryptionKeyCompleter",
        [("Get-SLSubscriber", "SubscriptionId")] = "SubscriptionIdCompleter",
        [("Update-SLSubscriber", "SubscriptionId")] = "SubscriptionIdCompleter",
        [("Remove-SLSubscriber", "SubscriptionId")] = "SubscriptionIdCompleter",
        [("Add-SLResourceTag", "ResourceArn")] = "SecurityLakeArnCompleter",
        [("Get-SLResourceTag", "ResourceArn")] = "SecurityLakeArnCompleter",
        [("Remove-SLResourceTag", "ResourceArn")] = "SecurityLakeArnCompleter",
        [("Remove-SLResourceTag", "TagKey")] = "TagKeyCompleter",
        // ---- organization ----
        [("New-SLDataLakeOrganizationConfiguration", "DataLakeRegion")] = "RegionCompleter",
        [("Get-SLDataLakeOrganizationConfiguration", "DataLakeRegion")] = "RegionCompleter",
        [("Remove-SLDataLakeOrganizationConfiguration", "DataLakeRegion")] = "RegionCompleter",
        // ---- log sources ----
        [("New-SLAwsLogSource", "DataLakeRegion")] = "RegionCompleter",
        [("Remove-SLAwsLogSource", "DataLakeRegion")] = "RegionCompleter",
        [("Get-SLLogSource", "DataLakeRegion")] = "RegionCompleter",
        [("Remove-SLAwsLogSource", "AccountId")] = "LogSourceAccountCompleter",
        [("Get-SLLogSource", "AccountId")] = "LogSourceAccountCompleter",
        [("Get-SLDataLakeSource", "AccountId")] = "LogSourceAccountCompleter",
        [("Get-SLLogSource", "CustomSourceName")] = "CustomLogSourceNameCompleter",
        [("Remove-SLCustomLogSource", "SourceName")] = "CustomLogSourceNameCompleter",
        [("New-SLCustomLogSource", "EventClass")] = "EventClassCompleter",
        [("New-SLSubscriberNotification", "SubscriptionId")] = "SubscriptionIdCompleter",
        [("Update-SLSubscriberNotification", "SubscriptionId")] = "SubscriptionIdCompleter",
        [("Remove-SLSubscriberNotification", "SubscriptionId")] = "SubscriptionIdCompleter",
        [("New-SLDataLakeExceptionSubscription", "SubscriptionProtocol")] = "SubscriptionProtocolCompleter",
        [("Update-SLDataLakeExceptionSubscription", "SubscriptionProtocol")] = "SubscriptionProtocolCompleter",
        [("Get-SLDataLakeException", "DataLakeRegion")] = "RegionCompleter",
    };

    [Fact]
    public void Every_completer_is_on_the_parameter_it_serves_and_nowhere_else()
    {
        var actual = CmdletMetadata.All
            .SelectMany(c => c.Parameters.Where(p => p.Completer != null && p.Name != "Region").Select(p => (Key: (c.Name, p.Name), p.Completer)))
            .ToDictionary(x => x.Key, x => x.Completer!);

        Assert.Equal(Expected.OrderBy(e => e.Key.ToString()), actual.OrderBy(e => e.Key.ToString()));
    }

    [Fact]
    public void Every_cmdlet_completes_Region_with_its_services_regions()
    {
        Assert.All(CmdletMetadata.All, c => Assert.Equal("RegionCompleter", c.Parameter("Region").Completer));
    }

    [Fact]
    public void Region_lists_complete_regions_and_each_subscriber_cmdlet_completes_subscription_ids()
    {
        // The three the issue names, checked on their own so a regression names them.
        Assert.Equal("RegionCompleter", CmdletMetadata.Get("New-SLDataLake").Parameter("DataLakeRegion").Completer);
        Assert.Equal("RegionCompleter", CmdletMetadata.Get("New-SLDataLake").Parameter("ReplicationDestinationRegion").Completer);
        Assert.All(new[] { "Get-SLSubscriber", "Update-SLSubscriber", "Remove-SLSubscriber" },
            c => Assert.Equal("SubscriptionIdCompleter", CmdletMetadata.Get(c).Parameter("SubscriptionId").Completer));
    }

    [Fact]
    public void A_new_ledger_name_is_not_completed_from_existing_ones()
    {
        Assert.Null(CmdletMetadata.Get("New-QLDBLedger").Parameter("Name").Completer);
    }

    [Fact]
    public void No_parameter_with_a_ValidateSet_has_a_completer_too()
    {
        // PowerShell completes a ValidateSet by itself; a completer would replace that.
        var both = CmdletMetadata.All.SelectMany(c => c.Parameters.Where(p => p.Completer != null && p.Validation.Any(v => v.StartsWith("ValidateSet(", StringComparison.Ordinal))).Select(p => $"{c.Name} -{p.Name}"));
        Assert.Empty(both);
    }

    [Fact]
    public void Every_attached_completer_is_a_public_IArgumentCompleter_PowerShell_can_create()
    {
        var completer = BuiltModule.SmaType("System.Management.Automation.IArgumentCompleter");
        var types = CmdletMetadata.All.SelectMany(c => c.Parameters).Select(p => p.Completer).OfType<string>().Distinct()
            .Select(name => BuiltModule.Assembly.GetTypes().Single(t => t.Name == name));
        Assert.All(types, t =>
        {
            Assert.True(t.IsPublic && !t.IsAbstract, $"{t.Name} must be public and concrete");
            Assert.Contains(t.GetInterfaces(), i => i.FullName == completer.FullName);
            Assert.NotNull(t.GetConstructor(Type.EmptyTypes));
        });
    }
}
