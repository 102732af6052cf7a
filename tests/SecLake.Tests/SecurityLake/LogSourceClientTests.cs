using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The log-source methods of the client over a scripted invoker: the documented source names, what each request
/// sends, paging, the failed accounts, and every refusal made before any request.
/// </summary>
public sealed class LogSourceClientTests
{
    private const string Role = "arn:aws:iam::123456789012:role/GlueCrawler";
    private readonly ScriptedInvoker _invoker = new();
    private readonly SecurityLakeClient _client;

    public LogSourceClientTests() => _client = new SecurityLakeClient(_invoker, "us-east-1");

    private static AwsLogSourceSpec Spec(Action<AwsLogSourceSpec>? change = null)
    {
        var spec = new AwsLogSourceSpec { SourceNames = ["VPC_FLOW"], Regions = ["us-east-1"], Accounts = ["111122223333"] };
        change?.Invoke(spec);
        return spec;
    }

    private static CustomLogSourceInput Custom(Action<CustomLogSourceInput>? change = null)
    {
        var input = new CustomLogSourceInput { SourceName = "app-logs", CrawlerRoleArn = Role, ProviderPrincipal = "210987654321", ExternalId = "ext-app" };
        change?.Invoke(input);
        return input;
    }

    [Fact]
    public async Task Adding_sends_the_documented_CLOUD_TRAIL_as_CLOUD_TRAIL_MGMT_each_source_once()
    {
        _invoker.On("CreateAwsLogSource", """{"failed":[]}""");

        var result = await _client.CreateAwsLogSourceAsync(Spec(s =>
        {
            s.SourceNames = ["cloud_trail", "VPC_FLOW", "CLOUD_TRAIL_MGMT"];
            s.Regions = ["us-east-1", "EU-WEST-1", "us-east-1"];
            s.Accounts = ["111122223333", "444455556666", "111122223333"];
        }));

        Assert.Equal(
            """{"sources":[{"accounts":["111122223333","444455556666"],"regions":["us-east-1","eu-west-1"],"sourceName":"CLOUD_TRAIL_MGMT"},{"accounts":["111122223333","444455556666"],"regions":["us-east-1","eu-west-1"],"sourceName":"VPC_FLOW"}]}""",
            _invoker.Requests.Single().Body());
        Assert.Empty(result.FailedAccounts);
        Assert.Equal(8, result.Sources.Count);
        Assert.Equal("111122223333 us-east-1 CLOUD_TRAIL_MGMT", $"{result.Sources[0].AccountId} {result.Sources[0].Region} {result.Sources[0].SourceName}");
        Assert.Equal("444455556666 eu-west-1 VPC_FLOW", $"{result.Sources[7].AccountId} {result.Sources[7].Region} {result.Sources[7].SourceName}");
    }

    [Fact]
    public async Task The_failed_accounts_are_reported_and_left_out_of_the_sources()
    {
        _invoker.On("CreateAwsLogSource", """{"failed":["444455556666"]}""");

        var result = await _client.CreateAwsLogSourceAsync(Spec(s => s.Accounts = ["111122223333", "444455556666"]));

        Assert.Equal(["444455556666"], result.FailedAccounts);
        Assert.Equal(["111122223333"], result.Sources.Select(s => s.AccountId));
        var error = new LogSourceAccountFailedException("444455556666", adding: true, result.SourceNames, result.Regions);
        Assert.Equal(("LogSourceAccountFailed", ErrorKind.InvalidOperation), (error.ErrorId, error.Kind));
        Assert.Equal("Security Lake did not add VPC_FLOW in us-east-1 for account 444455556666: the service listed the account as failed, which it does for an account that is not part of your organization.",
            error.Message);
    }

    [Fact]
    public async Task Without_accounts_the_member_is_left_out_and_the_sources_have_no_account()
    {
        _invoker.On("DeleteAwsLogSource", "{}");

        var result = await _client.DeleteAwsLogSourceAsync(Spec(s => { s.Accounts = null; s.SourceVersion = "latest"; }));

        Assert.Equal("""{"sources":[{"regions":["us-east-1"],"sourceName":"VPC_FLOW","sourceVersion":"latest"}]}""", _invoker.Requests.Single().Body());
        Assert.Equal("DeleteAwsLogSource", _invoker.Requests.Single().OperationName);
        Assert.Null(Assert.Single(result.Sources).AccountId);
    }

    private static readonly Dictionary<string, (Func<AwsLogSourceSpec> Spec, string Parameter, string Message)> AwsRefusals = new()
    {
        ["no source name"] = (() => Spec(s => s.SourceNames = []), "SourceName", "SourceName is required: name at least one AWS source, such as CLOUD_TRAIL_MGMT."),
        ["an unknown source name"] = (() => Spec(s => s.SourceNames = ["VPC_FLOW", "GUARDDUTY"]), "SourceName",
            "SourceName[1] 'GUARDDUTY' is not an AWS source type. Valid values: ROUTE53, VPC_FLOW, CLOUD_TRAIL, SH_FINDINGS, CLOUD_TRAIL_MGMT, LAMBDA_EXECUTION, S3_DATA, EKS_AUDIT, WAF."),
        ["no Region"] = (() => Spec(s => s.Regions = null), "DataLakeRegion", "DataLakeRegion is required: name at least one Region whose data lake collects the sources."),
        ["an unknown Region"] = (() => Spec(s => s.Regions = ["us-east-9"]), "DataLakeRegion",
            "DataLakeRegion 'us-east-9' is not a Security Lake Region. Security Lake Regions (aws): " + DataLakeTestData.AwsRegionList + "."),
        ["a Region of another partition"] = (() => Spec(s => s.Regions = ["us-gov-west-1"]), "DataLakeRegion",
            "DataLakeRegion 'us-gov-west-1' is in partition aws-us-gov, but the client's Region is in partition aws."),
        ["a short account"] = (() => Spec(s => s.Accounts = ["111122223333", "1234"]), "AccountId", $"AccountId[1] '1234' is not valid: {SecurityLakeConstraints.AwsAccountIdRule}."),
        ["an account of non-ASCII digits"] = (() => Spec(s => s.Accounts = ["١٢٣٤٥٦٧٨٩٠١٢"]), "AccountId", $"AccountId '١٢٣٤٥٦٧٨٩٠١٢' is not valid: {SecurityLakeConstraints.AwsAccountIdRule}."),
        ["a version outside the pattern"] = (() => Spec(s => s.SourceVersion = "2"), "SourceVersion", $"SourceVersion '2' is not valid: {SecurityLakeConstraints.AwsLogSourceVersionRule}."),
    };

    public static TheoryData<string> AwsRefusalNames => new(AwsRefusals.Keys);

    [Theory]
    [MemberData(nameof(AwsRefusalNames))]
    public async Task Adding_and_removing_refuse_bad_input_before_any_request(string name)
    {
        var (spec, parameter, message) = AwsRefusals[name];

        RefusalAssert.Is(await Assert.ThrowsAsync<InputValidationException>(() => _client.CreateAwsLogSourceAsync(spec())), parameter, message);
        RefusalAssert.Is(await Assert.ThrowsAsync<InputValidationException>(() => _client.DeleteAwsLogSourceAsync(spec())), parameter, message);
        Assert.Empty(_invoker.Requests);
    }

    [Fact]
    public async Task Listing_pages_to_the_end_with_the_same_filters()
    {
        _invoker
            .On("ListLogSources", """{"nextToken":"p2","sources":[{"account":"111122223333","region":"us-east-1","sources":[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT","sourceVersion":"2.0"}}]}]}""")
            .On("ListLogSources", """{"sources":[{"account":"444455556666","region":"us-east-1","sources":[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT","sourceVersion":"2.0"}}]}]}""");

        var sources = await _client.ListLogSourcesAsync(new LogSourceFilter { AwsSourceNames = ["CLOUD_TRAIL"], Regions = ["us-east-1"] }, pageSize: 1);

        Assert.Equal(["111122223333", "444455556666"], sources.Select(s => s.AccountId));
        Assert.Equal("""{"maxResults":1,"regions":["us-east-1"],"sources":[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT"}}]}""", _invoker.Requests[0].Body());
        Assert.Equal("""{"maxResults":1,"nextToken":"p2","regions":["us-east-1"],"sources":[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT"}}]}""", _invoker.Requests[1].Body());
    }

    [Fact]
    public async Task A_version_filter_applies_to_every_source_named()
    {
        _invoker.On("ListLogSources", """{"sources":[]}""");

        await _client.ListLogSourcesAsync(new LogSourceFilter { AwsSourceNames = ["WAF"], CustomSourceNames = ["app"], SourceVersion = "2.0", Accounts = [] });

        Assert.Equal("""{"sources":[{"awsLogSource":{"sourceName":"WAF","sourceVersion":"2.0"}},{"customLogSource":{"sourceName":"app","sourceVersion":"2.0"}}]}""", _invoker.Requests.Single().Body());
    }

    private static readonly Dictionary<string, (LogSourceFilter Filter, int? PageSize, string Parameter, string Message)> ListRefusals = new()
    {
        ["a version without a source"] = (new LogSourceFilter { SourceVersion = "2.0" }, null, "SourceVersion",
            "SourceVersion narrows the sources named by SourceName or CustomSourceName; name at least one of them with it."),
        ["a custom version for an AWS source"] = (new LogSourceFilter { AwsSourceNames = ["WAF"], SourceVersion = "v1" }, null, "SourceVersion",
            $"SourceVersion 'v1' is not valid: {SecurityLakeConstraints.AwsLogSourceVersionRule}."),
        ["a custom name outside the pattern"] = (new LogSourceFilter { CustomSourceNames = ["my app"] }, null, "CustomSourceName",
            $"CustomSourceName 'my app' is not valid: {SecurityLakeConstraints.CustomLogSourceNameRule}."),
        ["a page size over 100"] = (new LogSourceFilter(), 101, "MaxResults", "MaxResults is 101; it must be 1 to 100."),
        ["a bad account"] = (new LogSourceFilter { Accounts = ["x"] }, null, "AccountId", $"AccountId 'x' is not valid: {SecurityLakeConstraints.AwsAccountIdRule}."),
    };

    public static TheoryData<string> ListRefusalNames => new(ListRefusals.Keys);

    [Theory]
    [MemberData(nameof(ListRefusalNames))]
    public async Task Listing_refuses_bad_filters_before_any_request(string name)
    {
        var (filter, pageSize, parameter, message) = ListRefusals[name];

        RefusalAssert.Is(await Assert.ThrowsAsync<InputValidationException>(() => _client.ListLogSourcesAsync(filter, pageSize)), parameter, message);
        Assert.Empty(_invoker.Requests);
    }

    [Fact]
    public async Task Creating_a_custom_source_reads_it_back_in_the_client_Region_with_its_event_classes()
    {
        _invoker.On("CreateCustomLogSource", """{"source":{"provider":{"location":"s3://b/ext/app-logs/1.0/","roleArn":"arn:aws:iam::123456789012:role/p"},"sourceName":"app-logs","sourceVersion":"1.0"}}""");

        var source = await _client.CreateCustomLogSourceAsync(Custom(c => c.EventClasses = ["FILE_ACTIVITY", "FILE_ACTIVITY", "DNS_ACTIVITY"]));

        Assert.Equal(("app-logs", "us-east-1", "s3://b/ext/app-logs/1.0/"), (source.SourceName, source.Region, source.ProviderLocation));
        Assert.Equal(["FILE_ACTIVITY", "DNS_ACTIVITY"], source.EventClasses!);
        Assert.Contains("\"eventClasses\":[\"FILE_ACTIVITY\",\"DNS_ACTIVITY\"]", _invoker.Requests.Single().Body());
    }

    private static readonly Dictionary<string, (Func<CustomLogSourceInput> Input, string Parameter, string Message)> CustomRefusals = new()
    {
        ["no name"] = (() => Custom(c => c.SourceName = null), "SourceName", "SourceName is required: the name of the custom source."),
        ["a name over 64 characters"] = (() => Custom(c => c.SourceName = new string('a', 65)), "SourceName", $"SourceName '{new string('a', 65)}' has 65 characters; it must have 1 to 64."),
        ["a name with a space"] = (() => Custom(c => c.SourceName = "app logs"), "SourceName", $"SourceName 'app logs' is not valid: {SecurityLakeConstraints.CustomLogSourceNameRule}."),
        ["a version outside the pattern"] = (() => Custom(c => c.SourceVersion = "1/0"), "SourceVersion", $"SourceVersion '1/0' is not valid: {SecurityLakeConstraints.CustomLogSourceVersionRule}."),
        ["a lower-case event class"] = (() => Custom(c => c.EventClasses = ["FILE_ACTIVITY", "dns_activity"]), "EventClass",
            $"EventClass[1] 'dns_activity' is not valid: {SecurityLakeConstraints.OcsfEventClassRule}."),
        ["no crawler role"] = (() => Custom(c => c.CrawlerRoleArn = null), "CrawlerRoleArn", "CrawlerRoleArn is required: the IAM role the Glue crawler of the source uses."),
        ["a crawler role that is no role ARN"] = (() => Custom(c => c.CrawlerRoleArn = "arn:aws:iam::123456789012:user/x"), "CrawlerRoleArn",
            $"CrawlerRoleArn 'arn:aws:iam::123456789012:user/x' is not valid: {SecurityLakeConstraints.RoleArnRule}."),
        ["no provider"] = (() => Custom(c => c.ProviderPrincipal = ""), "ProviderPrincipal", "ProviderPrincipal is required: the account ID or service principal of the log provider."),
        ["a provider that is neither account nor service"] = (() => Custom(c => c.ProviderPrincipal = "12345"), "ProviderPrincipal",
            $"ProviderPrincipal '12345' is not valid: {SecurityLakeConstraints.AwsPrincipalRule}."),
        ["no external id"] = (() => Custom(c => c.ExternalId = null), "ExternalId", "ExternalId is required: the external ID the log provider's trust relationship uses."),
        ["a one-character external id"] = (() => Custom(c => c.ExternalId = "x"), "ExternalId", "ExternalId 'x' has 1 characters; it must have 2 to 1224."),
    };

    public static TheoryData<string> CustomRefusalNames => new(CustomRefusals.Keys);

    [Theory]
    [MemberData(nameof(CustomRefusalNames))]
    public async Task Creating_a_custom_source_refuses_bad_input_before_any_request(string name)
    {
        var (input, parameter, message) = CustomRefusals[name];

        RefusalAssert.Is(await Assert.ThrowsAsync<InputValidationException>(() => _client.CreateCustomLogSourceAsync(input())), parameter, message);
        Assert.Empty(_invoker.Requests);
    }

    [Theory]
    [InlineData("my app", null, "SourceName", "SourceName 'my app' is not valid: use letters, digits and _ - : . only.")]
    [InlineData("", null, "SourceName", "SourceName is required: the name of the custom source.")]
    [InlineData("app", "1 0", "SourceVersion", "SourceVersion '1 0' is not valid: use letters, digits and - . _ only.")]
    public async Task Removing_a_custom_source_refuses_bad_input_before_any_request(string sourceName, string? version, string parameter, string message)
    {
        RefusalAssert.Is(await Assert.ThrowsAsync<InputValidationException>(() => _client.DeleteCustomLogSourceAsync(sourceName, version)), parameter, message);
        Assert.Empty(_invoker.Requests);
    }

    [Fact]
    public async Task The_data_lake_sources_page_to_the_end_for_the_accounts_given()
    {
        _invoker
            .On("GetDataLakeSources", """{"dataLakeArn":"arn:aws:securitylake:us-east-1:123456789012:data-lake/default","nextToken":"n","dataLakeSources":[{"account":"111122223333","sourceName":"VPC_FLOW"}]}""")
            .On("GetDataLakeSources", """{"dataLakeArn":"arn:aws:securitylake:us-east-1:123456789012:data-lake/default","dataLakeSources":[{"account":"444455556666","sourceName":"VPC_FLOW"}]}""");

        var sources = await _client.GetDataLakeSourcesAsync(["111122223333", "444455556666"], pageSize: 1);

        Assert.Equal(["111122223333", "444455556666"], sources.Select(s => s.AccountId));
        Assert.All(sources, s => Assert.Equal("us-east-1", s.Region));
        Assert.Equal("""{"accounts":["111122223333","444455556666"],"maxResults":1,"nextToken":"n"}""", _invoker.Requests[1].Body());
    }

    [Fact]
    public async Task The_data_lake_sources_refuse_a_bad_account_before_any_request()
    {
        RefusalAssert.Is(await Assert.ThrowsAsync<InputValidationException>(() => _client.GetDataLakeSourcesAsync(["12345678901x"])),
            "AccountId", $"AccountId '12345678901x' is not valid: {SecurityLakeConstraints.AwsAccountIdRule}.");
        Assert.Empty(_invoker.Requests);
    }
}
