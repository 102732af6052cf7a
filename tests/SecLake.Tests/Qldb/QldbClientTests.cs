using SecLake.Qldb;
using SecLake.Tests.Support;
using SecLake.Tests.Validation;
using Xunit;

namespace SecLake.Tests.Qldb;

public class QldbClientTests
{
    [Theory]
    [InlineData("a--b")]
    [InlineData("123")]
    [InlineData("-x")]
    [InlineData("x-")]
    [InlineData("")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")] // 33 characters
    [InlineData("has space")]
    [InlineData("ünïcode")]
    public async Task Names_the_service_would_refuse_are_refused_before_any_request(string name)
    {
        var invoker = new ScriptedInvoker();
        var client = new QldbClient(invoker, "us-east-1");
        var e = await Assert.ThrowsAsync<InputValidationException>(() => client.CreateLedgerAsync(new CreateLedgerInput(name, "STANDARD"), default));
        Assert.Equal("Name", e.ParamName);
        Assert.Contains(name, e.Message);
        Assert.Empty(invoker.Requests);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a-b-c")]
    [InlineData("1a")]
    [InlineData("a1")]
    [InlineData("Ledger-2024")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")] // 32 characters
    public async Task Names_the_service_accepts_are_sent(string name)
    {
        var invoker = new ScriptedInvoker().Returns($$"""{"Name":"{{name}}","State":"CREATING"}""");
        var ledger = await new QldbClient(invoker, "us-east-1").CreateLedgerAsync(new CreateLedgerInput(name, "STANDARD"), default);
        Assert.Equal(name, ledger.Name);
        Assert.Single(invoker.Requests);
    }

    [Fact]
    public void Name_rule_is_the_model_pattern_and_lengths()
    {
        Assert.Equal(QldbConstraints.LedgerNamePattern, ModelPattern.ToDotNet(ServiceModel.Qldb.Pattern("LedgerName")!));
        Assert.Equal(QldbConstraints.LedgerNameMinLength, ServiceModel.Qldb.Min("LedgerName"));
        Assert.Equal(QldbConstraints.LedgerNameMaxLength, ServiceModel.Qldb.Max("LedgerName"));
        Assert.Equal(QldbConstraints.KmsKeyMaxLength, ServiceModel.Qldb.Max("KmsKey"));
        Assert.Equal(QldbConstraints.TagsMaxCount, ServiceModel.Qldb.Max("Tags"));
        Assert.Equal(QldbConstraints.TagKeyMinLength, ServiceModel.Qldb.Min("TagKey"));
        Assert.Equal(QldbConstraints.TagKeyMaxLength, ServiceModel.Qldb.Max("TagKey"));
        Assert.Equal(QldbConstraints.TagValueMinLength, ServiceModel.Qldb.Min("TagValue"));
        Assert.Equal(QldbConstraints.TagValueMaxLength, ServiceModel.Qldb.Max("TagValue"));
        Assert.Equal(QldbConstraints.TagKeyListMaxCount, ServiceModel.Qldb.Max("TagKeyList"));
        Assert.Equal(QldbConstraints.ArnMinLength, ServiceModel.Qldb.Min("Arn"));
        Assert.Equal(QldbConstraints.ArnMaxLength, ServiceModel.Qldb.Max("Arn"));
        Assert.Equal(QldbConstraints.PermissionsModes, ServiceModel.Qldb.Enum("PermissionsMode"));
        Assert.Equal(QldbConstraints.LedgerStates, ServiceModel.Qldb.Enum("LedgerState"));
    }

    public static TheoryData<Dictionary<string, string?>, string> BadTags => new()
    {
        { new() { [""] = "v" }, "tag keys must be 1 to 128" },
        { new() { [new string('k', 129)] = "v" }, "tag keys must be 1 to 128" },
        { new() { ["k"] = new string('v', 257) }, "tag values must be 0 to 256" },
        { Enumerable.Range(0, 201).ToDictionary(i => "k" + i, i => (string?)"v"), "at most 200" },
    };

    [Theory]
    [MemberData(nameof(BadTags))]
    public async Task Tags_outside_the_model_limits_are_refused_before_any_request(Dictionary<string, string?> tags, string expected)
    {
        var invoker = new ScriptedInvoker();
        var input = new CreateLedgerInput("ok", "STANDARD") { Tags = tags };
        var e = await Assert.ThrowsAsync<InputValidationException>(() => new QldbClient(invoker, null).CreateLedgerAsync(input, default));
        Assert.Contains(expected, e.Message);
        Assert.Empty(invoker.Requests);
    }

    [Fact]
    public async Task Tags_at_the_model_limits_are_accepted()
    {
        var tags = Enumerable.Range(0, 200).ToDictionary(i => new string('k', 120) + i.ToString("000"), _ => (string?)new string('v', 256));
        tags[new string('k', 120) + "000"] = "";
        var invoker = new ScriptedInvoker().On("CreateLedger", """{"Name":"ok","State":"CREATING"}""");
        await new QldbClient(invoker, null).CreateLedgerAsync(new CreateLedgerInput("ok", "STANDARD") { Tags = tags }, default);
        Assert.Single(invoker.Requests);
    }

    [Fact]
    public async Task Unknown_permissions_mode_is_refused()
    {
        var invoker = new ScriptedInvoker();
        var e = await Assert.ThrowsAsync<InputValidationException>(() => new QldbClient(invoker, null).CreateLedgerAsync(new CreateLedgerInput("ok", "allow_all"), default));
        Assert.Equal("PermissionsMode", e.ParamName);
        Assert.Empty(invoker.Requests);
    }

    [Fact]
    public async Task Listing_follows_NextToken_to_the_end()
    {
        var invoker = new ScriptedInvoker()
            .Returns("""{"Ledgers":[{"Name":"a","State":"ACTIVE","CreationDateTime":1}],"NextToken":"dG9rMQ=="}""")
            .Returns("""{"Ledgers":[{"Name":"b","State":"CREATING","CreationDateTime":2}],"NextToken":"dG9rMg=="}""")
            .Returns("""{"Ledgers":[{"Name":"c","State":"ACTIVE","CreationDateTime":3}]}""");
        var ledgers = await new QldbClient(invoker, "eu-west-1").ListLedgersAsync(default);
        Assert.Equal(new[] { "a", "b", "c" }, ledgers.Select(l => l.Name));
        Assert.Equal(new[] { "", "next_token=dG9rMQ==", "next_token=dG9rMg==" }, invoker.Requests.Select(r => r.QueryString()));
        Assert.All(ledgers, l => Assert.Equal("eu-west-1", l.Region));
    }

    [Fact]
    public async Task Waiting_polls_until_the_state_is_reached_and_reports_progress()
    {
        var invoker = new ScriptedInvoker()
            .Returns("""{"Name":"l","State":"CREATING"}""")
            .Returns("""{"Name":"l","State":"CREATING"}""")
            .Returns("""{"Name":"l","State":"ACTIVE"}""");
        var reports = new List<WaitProgress>();
        var ledger = await new QldbClient(invoker, null).WaitForLedgerAsync("l", new[] { "ACTIVE" }, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(1), new SyncProgress<WaitProgress>(reports.Add), default);
        Assert.Equal("ACTIVE", ledger.State);
        Assert.Equal(3, invoker.Requests.Count);
        Assert.Equal(2, reports.Count);
        Assert.Contains("CREATING", reports[0].Status);
    }

    [Fact]
    public async Task Waiting_for_DELETED_treats_a_missing_ledger_as_deleted()
    {
        var invoker = new ScriptedInvoker()
            .Returns("""{"Name":"l","State":"DELETING"}""")
            .Throws(QldbErrorsTests.Error("ResourceNotFoundException", 404));
        var ledger = await new QldbClient(invoker, "us-east-1").WaitForLedgerAsync("l", new[] { "DELETED" }, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(1), null, default);
        Assert.Equal("DELETED", ledger.State);
    }

    [Fact]
    public async Task Waiting_gives_up_after_the_timeout_naming_the_last_state()
    {
        var invoker = new ScriptedInvoker();
        for (int i = 0; i < 100; i++) invoker.Returns("""{"Name":"l","State":"CREATING"}""");
        var e = await Assert.ThrowsAsync<WaitTimeoutException>(() =>
            new QldbClient(invoker, null).WaitForLedgerAsync("l", new[] { "ACTIVE" }, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(20), null, default));
        Assert.Equal("CREATING", e.LastState);
        Assert.Contains("-TimeoutSec", e.Message);
    }

    [Fact]
    public async Task Waiting_stops_promptly_when_cancelled()
    {
        var invoker = new ScriptedInvoker();
        for (int i = 0; i < 100; i++) invoker.Returns("""{"Name":"l","State":"CREATING"}""");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new QldbClient(invoker, null).WaitForLedgerAsync("l", new[] { "ACTIVE" }, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(30), null, cancel.Token));
    }
}
