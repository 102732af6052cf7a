using SecLake.Completion;
using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.Completion;

/// <summary>Subscription IDs (with the subscriber's name), Security Lake ARNs and tag keys, live from the emulator.</summary>
public class SecurityLakeLiveCompletionTests(ShortDelaysFixture emulator) : SharedEmulatorTests<ShortDelaysFixture>(emulator)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    /// <summary>A data lake in us-east-1 and two subscribers; returns them.</summary>
    private async Task<(SecurityLakeClient Client, Subscriber Auditors, Subscriber AppTeam)> Arrange()
    {
        var client = Emulator.ConnectSecurityLake();
        var plan = await client.PlanDataLakesAsync(Spec("us-east-1"), DataLakePlanMode.CreateOrUpdate);
        await client.ApplyDataLakePlanAsync(plan);
        var auditors = await client.CreateSubscriberAsync(new SubscriberSpec
        {
            AccountId = "210987654321",
            ExternalId = "ext-1",
            AwsSourceTypes = ["CLOUD_TRAIL", "VPC_FLOW"],
            SubscriberName = "auditors",
            AccessTypes = ["S3"],
            Tags = Tags("team", "audit", "tier", "1"),
        });
        var appTeam = await client.CreateSubscriberAsync(new SubscriberSpec
        {
            AccountId = "109876543210",
            ExternalId = "ext-2",
            CustomSourceTypes = ["app-logs"],
            SubscriberName = "app-team",
            AccessTypes = ["LAKEFORMATION"],
        });
        return (client, auditors, appTeam);
    }

    [Fact]
    public async Task Subscription_ids_are_found_by_subscriber_name_or_id_and_show_the_name()
    {
        var (_, auditors, appTeam) = await Arrange();

        var byName = Assert.Single(LiveCompletion.SubscriptionIds(Emulator.Settings(), "AUD", Budget));
        Assert.Equal(auditors.SubscriptionId, byName.Value);
        Assert.Equal($"{auditors.SubscriptionId} (auditors)", byName.ListItemText);
        Assert.Equal("auditors: account 210987654321, ACTIVE, CLOUD_TRAIL_MGMT, VPC_FLOW", byName.ToolTip);

        var byId = LiveCompletion.SubscriptionIds(Emulator.Settings(), appTeam.SubscriptionId.Substring(0, 8), Budget);
        Assert.Contains(byId, c => c.Value == appTeam.SubscriptionId);
        Assert.Equal(new[] { "app-team", "auditors" }, LiveCompletion.SubscriptionIds(Emulator.Settings(), "", Budget).Select(c => c.ToolTip.Split(':')[0]));
    }

    [Fact]
    public async Task Resource_arns_are_the_data_lakes_and_the_subscribers()
    {
        var (_, auditors, appTeam) = await Arrange();

        var all = LiveCompletion.SecurityLakeArns(Emulator.Settings(), "", Budget);
        Assert.Equal(3, all.Count);
        Assert.StartsWith("Data lake in us-east-1", all[0].ToolTip);
        Assert.Equal(auditors.SubscriberArn, Assert.Single(LiveCompletion.SecurityLakeArns(Emulator.Settings(), "aud", Budget)).Value);
        Assert.Equal(all[0].Value, Assert.Single(LiveCompletion.SecurityLakeArns(Emulator.Settings(), "us-e", Budget)).Value);
        Assert.Equal(appTeam.SubscriberArn, Assert.Single(LiveCompletion.SecurityLakeArns(Emulator.Settings(), appTeam.SubscriberArn.Substring(0, appTeam.SubscriberArn.Length - 4), Budget)).Value);
    }

    [Fact]
    public async Task Tag_keys_come_from_the_Security_Lake_resource()
    {
        var (_, auditors, _) = await Arrange();

        var keys = LiveCompletion.TagKeys(Emulator.Settings(), SecurityLakeService.ServiceId, auditors.SubscriberArn, new[] { "team" }, "", Budget);
        Assert.Equal(new[] { "tier" }, keys.Select(k => k.Value));
        Assert.Equal("tier = 1", keys[0].ToolTip);
    }

    [Fact]
    public void An_unreachable_Security_Lake_endpoint_gives_nothing_quickly()
    {
        var settings = Emulator.Settings();
        settings.EndpointUrl = "http://127.0.0.1:1";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(LiveCompletion.SubscriptionIds(settings, "", TimeSpan.FromSeconds(3)));
        Assert.Empty(LiveCompletion.SecurityLakeArns(settings, "", TimeSpan.FromSeconds(3)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(7), clock.Elapsed.ToString());
    }
}
