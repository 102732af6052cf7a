using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The AWS CLI (botocore, GA API) and SecLake's client, given the same organization-configuration and
/// delegated-administrator input, send equivalent requests (method, path, query, JSON body, signed headers) and get the
/// same answer from the emulator; and where the emulator refuses, both meet the same error.
/// </summary>
public sealed class SecurityLakeOrganizationCliCrossCheckTests(EmulatorFixture emulator, ITestOutputHelper output) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    private const string Delegate = "111122223333";

    private static readonly DataLakeOrganizationConfiguration[] UsEast =
        [new("us-east-1", [SourceType.Aws("CLOUD_TRAIL_MGMT"), SourceType.Aws("VPC_FLOW", "2.0")])];

    private const string UsEastJson = """[{"region":"us-east-1","sources":[{"sourceName":"CLOUD_TRAIL_MGMT"},{"sourceName":"VPC_FLOW","sourceVersion":"2.0"}]}]""";

    /// <summary>Per operation: the CLI's arguments, SecLake's call, and whether the delegated administrator is registered first.</summary>
    private static readonly Dictionary<string, (string[] Cli, Func<SecurityLakeClient, Task> Ours, bool Delegated)> Cases = new()
    {
        ["CreateDataLakeOrganizationConfiguration"] = (
            ["create-data-lake-organization-configuration", "--auto-enable-new-account",
             """[{"region":"eu-west-1","sources":[{"sourceName":"SH_FINDINGS","sourceVersion":"latest"},{"sourceName":"WAF"}]},{"region":"us-east-1","sources":[{"sourceName":"ROUTE53"}]}]"""],
            client => client.CreateDataLakeOrganizationConfigurationAsync(
                OrganizationConfigurationInput.FromEntries(
                    new object[]
                    {
                        Ht("region", "eu-west-1", "sources", new object[] { Ht("sourceName", "sh_findings", "sourceVersion", "latest"), "waf" }),
                        Ht("region", "us-east-1", "sources", "ROUTE53"),
                    }, null)),
            false),
        ["GetDataLakeOrganizationConfiguration"] = (
            ["get-data-lake-organization-configuration"],
            client => client.GetDataLakeOrganizationConfigurationAsync(),
            false),
        ["DeleteDataLakeOrganizationConfiguration"] = (
            ["delete-data-lake-organization-configuration", "--auto-enable-new-account", UsEastJson],
            client => client.DeleteDataLakeOrganizationConfigurationAsync(
                OrganizationConfigurationInput.ForRegions(["us-east-1"], ["CLOUD_TRAIL_MGMT"], null, new object[] { Ht("sourceName", "VPC_FLOW", "sourceVersion", "2.0") }, null)),
            false),
        ["RegisterDataLakeDelegatedAdministrator"] = (
            ["register-data-lake-delegated-administrator", "--account-id", Delegate],
            client => client.RegisterDataLakeDelegatedAdministratorAsync(Delegate),
            false),
        ["DeregisterDataLakeDelegatedAdministrator"] = (
            ["deregister-data-lake-delegated-administrator"],
            client => client.DeregisterDataLakeDelegatedAdministratorAsync(),
            true),
    };

    public static TheoryData<string> Operations => new(Cases.Keys);

    /// <summary>The same starting state for both: data lakes in us-east-1 and eu-west-1, us-east-1 auto-enabled, and the delegation if asked.</summary>
    private async Task<SecurityLakeClient> FreshState(bool delegated)
    {
        Emulator.Reset();
        var client = Emulator.ConnectSecurityLake();
        await client.CreateDataLakeAsync(new CreateDataLakeInput([new DataLakeConfiguration("us-east-1"), new DataLakeConfiguration("eu-west-1")], Role, null));
        await client.CreateDataLakeOrganizationConfigurationAsync(UsEast);
        if (delegated) await client.RegisterDataLakeDelegatedAdministratorAsync(Delegate);
        return client;
    }

    [AwsCliTheory("securitylake")]
    [MemberData(nameof(Operations))]
    public async Task The_CLI_and_SecLake_send_equivalent_requests_and_get_the_same_answer(string operation)
    {
        var (cliArguments, ours, delegated) = Cases[operation];

        await FreshState(delegated);
        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, cliArguments);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var fromCli = Emulator.Host.Requests.Last(r => r.Operation == operation);

        var client = await FreshState(delegated);
        await ours(client);
        var fromUs = Emulator.Host.Requests.Last(r => r.Operation == operation);

        CliCrossCheck.AssertEquivalent(fromCli, fromUs, output);
        Assert.Equal(("securitylake", "us-east-1", 200), (fromUs.Service, fromUs.Region, fromUs.StatusCode));
    }

    [AwsCliFact("securitylake")]
    public async Task The_CLI_reads_back_what_SecLake_configured_and_SecLake_what_the_CLI_did()
    {
        var client = await FreshState(delegated: false);
        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint,
            ["create-data-lake-organization-configuration", "--auto-enable-new-account", """[{"region":"eu-west-1","sources":[{"sourceName":"WAF","sourceVersion":"1.0"}]}]"""]);
        Assert.True(cli.ExitCode == 0, cli.ToString());

        var ours = await client.GetDataLakeOrganizationConfigurationAsync();
        var theirs = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, ["get-data-lake-organization-configuration"]);

        Assert.Equal(["eu-west-1: WAF 1.0", "us-east-1: CLOUD_TRAIL_MGMT, VPC_FLOW 2.0"], ours.Select(c => c.ToString()));
        Assert.True(theirs.ExitCode == 0, theirs.ToString());
        var list = theirs.Json!["autoEnableNewAccount"]!.AsArray();
        Assert.Equal(["eu-west-1", "us-east-1"], list.Select(e => (string)e!["region"]!));
        Assert.Equal("2.0", (string)list[1]!["sources"]![1]!["sourceVersion"]!);
    }

    [AwsCliFact("securitylake")]
    public async Task A_management_account_that_delegated_is_denied_the_configuration_alike()
    {
        var client = await FreshState(delegated: true);

        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, ["get-data-lake-organization-configuration"]);
        var ours = await Assert.ThrowsAsync<AccessDeniedException>(() => client.GetDataLakeOrganizationConfigurationAsync());

        Assert.NotEqual(0, cli.ExitCode);
        Assert.Contains("AccessDeniedException", cli.StdErr);
        Assert.Equal("DelegatedAdministratorOnly", ours.ModeledErrorCode);
    }

    [AwsCliFact("securitylake")]
    public async Task Delegating_to_the_management_account_itself_is_the_same_bad_request()
    {
        var client = await FreshState(delegated: false);

        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, ["register-data-lake-delegated-administrator", "--account-id", "123456789012"]);
        var ours = await Assert.ThrowsAsync<BadRequestException>(() => client.RegisterDataLakeDelegatedAdministratorAsync("123456789012"));

        Assert.NotEqual(0, cli.ExitCode);
        Assert.Contains("BadRequestException", cli.StdErr);
        Assert.Equal(400, (int)ours.StatusCode);
    }
}
