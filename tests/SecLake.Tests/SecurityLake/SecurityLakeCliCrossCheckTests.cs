using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The AWS CLI (current botocore, GA API) given GA input and SecLake's client given the same request in the documented
/// vocabulary send equivalent Security Lake requests (method, path, query, JSON body, signed-header set), and the
/// emulator answers both alike. This checks the documented-to-GA mapping against botocore's own serialization.
/// </summary>
public sealed class SecurityLakeCliCrossCheckTests(ShortDelaysFixture emulator, ITestOutputHelper output) : SharedEmulatorTests<ShortDelaysFixture>(emulator)
{
    private static readonly string LakeArn = ArnOf("us-east-1");

    /// <summary>Per operation: the CLI's arguments ({id} is the subscriber made by <see cref="FreshState"/>) and SecLake's call.</summary>
    private static readonly Dictionary<string, (string[] Cli, Func<SecurityLakeClient, string, Task> Ours)> Cases = new()
    {
        ["CreateDataLake"] = (
            ["create-data-lake",
             "--configurations", """[{"region":"eu-west-1","lifecycleConfiguration":{"expiration":{"days":3650},"transitions":[{"days":365,"storageClass":"GLACIER"}]}}]""",
             "--meta-store-manager-role-arn", Role, "--tags", """[{"key":"team","value":"sec"}]"""],
            async (client, _) =>
            {
                var spec = Spec("eu-west-1");
                spec.AllRegions.RetentionSettings = Retention(Ht("retentionPeriod", 365, "storageClass", "GLACIER"), Ht("retentionPeriod", 3650, "storageClass", "EXPIRE"));
                spec.AllRegions.TagsMap = Tags("team", "sec");
                await client.ApplyDataLakePlanAsync(await client.PlanDataLakesAsync(spec, DataLakePlanMode.CreateOrUpdate));
            }
        ),
        ["UpdateDataLake"] = (
            ["update-data-lake", "--configurations", """[{"region":"us-east-1","encryptionConfiguration":{"kmsKeyId":"alias/lake"}}]"""],
            async (client, _) =>
                await client.ApplyDataLakePlanAsync(await client.PlanDataLakesAsync(
                    new DataLakeRequestSpec { Regions = ["us-east-1"], AllRegions = { EncryptionKey = "alias/lake" } }, DataLakePlanMode.UpdateOnly))),
        ["ListDataLakes"] = (
            ["list-data-lakes", "--regions", "us-east-1", "eu-west-1"],
            (client, _) => client.ListDataLakesAsync(["us-east-1", "eu-west-1"])),
        ["DeleteDataLake"] = (
            ["delete-data-lake", "--regions", "us-east-1"],
            (client, _) => client.DeleteDataLakeAsync(["us-east-1"])),
        ["CreateSubscriber"] = (
            ["create-subscriber", "--subscriber-identity", """{"principal":"210987654321","externalId":"ext-1"}""",
             "--sources", """[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT"}},{"awsLogSource":{"sourceName":"VPC_FLOW"}}]""",
             "--subscriber-name", "auditors", "--access-types", "S3", "--subscriber-description", "Audit team",
             "--tags", """[{"key":"team","value":"audit"}]"""],
            (client, _) => client.CreateSubscriberAsync(new SubscriberSpec
            {
                AccountId = "210987654321",
                ExternalId = "ext-1",
                AwsSourceTypes = ["CLOUD_TRAIL", "VPC_FLOW"],
                SubscriberName = "auditors",
                AccessTypes = ["S3"],
                SubscriberDescription = "Audit team",
                Tags = Tags("team", "audit"),
            })),
        ["GetSubscriber"] = (
            ["get-subscriber", "--subscriber-id", CliCrossCheck.IdPlaceholder],
            (client, id) => client.GetSubscriberAsync(id)),
        ["ListSubscribers"] = (
            ["list-subscribers", "--page-size", "10"],
            (client, _) => client.ListSubscribersPageAsync(10)),
        ["UpdateSubscriber"] = (
            ["update-subscriber", "--subscriber-id", CliCrossCheck.IdPlaceholder, "--subscriber-name", "renamed", "--sources", """[{"customLogSource":{"sourceName":"app-logs"}}]"""],
            (client, id) => client.UpdateSubscriberAsync(new SubscriberUpdateSpec { SubscriptionId = id, SubscriberName = "renamed", CustomSourceTypes = ["app-logs"] })),
        ["DeleteSubscriber"] = (
            ["delete-subscriber", "--subscriber-id", CliCrossCheck.IdPlaceholder],
            (client, id) => client.DeleteSubscriberAsync(id)),
        ["TagResource"] = (
            ["tag-resource", "--resource-arn", LakeArn, "--tags", """[{"key":"env","value":"test"}]"""],
            (client, _) => client.TagResourceAsync(LakeArn, Tags("env", "test"))),
        ["UntagResource"] = (
            ["untag-resource", "--resource-arn", LakeArn, "--tag-keys", "team", "cost center"],
            (client, _) => client.UntagResourceAsync(LakeArn, ["team", "cost center"])),
        ["ListTagsForResource"] = (
            ["list-tags-for-resource", "--resource-arn", LakeArn],
            (client, _) => client.ListTagsForResourceAsync(LakeArn)),
    };

    public static TheoryData<string> Operations => new(Cases.Keys);

    /// <summary>The same starting state for both clients: a tagged data lake in us-east-1 and one subscriber.</summary>
    private async Task<(SecurityLakeClient Client, string SubscriberId)> FreshState()
    {
        Emulator.Reset();
        var client = Emulator.ConnectSecurityLake();
        await client.CreateDataLakeAsync(new CreateDataLakeInput([new DataLakeConfiguration("us-east-1")], Role, new Dictionary<string, string> { ["team"] = "blue" }));
        var subscriber = await client.CreateSubscriberAsync(new SubscriberSpec { AccountId = "210987654321", ExternalId = "ext-0", AwsSourceTypes = ["WAF"], SubscriberName = "existing" });
        return (client, subscriber.SubscriptionId);
    }

    [AwsCliTheory("securitylake")]
    [MemberData(nameof(Operations))]
    public async Task The_CLI_and_SecLake_send_equivalent_requests_and_get_the_same_answer(string operation)
    {
        var (cliArguments, ours) = Cases[operation];

        var (_, cliSubscriber) = await FreshState();
        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, cliArguments.Select(a => a.Replace(CliCrossCheck.IdPlaceholder, cliSubscriber)));
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var fromCli = Emulator.Host.Requests.Last(r => r.Operation == operation);

        var (client, ourSubscriber) = await FreshState();
        await ours(client, ourSubscriber);
        var fromUs = Emulator.Host.Requests.Last(r => r.Operation == operation);

        CliCrossCheck.AssertEquivalent(fromCli, fromUs, output, cliSubscriber, ourSubscriber);
        Assert.Equal(("securitylake", "us-east-1"), (fromUs.Service, fromUs.Region));
    }

    [AwsCliFact("securitylake")]
    public async Task Creating_a_data_lake_twice_is_the_same_conflict_for_both()
    {
        var (client, _) = await FreshState();
        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint,
            ["create-data-lake", "--configurations", """[{"region":"us-east-1"}]""", "--meta-store-manager-role-arn", Role]);
        Assert.NotEqual(0, cli.ExitCode);
        Assert.Contains("ConflictException", cli.StdErr);
        var ours = await Assert.ThrowsAsync<ConflictException>(() =>
            client.CreateDataLakeAsync(new CreateDataLakeInput([new DataLakeConfiguration("us-east-1")], Role, null)));
        Assert.Equal(409, (int)ours.StatusCode);
    }

    [AwsCliFact("securitylake")]
    public async Task The_CLI_reads_back_what_SecLake_created_in_the_documented_vocabulary()
    {
        var (client, _) = await FreshState();
        var spec = Spec("eu-west-1");
        spec.AllRegions.RetentionSettings = Retention(Ht("retentionPeriod", 365, "storageClass", "GLACIER"), Ht("retentionPeriod", 3650, "storageClass", "EXPIRE"));
        await client.ApplyDataLakePlanAsync(await client.PlanDataLakesAsync(spec, DataLakePlanMode.CreateOrUpdate));

        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, ["list-data-lakes", "--regions", "eu-west-1"]);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var lifecycle = cli.Json!["dataLakes"]![0]!["lifecycleConfiguration"]!;
        Assert.Equal(3650, (int)lifecycle["expiration"]!["days"]!);
        Assert.Equal("GLACIER", (string)lifecycle["transitions"]![0]!["storageClass"]!);
        Assert.Equal(365, (int)lifecycle["transitions"]![0]!["days"]!);
    }
}
