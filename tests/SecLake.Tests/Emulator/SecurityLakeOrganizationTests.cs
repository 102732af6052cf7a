using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Emulator.SecurityLakeTestData;

namespace SecLake.Tests.Emulator;

/// <summary>
/// The organization configuration for new accounts and the delegated administrator over HTTP: merge and removal, the
/// model's validation, and who may call what (the second account acts as the delegated administrator).
/// </summary>
public sealed class SecurityLakeOrganizationTests(SecondAccountFixture emulator) : SharedEmulatorTests<SecondAccountFixture>(emulator)
{
    private const string ConfigurationPath = "/v1/datalake/organization/configuration";
    private const string DelegatePath = "/v1/datalake/delegate";
    private static readonly SendOptions AsSecondAccount = new() { Credentials = SecondAccountFixture.Temporary };

    /// <summary>{autoEnableNewAccount: [{region, sources: [{sourceName[, sourceVersion]}]}]} from "region=NAME[@version],..." strings.</summary>
    private static JsonObject Body(params string[] regions) => new()
    {
        ["autoEnableNewAccount"] = new JsonArray(regions.Select(r =>
        {
            var (region, names) = (r.Split('=')[0], r.Split('=')[1].Split(','));
            return (JsonNode)new JsonObject
            {
                ["region"] = region,
                ["sources"] = new JsonArray(names.Select(n =>
                {
                    var source = new JsonObject { ["sourceName"] = n.Split('@')[0] };
                    if (n.Contains('@')) source["sourceVersion"] = n.Split('@')[1];
                    return (JsonNode)source;
                }).ToArray()),
            };
        }).ToArray()),
    };

    private Task<ServiceReply> Create(JsonObject body, SendOptions? options = null) => Client.SecurityLakeAsync(HttpMethod.Post, ConfigurationPath, body, options);
    private Task<ServiceReply> Delete(JsonObject? body, SendOptions? options = null) => Client.SecurityLakeAsync(HttpMethod.Post, ConfigurationPath + "/delete", body, options);
    private Task<ServiceReply> Get(SendOptions? options = null) => Client.SecurityLakeAsync(HttpMethod.Get, ConfigurationPath, null, options);
    private Task<ServiceReply> Register(string accountId, SendOptions? options = null) =>
        Client.SecurityLakeAsync(HttpMethod.Post, DelegatePath, new JsonObject { ["accountId"] = accountId }, options);
    private Task<ServiceReply> Deregister(SendOptions? options = null) => Client.SecurityLakeAsync(HttpMethod.Delete, DelegatePath, null, options);

    /// <summary>The configuration as "region: name[@version] name ..." lines, sorted as the emulator answers.</summary>
    private async Task<string[]> Configuration(SendOptions? options = null)
    {
        var reply = await Get(options);
        Assert.True(reply.Status == 200, reply.ToString());
        var list = reply.Json?["autoEnableNewAccount"]?.AsArray() ?? new JsonArray();
        return list.Select(e => $"{e.Str("region")}: " + string.Join(" ", e!["sources"]!.AsArray()
            .Select(s => s.Str("sourceName") + (s.Has("sourceVersion") ? "@" + s.Str("sourceVersion") : "")))).ToArray();
    }

    private static void AssertOk(ServiceReply reply) => Assert.True(reply.Status == 200, reply.ToString());

    [Fact]
    public async Task Create_merges_into_the_configuration_and_Get_returns_it_Region_by_Region()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);

        AssertOk(await Create(Body("us-east-1=CLOUD_TRAIL_MGMT,VPC_FLOW@1.0")));
        AssertOk(await Create(Body("us-east-1=VPC_FLOW@2.0,WAF", "eu-west-1=SH_FINDINGS@latest")));

        Assert.Equal(["eu-west-1: SH_FINDINGS@latest", "us-east-1: CLOUD_TRAIL_MGMT VPC_FLOW@2.0 WAF"], await Configuration());
    }

    [Fact]
    public async Task Without_a_configuration_Get_answers_no_member_at_all()
    {
        var reply = await Get();

        AssertOk(reply);
        Assert.Equal("{}", reply.Json!.ToJsonString());
    }

    [Fact]
    public async Task A_Region_without_a_data_lake_is_not_found_and_nothing_is_configured()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);

        var reply = await Create(Body("us-east-1=WAF", "ap-south-1=WAF"));

        AssertError(reply, 404, "ResourceNotFoundException");
        Assert.Equal(DataLakeArn("ap-south-1"), reply.Json.Str("resourceName"));
        Assert.Empty(await Configuration());
    }

    [Theory]
    [InlineData("""{"autoEnableNewAccount":[{"region":"us-east-1","sources":[{"sourceName":"CLOUD_TRAIL"}]}]}""", "autoEnableNewAccount[0].sources[0].sourceName")]
    [InlineData("""{"autoEnableNewAccount":[{"region":"us-east-1","sources":[{"sourceName":"WAF","sourceVersion":"2"}]}]}""", "autoEnableNewAccount[0].sources[0].sourceVersion")]
    [InlineData("""{"autoEnableNewAccount":[{"region":"us-east-1","sources":[]}]}""", "autoEnableNewAccount[0].sources")]
    [InlineData("""{"autoEnableNewAccount":[{"region":"us-east-1"}]}""", "autoEnableNewAccount[0].sources")]
    [InlineData("""{"autoEnableNewAccount":[{"sources":[{"sourceName":"WAF"}]}]}""", "autoEnableNewAccount[0].region")]
    [InlineData("""{"autoEnableNewAccount":[{"region":"US-EAST-1","sources":[{"sourceName":"WAF"}]}]}""", "autoEnableNewAccount[0].region")]
    [InlineData("""{"autoEnableNewAccount":[]}""", "autoEnableNewAccount")]
    [InlineData("""{"autoEnableNewAccount":[{"region":"us-east-1","sources":[{"sourceVersion":"1.0"}]}]}""", "autoEnableNewAccount[0].sources[0].sourceName")]
    [InlineData("""{"autoEnableNewAccount":[{"region":"us-east-1","sources":[{"sourceName":"WAF"},{"sourceName":"WAF","sourceVersion":"1.0"}]}]}""", "autoEnableNewAccount[0].sources[1].sourceName")]
    [InlineData("""{"autoEnableNewAccount":[{"region":"us-east-1","sources":[{"sourceName":"WAF"}]},{"region":"us-east-1","sources":[{"sourceName":"VPC_FLOW"}]}]}""", "autoEnableNewAccount[1].region")]
    public async Task Create_refuses_what_the_model_refuses_naming_the_member(string body, string member)
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);

        AssertBadRequest(await Create(JsonNode.Parse(body)!.AsObject()), $"'{member}'");
        Assert.Empty(await Configuration());
    }

    [Fact]
    public async Task Create_without_a_list_is_a_bad_request() =>
        AssertBadRequest(await Create(new JsonObject()), "autoEnableNewAccount is required");

    [Fact]
    public async Task Delete_removes_the_sources_named_and_a_Region_left_without_any()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);
        AssertOk(await Create(Body("us-east-1=CLOUD_TRAIL_MGMT,VPC_FLOW@2.0,WAF", "eu-west-1=SH_FINDINGS")));

        AssertOk(await Delete(Body("us-east-1=VPC_FLOW", "eu-west-1=SH_FINDINGS@latest")));

        Assert.Equal(["us-east-1: CLOUD_TRAIL_MGMT WAF"], await Configuration());
    }

    [Fact]
    public async Task Deleting_a_source_not_auto_enabled_is_not_found_and_deletes_nothing()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);
        AssertOk(await Create(Body("us-east-1=WAF", "eu-west-1=SH_FINDINGS")));

        var reply = await Delete(Body("us-east-1=WAF", "eu-west-1=ROUTE53"));

        AssertError(reply, 404, "ResourceNotFoundException");
        Assert.Equal("eu-west-1", reply.Json.Str("resourceName"));
        Assert.Equal("DataLakeOrganizationConfiguration", reply.Json.Str("resourceType"));
        Assert.Equal("New accounts are not auto-enabled for ROUTE53 in eu-west-1.", reply.Message);
        Assert.Equal(["eu-west-1: SH_FINDINGS", "us-east-1: WAF"], await Configuration());
    }

    [Fact]
    public async Task Delete_without_a_list_turns_auto_enable_off_everywhere()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);
        AssertOk(await Create(Body("us-east-1=WAF", "eu-west-1=SH_FINDINGS")));

        AssertOk(await Delete(null));

        Assert.Empty(await Configuration());
    }

    [Fact]
    public async Task Delete_checks_the_model_too() =>
        AssertBadRequest(await Delete(Body("us-east-1=NOT_A_SOURCE")), "'autoEnableNewAccount[0].sources[0].sourceName'");

    [Fact]
    public async Task Each_account_has_its_own_configuration()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);
        await Client.CreateDataLakeAsync(["us-east-1"], AsSecondAccount);
        AssertOk(await Create(Body("us-east-1=WAF")));

        AssertOk(await Create(Body("us-east-1=ROUTE53"), AsSecondAccount));

        Assert.Equal(["us-east-1: WAF"], await Configuration());
        Assert.Equal(["us-east-1: ROUTE53"], await Configuration(AsSecondAccount));
    }

    [Fact]
    public async Task Once_delegated_only_the_delegated_administrator_changes_the_configuration()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);
        await Client.CreateDataLakeAsync(["us-east-1"], AsSecondAccount);
        AssertOk(await Register(SecondAccountFixture.SecondAccountId));

        foreach (var reply in new[] { await Get(), await Create(Body("us-east-1=WAF")), await Delete(Body("us-east-1=WAF")) })
        {
            AssertError(reply, 403, "AccessDeniedException");
            Assert.Equal("DelegatedAdministratorOnly", reply.Json.Str("errorCode"));
            Assert.Contains(SecondAccountFixture.SecondAccountId, reply.Message);
        }
        AssertOk(await Create(Body("us-east-1=WAF"), AsSecondAccount));
        Assert.Equal(["us-east-1: WAF"], await Configuration(AsSecondAccount));

        AssertOk(await Deregister());
        Assert.Empty(await Configuration());
    }

    [Fact]
    public async Task The_management_account_cannot_delegate_to_itself() =>
        AssertBadRequest(await Register(Account), "The organization management account cannot be the delegated administrator account.");

    [Theory]
    [InlineData("", "is not an AWS account ID")]
    [InlineData("2109 8765 4321", "'accountId'")]
    [InlineData("21098765432", "is not an AWS account ID")]
    [InlineData("abcdefghijkl", "is not an AWS account ID")]
    public async Task Register_refuses_what_is_not_an_account_ID(string accountId, string mentioned) =>
        AssertBadRequest(await Register(accountId), mentioned);

    [Fact]
    public async Task Register_without_an_account_ID_is_a_bad_request() =>
        AssertBadRequest(await Client.SecurityLakeAsync(HttpMethod.Post, DelegatePath, new JsonObject()), "'accountId' failed to satisfy constraint: Member must not be null");

    [Fact]
    public async Task A_second_delegated_administrator_is_a_conflict_the_same_one_again_is_not()
    {
        AssertOk(await Register("111122223333"));

        AssertOk(await Register("111122223333"));
        var reply = await Register("444455556666");

        AssertError(reply, 409, "ConflictException");
        Assert.Equal("111122223333", reply.Json.Str("resourceName"));
        Assert.Equal("DelegatedAdministrator", reply.Json.Str("resourceType"));
    }

    [Fact]
    public async Task An_account_that_administers_another_organization_cannot_be_delegated_to_again()
    {
        AssertOk(await Register("111122223333", AsSecondAccount));

        var reply = await Register("111122223333");

        AssertError(reply, 409, "ConflictException");
    }

    [Fact]
    public async Task Only_the_management_account_registers_and_deregisters()
    {
        AssertOk(await Register(SecondAccountFixture.SecondAccountId));

        foreach (var reply in new[] { await Register("111122223333", AsSecondAccount), await Deregister(AsSecondAccount) })
        {
            AssertError(reply, 403, "AccessDeniedException");
            Assert.Equal("ManagementAccountOnly", reply.Json.Str("errorCode"));
        }
    }

    [Fact]
    public async Task Deregister_is_idempotent_as_the_model_marks_it()
    {
        AssertOk(await Register("111122223333"));

        AssertOk(await Deregister());
        AssertOk(await Deregister());
        AssertOk(await Register("444455556666"));
    }

    [Fact]
    public async Task Reset_forgets_the_configuration_and_the_delegation()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);
        AssertOk(await Create(Body("us-east-1=WAF")));
        AssertOk(await Register("111122223333"));

        Emulator.Reset();

        Assert.Empty(await Configuration());
        AssertOk(await Register("444455556666"));
    }
}
