using System.Net;
using SecLake.Aws;
using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The organization configuration and delegated administrator through the client over a scripted invoker: what is
/// sent, what is read back, and every refusal, each before any request.
/// </summary>
public sealed class OrganizationClientTests
{
    private const string AwsSourceNames = "ROUTE53, VPC_FLOW, SH_FINDINGS, CLOUD_TRAIL_MGMT, LAMBDA_EXECUTION, S3_DATA, EKS_AUDIT, WAF";

    private readonly ScriptedInvoker _invoker = new();
    private readonly SecurityLakeClient _client;

    public OrganizationClientTests() => _client = new SecurityLakeClient(_invoker, "us-east-1");

    private static DataLakeOrganizationConfiguration Entry(string region, params SourceType[] sources) => new(region, sources);

    [Fact]
    public async Task Create_sends_Regions_in_lower_case_and_source_names_in_the_models_spelling()
    {
        _invoker.On("CreateDataLakeOrganizationConfiguration", "{}");

        await _client.CreateDataLakeOrganizationConfigurationAsync([Entry("US-East-1", SourceType.Aws("cloud_trail_mgmt"), SourceType.Aws("Vpc_Flow", "2.0"))]);

        Assert.Equal(
            """{"autoEnableNewAccount":[{"region":"us-east-1","sources":[{"sourceName":"CLOUD_TRAIL_MGMT"},{"sourceName":"VPC_FLOW","sourceVersion":"2.0"}]}]}""",
            _invoker.Requests.Single().Body());
    }

    [Fact]
    public async Task Delete_sends_the_checked_list()
    {
        _invoker.On("DeleteDataLakeOrganizationConfiguration", "{}");

        await _client.DeleteDataLakeOrganizationConfigurationAsync([Entry("eu-west-1", SourceType.Aws("WAF"), SourceType.Aws("WAF"))]);

        Assert.Equal("""{"autoEnableNewAccount":[{"region":"eu-west-1","sources":[{"sourceName":"WAF"}]}]}""", _invoker.Requests.Single().Body());
    }

    private const string Configured =
        """{"autoEnableNewAccount":[{"region":"eu-west-1","sources":[{"sourceName":"WAF"}]},{"region":"us-east-1","sources":[{"sourceName":"ROUTE53","sourceVersion":"2.0"}]}]}""";

    [Fact]
    public async Task Get_returns_every_Region_configured()
    {
        _invoker.On("GetDataLakeOrganizationConfiguration", Configured);

        var all = await _client.GetDataLakeOrganizationConfigurationAsync();

        Assert.Equal(["eu-west-1: WAF", "us-east-1: ROUTE53 2.0"], all.Select(c => c.ToString()));
    }

    [Fact]
    public async Task Get_with_Regions_returns_those_configured_in_the_order_asked()
    {
        _invoker.On("GetDataLakeOrganizationConfiguration", Configured);

        var some = await _client.GetDataLakeOrganizationConfigurationAsync(["US-EAST-1", "ap-south-1", "eu-west-1"]);

        Assert.Equal(["us-east-1", "eu-west-1"], some.Select(c => c.DataLakeRegion));
        Assert.Equal("", _invoker.Requests.Single().QueryString());
    }

    [Fact]
    public async Task Register_sends_the_account_and_Deregister_sends_nothing_but_the_call()
    {
        _invoker.On("RegisterDataLakeDelegatedAdministrator", "{}").On("DeregisterDataLakeDelegatedAdministrator", "{}");

        await _client.RegisterDataLakeDelegatedAdministratorAsync("210987654321");
        await _client.DeregisterDataLakeDelegatedAdministratorAsync();

        Assert.Equal(["RegisterDataLakeDelegatedAdministrator", "DeregisterDataLakeDelegatedAdministrator"], _invoker.Operations);
        Assert.Equal("""{"accountId":"210987654321"}""", _invoker.Requests[0].Body());
        Assert.Null(_invoker.Requests[1].Body());
    }

    [Fact]
    public async Task An_access_denied_answer_arrives_as_AccessDeniedException_with_its_error_code()
    {
        var error = SecurityLakeErrorFactory.Instance.Create(new ServiceErrorResponse("AccessDeniedException",
            "Only the organization's delegated Security Lake administrator can call GetDataLakeOrganizationConfiguration.", "req-9",
            HttpStatusCode.Forbidden, """{"message":"m","errorCode":"DelegatedAdministratorOnly"}""", null));
        _invoker.Throw("GetDataLakeOrganizationConfiguration", error);

        var thrown = await Assert.ThrowsAsync<AccessDeniedException>(() => _client.GetDataLakeOrganizationConfigurationAsync());

        Assert.Equal("DelegatedAdministratorOnly", thrown.ModeledErrorCode);
        Assert.Equal(403, (int)thrown.StatusCode);
    }

    // ---- refusals, none of which sends anything ----

    private sealed record Refusal(Func<SecurityLakeClient, Task> Call, string Parameter, string Message);

    private static Task Create(SecurityLakeClient client, params DataLakeOrganizationConfiguration?[] entries) =>
        client.CreateDataLakeOrganizationConfigurationAsync(entries!);

    private static readonly Dictionary<string, Refusal> ClientRefusals = new()
    {
        ["no Region at all"] = new(c => Create(c), "AutoEnableNewAccount", "Give at least one Region and its sources."),
        ["an empty entry"] = new(c => Create(c, [null]), "AutoEnableNewAccount", "AutoEnableNewAccount[0] is empty."),
        ["a Region Security Lake is not offered in"] = new(c => Create(c, Entry("me-south-1", SourceType.Aws("WAF"))), "AutoEnableNewAccount",
            $"AutoEnableNewAccount[0].region 'me-south-1' is not a Security Lake Region. Security Lake Regions (aws): {AwsRegionList}."),
        ["a Region of another partition"] = new(c => Create(c, Entry("us-gov-west-1", SourceType.Aws("WAF"))), "AutoEnableNewAccount",
            "AutoEnableNewAccount[0].region 'us-gov-west-1' is in partition aws-us-gov, but the client's Region is in partition aws."),
        ["the same Region twice"] = new(c => Create(c, Entry("us-east-1", SourceType.Aws("WAF")), Entry("US-EAST-1", SourceType.Aws("ROUTE53"))), "AutoEnableNewAccount",
            "AutoEnableNewAccount[1].region: the Region us-east-1 is given more than once; give each Region once, with all its sources."),
        ["a Region without sources"] = new(c => Create(c, Entry("us-east-1")), "AutoEnableNewAccount",
            "AutoEnableNewAccount[0].sources is empty: give at least one AWS source for us-east-1."),
        ["a source name the model does not have"] = new(c => Create(c, Entry("us-east-1", SourceType.Aws("CLOUD_TRAIL"))), "AutoEnableNewAccount",
            $"AutoEnableNewAccount[0].sources[0] 'CLOUD_TRAIL' is not an AWS log source name. Valid values: {AwsSourceNames}."),
        ["a custom source"] = new(c => Create(c, Entry("us-east-1", SourceType.Custom("app-logs"))), "AutoEnableNewAccount",
            "AutoEnableNewAccount[0].sources[0] is the custom source 'app-logs'; new accounts are auto-enabled for AWS sources only."),
        ["a source version the model's pattern refuses"] = new(c => Create(c, Entry("us-east-1", SourceType.Aws("WAF", "2"))), "AutoEnableNewAccount",
            "AutoEnableNewAccount[0].sources[0].sourceVersion '2' is not valid: give 'latest' or a version such as 2.0."),
        ["one source with two versions"] = new(c => Create(c, Entry("us-east-1", SourceType.Aws("WAF", "1.0"), SourceType.Aws("waf", "2.0"))), "AutoEnableNewAccount",
            "AutoEnableNewAccount[0].sources give WAF with more than one version (1.0, 2.0); a Region auto-enables one version of each source."),
        ["a delete of nothing"] = new(c => c.DeleteDataLakeOrganizationConfigurationAsync([]), "AutoEnableNewAccount", "Give at least one Region and its sources."),
        ["a Get for a Region that is not one"] = new(c => c.GetDataLakeOrganizationConfigurationAsync(["moon-1"]), "DataLakeRegion",
            $"DataLakeRegion[0] 'moon-1' is not a Security Lake Region. Security Lake Regions (aws): {AwsRegionList}."),
        ["an empty account ID"] = new(c => c.RegisterDataLakeDelegatedAdministratorAsync(""), "AccountId", "AccountId is required."),
        ["an account ID the model's SafeString refuses"] = new(c => c.RegisterDataLakeDelegatedAdministratorAsync("1234 5678 9012"), "AccountId",
            "AccountId '1234 5678 9012' is not valid: use letters, digits and \\ - _ : / . @ = + only, without spaces."),
        ["an account ID that is not 12 digits"] = new(c => c.RegisterDataLakeDelegatedAdministratorAsync("21098765432a"), "AccountId",
            "AccountId '21098765432a' is not valid: give a 12-digit AWS account ID, digits only."),
        ["an account ID of 13 digits"] = new(c => c.RegisterDataLakeDelegatedAdministratorAsync("2109876543210"), "AccountId",
            "AccountId '2109876543210' is not valid: give a 12-digit AWS account ID, digits only."),
    };

    public static TheoryData<string> ClientRefusalCases => new(ClientRefusals.Keys);

    [Theory]
    [MemberData(nameof(ClientRefusalCases))]
    public async Task The_client_refuses_before_any_request(string name)
    {
        var refusal = ClientRefusals[name];

        var error = await Assert.ThrowsAsync<InputValidationException>(() => refusal.Call(_client));

        RefusalAssert.Is(error, refusal.Parameter, refusal.Message);
        Assert.Empty(_invoker.Requests);
    }

    // ---- what the cmdlets bind, read and refused the same way ----

    private sealed record InputRefusal(Func<IReadOnlyList<DataLakeOrganizationConfiguration>> Read, string Parameter, string Message);

    private static IReadOnlyList<DataLakeOrganizationConfiguration> Flat(string[] regions, string[]? names = null, string? version = null, object?[]? sources = null, string? partition = "aws") =>
        OrganizationConfigurationInput.ForRegions(regions, names, version, sources, partition);

    private static IReadOnlyList<DataLakeOrganizationConfiguration> Entries(params object?[] entries) =>
        OrganizationConfigurationInput.FromEntries(entries, "aws");

    private static readonly Dictionary<string, InputRefusal> InputRefusals = new()
    {
        ["no sources"] = new(() => Flat(["us-east-1"]), "SourceName", "Give the sources: -SourceName, -Source, or both."),
        ["a version without names"] = new(() => Flat(["us-east-1"], version: "2.0", sources: ["WAF"]), "SourceVersion",
            "SourceVersion is the version of the -SourceName sources: give -SourceName too (a -Source entry carries its own sourceVersion)."),
        ["a version the model's pattern refuses"] = new(() => Flat(["us-east-1"], ["WAF"], "v2"), "SourceVersion",
            "SourceVersion 'v2' is not valid: give 'latest' or a version such as 2.0."),
        ["an unknown source name"] = new(() => Flat(["us-east-1"], ["WAF", "GUARDDUTY"]), "SourceName",
            $"SourceName[1] 'GUARDDUTY' is not an AWS log source name. Valid values: {AwsSourceNames}."),
        ["a source hashtable with an unknown key"] = new(() => Flat(["us-east-1"], sources: [Ht("sourceName", "WAF", "version", "1.0")]), "Source",
            "Source[0] has an unknown key 'version'. Valid keys: sourceName, sourceVersion."),
        ["a source hashtable without a name"] = new(() => Flat(["us-east-1"], sources: [Ht("sourceVersion", "1.0")]), "Source", "Source[0] needs a sourceName."),
        ["a source that is neither text nor hashtable"] = new(() => Flat(["us-east-1"], sources: [42]), "Source",
            "Source[0] must be a source name, or a hashtable with sourceName and sourceVersion, not '42'."),
        ["one source at two versions from two parameters"] = new(() => Flat(["us-east-1"], ["WAF"], "1.0", [Ht("sourceName", "WAF", "sourceVersion", "2.0")]), "Source",
            "The sources give WAF with more than one version (1.0, 2.0); a Region auto-enables one version of each source."),
        ["no Region"] = new(() => Flat([], ["WAF"]), "DataLakeRegion", "Give at least one Region."),
        ["a Region of another partition, known from -Region"] = new(() => Flat(["us-gov-east-1"], ["WAF"]), "DataLakeRegion",
            "DataLakeRegion[0] 'us-gov-east-1' is in partition aws-us-gov, but the client's Region is in partition aws."),
        ["an entry that is not a hashtable"] = new(() => Entries("us-east-1"), "AutoEnableNewAccount",
            "AutoEnableNewAccount[0] must be a hashtable with the keys region and sources, or a configuration from Get-SLDataLakeOrganizationConfiguration, not 'us-east-1'."),
        ["an entry with an unknown key"] = new(() => Entries(Ht("region", "us-east-1", "sourceName", "WAF")), "AutoEnableNewAccount",
            "AutoEnableNewAccount[0] has an unknown key 'sourceName'. Valid keys: region, sources."),
        ["an entry without sources"] = new(() => Entries(Ht("region", "us-east-1")), "AutoEnableNewAccount", "AutoEnableNewAccount[0] needs both region and sources."),
        ["an entry's empty source list"] = new(() => Entries(Ht("region", "us-east-1", "sources", Array.Empty<object>())), "AutoEnableNewAccount",
            "AutoEnableNewAccount[0].sources is empty: give at least one AWS source for us-east-1."),
        ["an entry's unknown source"] = new(() => Entries(Ht("region", "us-east-1", "sources", new object[] { "WAF", Ht("sourceName", "XRAY") })), "AutoEnableNewAccount",
            $"AutoEnableNewAccount[0].sources[1] 'XRAY' is not an AWS log source name. Valid values: {AwsSourceNames}."),
        ["an entry's Region list"] = new(() => Entries(Ht("region", new[] { "us-east-1", "eu-west-1" }, "sources", "WAF")), "AutoEnableNewAccount",
            "AutoEnableNewAccount[0].region must be a single value, not a list or hashtable."),
    };

    public static TheoryData<string> InputRefusalCases => new(InputRefusals.Keys);

    [Theory]
    [MemberData(nameof(InputRefusalCases))]
    public void What_the_cmdlets_bind_is_refused_naming_the_parameter(string name)
    {
        var refusal = InputRefusals[name];
        RefusalAssert.Is(Assert.Throws<InputValidationException>(() => refusal.Read()), refusal.Parameter, refusal.Message);
    }

    [Fact]
    public void Every_Region_gets_every_source_once_names_at_the_version_given_and_entries_at_their_own()
    {
        var entries = Flat(["us-east-1", "EU-WEST-1", "us-east-1"], ["cloud_trail_mgmt", "VPC_FLOW"], "2.0",
            ["WAF", SourceType.Aws("S3_DATA", "1.0"), Ht("SOURCENAME", "route53", "sourceversion", "latest"), Ht("sourceName", "vpc_flow", "sourceVersion", "2.0")],
            partition: null);

        Assert.Equal(
            ["us-east-1: CLOUD_TRAIL_MGMT 2.0, VPC_FLOW 2.0, WAF, S3_DATA 1.0, ROUTE53 latest", "eu-west-1: CLOUD_TRAIL_MGMT 2.0, VPC_FLOW 2.0, WAF, S3_DATA 1.0, ROUTE53 latest"],
            entries.Select(e => e.ToString()));
    }

    [Fact]
    public void Entries_take_hashtables_in_the_CLIs_shape_and_configurations_read_back()
    {
        var readBack = new DataLakeOrganizationConfiguration("eu-west-1", [SourceType.Aws("WAF", "1.0")]);

        var entries = Entries(
            Ht("Region", "us-east-1", "Sources", new object[] { Ht("sourceName", "CLOUD_TRAIL_MGMT"), Ht("sourceName", "VPC_FLOW", "sourceVersion", "2.0") }),
            readBack,
            Ht("region", "ap-south-1", "sources", "sh_findings"));

        Assert.Equal(["us-east-1: CLOUD_TRAIL_MGMT, VPC_FLOW 2.0", "eu-west-1: WAF 1.0", "ap-south-1: SH_FINDINGS"], entries.Select(e => e.ToString()));
    }
}
