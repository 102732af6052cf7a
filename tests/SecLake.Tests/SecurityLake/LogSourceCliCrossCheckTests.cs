using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The log-source operations: the AWS CLI (current botocore, GA API) and SecLake's client, given the same request,
/// send equivalent requests (method, path, query, JSON body, signed-header set) and the emulator answers both alike.
/// SecLake's side is given the documented vocabulary where it has one (CLOUD_TRAIL for CLOUD_TRAIL_MGMT).
/// </summary>
public sealed class LogSourceCliCrossCheckTests(ShortDelaysFixture emulator, ITestOutputHelper output) : SharedEmulatorTests<ShortDelaysFixture>(emulator)
{
    private const string A1 = "111122223333";
    private const string A2 = "444455556666";
    private const string Crawler = "arn:aws:iam::123456789012:role/SecurityLakeCrawler";

    /// <summary>Per operation: the CLI's arguments and SecLake's call.</summary>
    private static readonly Dictionary<string, (string[] Cli, Func<SecurityLakeClient, Task> Ours)> Cases = new()
    {
        ["CreateAwsLogSource"] = (
            ["create-aws-log-source", "--sources",
             $$"""[{"accounts":["{{A1}}","{{A2}}"],"regions":["us-east-1","eu-west-1"],"sourceName":"CLOUD_TRAIL_MGMT","sourceVersion":"2.0"},{"accounts":["{{A1}}","{{A2}}"],"regions":["us-east-1","eu-west-1"],"sourceName":"S3_DATA","sourceVersion":"2.0"}]"""],
            client => client.CreateAwsLogSourceAsync(new AwsLogSourceSpec
            {
                SourceNames = ["CLOUD_TRAIL", "S3_DATA"],
                Regions = ["us-east-1", "eu-west-1"],
                Accounts = [A1, A2],
                SourceVersion = "2.0",
            })),
        ["DeleteAwsLogSource"] = (
            ["delete-aws-log-source", "--sources", $$"""[{"accounts":["{{A2}}"],"regions":["eu-west-1"],"sourceName":"VPC_FLOW"}]"""],
            client => client.DeleteAwsLogSourceAsync(new AwsLogSourceSpec { SourceNames = ["VPC_FLOW"], Regions = ["eu-west-1"], Accounts = [A2] })),
        ["ListLogSources"] = (
            ["list-log-sources", "--accounts", A1, "--regions", "us-east-1", "--page-size", "10",
             "--sources", """[{"awsLogSource":{"sourceName":"VPC_FLOW"}},{"customLogSource":{"sourceName":"edr-events"}}]"""],
            client => client.ListLogSourcesPageAsync(new LogSourceFilter { Accounts = [A1], Regions = ["us-east-1"], AwsSourceNames = ["VPC_FLOW"], CustomSourceNames = ["edr-events"] }, 10)),
        ["CreateCustomLogSource"] = (
            ["create-custom-log-source", "--source-name", "app-logs", "--source-version", "1.5", "--event-classes", "FILE_ACTIVITY", "SECURITY_FINDING",
             "--configuration", $$$"""{"crawlerConfiguration":{"roleArn":"{{{Crawler}}}"},"providerIdentity":{"externalId":"ext-1","principal":"210987654321"}}"""],
            client => client.CreateCustomLogSourceAsync(new CustomLogSourceInput
            {
                SourceName = "app-logs",
                SourceVersion = "1.5",
                EventClasses = ["FILE_ACTIVITY", "SECURITY_FINDING"],
                CrawlerRoleArn = Crawler,
                ProviderPrincipal = "210987654321",
                ExternalId = "ext-1",
            })),
        ["DeleteCustomLogSource"] = (
            ["delete-custom-log-source", "--source-name", "edr-events", "--source-version", "1.0"],
            client => client.DeleteCustomLogSourceAsync("edr-events", "1.0")),
        ["GetDataLakeSources"] = (
            ["get-data-lake-sources", "--accounts", A1, A2, "--page-size", "5"],
            client => client.GetDataLakeSourcesPageAsync([A1, A2], 5)),
    };

    public static TheoryData<string> Operations => new(Cases.Keys);

    /// <summary>The same starting state for both clients: data lakes in two Regions, VPC_FLOW for two accounts, a custom source.</summary>
    private async Task<SecurityLakeClient> FreshState()
    {
        Emulator.Reset();
        var client = Emulator.ConnectSecurityLake();
        await client.CreateDataLakeAsync(new CreateDataLakeInput([new DataLakeConfiguration("us-east-1"), new DataLakeConfiguration("eu-west-1")], Role, null));
        await client.CreateAwsLogSourceAsync(new AwsLogSourceSpec { SourceNames = ["VPC_FLOW"], Regions = ["us-east-1", "eu-west-1"], Accounts = [A1, A2] });
        await client.CreateCustomLogSourceAsync(new CustomLogSourceInput
        {
            SourceName = "edr-events",
            CrawlerRoleArn = Crawler,
            ProviderPrincipal = "210987654321",
            ExternalId = "ext-0",
        });
        return client;
    }

    [AwsCliTheory("securitylake")]
    [MemberData(nameof(Operations))]
    public async Task The_CLI_and_SecLake_send_equivalent_requests_and_get_the_same_answer(string operation)
    {
        var (cliArguments, ours) = Cases[operation];

        await FreshState();
        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, cliArguments);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var fromCli = Emulator.Host.Requests.Last(r => r.Operation == operation);

        var client = await FreshState();
        await ours(client);
        var fromUs = Emulator.Host.Requests.Last(r => r.Operation == operation);

        CliCrossCheck.AssertEquivalent(fromCli, fromUs, output);
        Assert.Equal(("securitylake", "us-east-1"), (fromUs.Service, fromUs.Region));
    }

    [AwsCliFact("securitylake")]
    public async Task A_Region_without_a_data_lake_is_the_same_not_found_for_both()
    {
        var client = await FreshState();
        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint,
            ["create-aws-log-source", "--sources", """[{"regions":["ap-south-1"],"sourceName":"ROUTE53"}]"""]);
        Assert.NotEqual(0, cli.ExitCode);
        Assert.Contains("ResourceNotFoundException", cli.StdErr);
        var ours = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            client.CreateAwsLogSourceAsync(new AwsLogSourceSpec { SourceNames = ["ROUTE53"], Regions = ["ap-south-1"] }));
        Assert.Equal(404, (int)ours.StatusCode);
    }

    [AwsCliFact("securitylake")]
    public async Task The_CLI_reads_back_the_sources_SecLake_added()
    {
        var client = await FreshState();
        await client.CreateAwsLogSourceAsync(new AwsLogSourceSpec { SourceNames = ["CLOUD_TRAIL"], Regions = ["eu-west-1"], Accounts = [A2] });

        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, ["list-log-sources", "--accounts", A2, "--regions", "eu-west-1"]);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var entry = cli.Json!["sources"]![0]!;
        Assert.Equal((A2, "eu-west-1"), ((string)entry["account"]!, (string)entry["region"]!));
        Assert.Equal(["CLOUD_TRAIL_MGMT", "VPC_FLOW"], entry["sources"]!.AsArray().Select(s => (string)s!["awsLogSource"]!["sourceName"]!));

        var ours = await client.ListLogSourcesAsync(new LogSourceFilter { Accounts = [A2], Regions = ["eu-west-1"] });
        Assert.Equal(["CLOUD_TRAIL_MGMT", "VPC_FLOW"], ours.Select(s => s.SourceName));
    }
}
