using SecLake.Aws;
using SecLake.Emulator;
using SecLake.Qldb;
using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.Aws;

/// <summary>
/// Each operation's resend rule (docs/RETRIES.md) against the emulator, with the answer lost after the service acted
/// (the connection cut, the body cut off, or no answer in time): the change is made exactly once, reported once as a
/// success, and the request is not sent again when a lookup shows it was carried out.
/// </summary>
public sealed class ResendRulesTests(EmulatorFixture emulator) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    private const string Account = "123456789012";

    private static RetrySettings Fast(TimeSpan? attemptTimeout = null) => new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(10),
        ThrottledBaseDelay = TimeSpan.FromMilliseconds(10),
        AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(30),
    };

    private QldbClient Qldb(TimeSpan? attemptTimeout = null)
    {
        var settings = Emulator.Settings();
        settings.Retry = Fast(attemptTimeout);
        return QldbService.Connect(settings, null);
    }

    private SecurityLakeClient SecurityLake()
    {
        var settings = Emulator.Settings();
        settings.Retry = Fast();
        return SecurityLakeService.Connect(settings, null);
    }

    private FaultInjector Faults => Emulator.Host.Faults;

    private int Sent(string operation) => Emulator.Host.Requests.Count(r => r.Operation == operation);

    private static string LedgerArn(string name) => $"arn:aws:qldb:us-east-1:{Account}:ledger/{name}";

    [Theory]
    [InlineData("reset-after")]
    [InlineData("half-body")]
    [InlineData("stall-after")]
    public async Task CreateLedger_whose_answer_is_lost_after_the_service_acted_makes_one_ledger_and_reports_it(string kind)
    {
        Faults.Add("qldb", "CreateLedger", kind switch
        {
            "reset-after" => Fault.ResetAfter(),
            "half-body" => Fault.HalfBody(),
            _ => Fault.Stall(afterRunning: true),
        });

        // Only the stall needs a short attempt; a busy machine can take longer than that to answer at all.
        var attemptTimeout = kind == "stall-after" ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(30);
        var ledger = await Qldb(attemptTimeout).CreateLedgerAsync(new CreateLedgerInput("orders", "STANDARD"));

        Assert.Equal(("orders", LedgerArn("orders")), (ledger.Name, ledger.Arn));
        // The service ran the create once; the lookup that found its ledger was the last request.
        Assert.Equal(1, Sent("CreateLedger"));
        Assert.Equal("DescribeLedger:200", Emulator.Host.Requests.Select(r => r.Operation + ":" + r.StatusCode).Last());
        Assert.Single(await Qldb().ListLedgersAsync());
    }

    [Fact]
    public async Task CreateLedger_cut_before_the_service_acted_is_sent_again_after_the_lookup_finds_nothing()
    {
        Faults.Add("qldb", "CreateLedger", Fault.CloseBefore());

        var ledger = await Qldb().CreateLedgerAsync(new CreateLedgerInput("orders", "STANDARD"));

        Assert.Equal("orders", ledger.Name);
        Assert.Equal(new[] { 0, 200 }, Emulator.Host.Requests.Where(r => r.Operation == "CreateLedger").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task An_older_ledger_of_the_same_name_is_not_taken_for_the_lost_creates_doing()
    {
        await Qldb().CreateLedgerAsync(new CreateLedgerInput("orders", "STANDARD"));
        // The lookup allows up to 2 s for the service's clock (Date headers have a one-second resolution).
        await Task.Delay(TimeSpan.FromSeconds(3));
        Faults.Add("qldb", "CreateLedger", Fault.ResetAfter());

        await Assert.ThrowsAsync<ResourceAlreadyExistsException>(() => Qldb().CreateLedgerAsync(new CreateLedgerInput("orders", "STANDARD")));
    }

    [Fact]
    public async Task DeleteLedger_whose_answer_is_lost_reports_success_once()
    {
        await Qldb().CreateLedgerAsync(new CreateLedgerInput("orders", "STANDARD") { DeletionProtection = false });
        Faults.Add("qldb", "DeleteLedger", Fault.ResetAfter());

        await Qldb().DeleteLedgerAsync("orders");

        Assert.Equal(1, Sent("DeleteLedger"));
        Assert.Empty(await Qldb().ListLedgersAsync());
    }

    [Fact]
    public async Task A_QLDB_tag_add_whose_answer_is_lost_reports_success_though_QLDB_refuses_the_keys_a_second_time()
    {
        await Qldb().CreateLedgerAsync(new CreateLedgerInput("orders", "STANDARD"));
        Faults.Add("qldb", "TagResource", Fault.ResetAfter());

        await Qldb().TagResourceAsync(LedgerArn("orders"), new Dictionary<string, string?> { ["team"] = "blue", ["env"] = "" });

        Assert.Equal(1, Sent("TagResource"));
        Assert.Equal(new[] { "env=", "team=blue" }, (await Qldb().ListTagsForResourceAsync(LedgerArn("orders"))).Select(t => t.ToString()));
    }

    [Fact]
    public async Task Safe_QLDB_writes_are_sent_again_after_a_lost_answer()
    {
        await Qldb().CreateLedgerAsync(new CreateLedgerInput("orders", "STANDARD") { Tags = new Dictionary<string, string?> { ["team"] = "blue" } });
        Faults.Add("qldb", "UpdateLedger", Fault.ResetAfter());
        Faults.Add("qldb", "UpdateLedgerPermissionsMode", Fault.ResetAfter());
        Faults.Add("qldb", "UntagResource", Fault.ResetAfter());

        var updated = await Qldb().UpdateLedgerAsync("orders", false, null);
        await Qldb().UpdateLedgerPermissionsModeAsync("orders", "ALLOW_ALL");
        await Qldb().UntagResourceAsync(LedgerArn("orders"), ["team"]);

        Assert.False(updated.DeletionProtection);
        Assert.Equal((2, 2, 2), (Sent("UpdateLedger"), Sent("UpdateLedgerPermissionsMode"), Sent("UntagResource")));
        Assert.Empty(await Qldb().ListTagsForResourceAsync(LedgerArn("orders")));
    }

    [Fact]
    public async Task CreateSubscriber_whose_answer_is_lost_makes_one_subscriber_and_reports_it()
    {
        var client = SecurityLake();
        await client.ApplyDataLakePlanAsync(await client.PlanDataLakesAsync(Spec("us-east-1"), DataLakePlanMode.CreateOrUpdate));
        Faults.Add("securitylake", "CreateSubscriber", Fault.ResetAfter());

        var subscriber = await client.CreateSubscriberAsync(Subscriber("auditors"));

        var all = await client.ListSubscribersAsync();
        Assert.Equal(subscriber.SubscriberId, Assert.Single(all).SubscriberId);
        Assert.Equal(("auditors", "210987654321", "ext-1"), (subscriber.SubscriberName, subscriber.AccountId, subscriber.ExternalId));
        Assert.Equal(1, Sent("CreateSubscriber"));
    }

    [Fact]
    public async Task Two_identical_rows_whose_answers_are_both_lost_make_two_subscribers_each_reported_once()
    {
        var client = SecurityLake();
        await client.ApplyDataLakePlanAsync(await client.PlanDataLakesAsync(Spec("us-east-1"), DataLakePlanMode.CreateOrUpdate));
        Faults.Add("securitylake", "CreateSubscriber", Fault.ResetAfter(), count: 2);

        var first = await client.CreateSubscriberAsync(Subscriber("auditors"));
        var second = await client.CreateSubscriberAsync(Subscriber("auditors"));

        Assert.NotEqual(first.SubscriberId, second.SubscriberId);
        Assert.Equal(2, (await client.ListSubscribersAsync()).Count);
        Assert.Equal(2, Sent("CreateSubscriber"));
    }

    [Fact]
    public async Task DeleteSubscriber_whose_answer_is_lost_reports_success_once()
    {
        var client = SecurityLake();
        await client.ApplyDataLakePlanAsync(await client.PlanDataLakesAsync(Spec("us-east-1"), DataLakePlanMode.CreateOrUpdate));
        var subscriber = await client.CreateSubscriberAsync(Subscriber("auditors"));
        Faults.Add("securitylake", "DeleteSubscriber", Fault.ResetAfter());

        await client.DeleteSubscriberAsync(subscriber.SubscriberId);

        Assert.Equal(1, Sent("DeleteSubscriber"));
        Assert.Empty(await client.ListSubscribersAsync());
    }

    [Fact]
    public async Task CreateDataLake_and_DeleteDataLake_whose_answers_are_lost_report_success_once()
    {
        var client = SecurityLake();
        Faults.Add("securitylake", "CreateDataLake", Fault.HalfBody());
        Faults.Add("securitylake", "DeleteDataLake", Fault.ResetAfter());

        var lakes = await client.ApplyDataLakePlanAsync(await client.PlanDataLakesAsync(Spec("us-east-1", "eu-west-1"), DataLakePlanMode.CreateOrUpdate));
        Assert.Equal(["us-east-1", "eu-west-1"], lakes.Select(l => l.Region));
        await client.DeleteDataLakeAsync(["us-east-1", "eu-west-1"]);

        Assert.Equal((1, 1), (Sent("CreateDataLake"), Sent("DeleteDataLake")));
        Assert.Empty(await client.ListDataLakesAsync());
    }

    [Fact]
    public async Task Security_Lake_tag_changes_are_safe_to_send_again()
    {
        var client = SecurityLake();
        var lake = Assert.Single(await client.ApplyDataLakePlanAsync(await client.PlanDataLakesAsync(Spec("us-east-1"), DataLakePlanMode.CreateOrUpdate)));
        Faults.Add("securitylake", "TagResource", Fault.ResetAfter());
        Faults.Add("securitylake", "UntagResource", Fault.ResetAfter());

        await client.TagResourceAsync(lake.DataLakeArn, new Dictionary<string, string> { ["team"] = "blue", ["env"] = "prod" });
        await client.UntagResourceAsync(lake.DataLakeArn, ["env"]);

        Assert.Equal((2, 2), (Sent("TagResource"), Sent("UntagResource")));
        Assert.Equal(["team=blue"], (await client.ListTagsForResourceAsync(lake.DataLakeArn)).Select(t => t.ToString()));
    }

    private static SubscriberSpec Subscriber(string name) =>
        new() { AccountId = "210987654321", ExternalId = "ext-1", AwsSourceTypes = ["CLOUD_TRAIL"], SubscriberName = name };
}
