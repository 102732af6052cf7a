using SecLake.Emulator;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>
/// The real AWS CLI's Security Lake (GA) commands against the emulator: data lake, subscriber and tagging
/// commands succeed with the expected JSON, modeled errors surface with their codes, a wrong secret is refused.
/// </summary>
public sealed class AwsCliSecurityLakeTests(EmulatorFixture emulator) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    private const string EastLake = "arn:aws:securitylake:us-east-1:123456789012:data-lake/default";
    private const string Sources = """[{"awsLogSource":{"sourceName":"ROUTE53","sourceVersion":"2.0"}},{"customLogSource":{"sourceName":"my-app","sourceVersion":"1.0"}}]""";

    private async Task<AwsCliResult> Run(params string[] arguments)
    {
        var result = await RunExpectingFailure(arguments);
        Assert.True(result.ExitCode == 0, $"aws securitylake {string.Join(' ', arguments)}: {result}");
        return result;
    }

    private Task<AwsCliResult> RunExpectingFailure(params string[] arguments) =>
        AwsCli.RunAsync("securitylake", Emulator.Endpoint, arguments);

    private Task<AwsCliResult> CreateDataLake(params string[] regions) =>
        Run("create-data-lake",
            "--configurations", "[" + string.Join(",", regions.Select(r => """{"region":"REGION","lifecycleConfiguration":{"expiration":{"days":365}}}""".Replace("REGION", r))) + "]",
            "--meta-store-manager-role-arn", SecurityLakeTestData.MetaStoreRole,
            "--tags", "key=team,value=security");

    private Task<AwsCliResult> CreateSubscriber(string name, params string[] extra) =>
        Run(new[] { "create-subscriber", "--subscriber-identity", "principal=210987654321,externalId=external-id-1",
                    "--subscriber-name", name, "--sources", Sources }.Concat(extra).ToArray());

    [AwsCliFact("securitylake")]
    public async Task Every_data_lake_command_works_against_the_emulator()
    {
        var created = (await CreateDataLake("us-east-1", "eu-west-1")).Json!;
        Assert.Equal(EastLake, created.Str("dataLakes.0.dataLakeArn"));
        Assert.Equal("INITIALIZED", created.Str("dataLakes.0.createStatus"));
        Assert.Equal(365, created.At("dataLakes.0.lifecycleConfiguration.expiration.days")!.GetValue<int>());

        var listed = (await Run("list-data-lakes", "--regions", "us-east-1", "eu-west-1")).Json!;
        Assert.Equal(new[] { "eu-west-1", "us-east-1" }, listed["dataLakes"]!.AsArray().Select(l => l.Str("region")).ToArray());
        Assert.Equal("COMPLETED", listed.Str("dataLakes.0.createStatus"));

        var updated = (await Run("update-data-lake", "--configurations",
            """[{"region":"us-east-1","encryptionConfiguration":{"kmsKeyId":"alias/lake"},"replicationConfiguration":{"regions":["eu-west-1"],"roleArn":"arn:aws:iam::123456789012:role/Replication"}}]""")).Json!;
        Assert.Equal("PENDING", updated.Str("dataLakes.0.updateStatus.status"));
        Assert.Equal("alias/lake", updated.Str("dataLakes.0.encryptionConfiguration.kmsKeyId"));
        Assert.Equal("eu-west-1", updated.Str("dataLakes.0.replicationConfiguration.regions.0"));

        await Run("tag-resource", "--resource-arn", EastLake, "--tags", "key=env,value=test");
        var tags = (await Run("list-tags-for-resource", "--resource-arn", EastLake)).Json!;
        Assert.Equal("""[{"key":"team","value":"security"},{"key":"env","value":"test"}]""", tags["tags"]!.ToJsonString());
        await Run("untag-resource", "--resource-arn", EastLake, "--tag-keys", "team");
        Assert.Equal("""[{"key":"env","value":"test"}]""", (await Run("list-tags-for-resource", "--resource-arn", EastLake)).Json!["tags"]!.ToJsonString());

        await Run("delete-data-lake", "--regions", "eu-west-1");
        var remaining = (await Run("list-data-lakes")).Json!;
        Assert.Equal("us-east-1", Assert.Single(remaining["dataLakes"]!.AsArray()).Str("region"));

        CliRecordings.Save("securitylake-cli-datalakes", Emulator.Host.Requests);
        Assert.All(Emulator.Host.Requests, r => Assert.Equal(200, r.StatusCode));
        var untag = Emulator.Host.Requests.Single(r => r.Operation == "UntagResource");
        Assert.Equal("/v1/tags/arn%3Aaws%3Asecuritylake%3Aus-east-1%3A123456789012%3Adata-lake%2Fdefault", untag.Path);
        Assert.Equal("tagKeys=team", untag.QueryString);
        Assert.Equal("regions=us-east-1&regions=eu-west-1", Emulator.Host.Requests.First(r => r.Operation == "ListDataLakes").QueryString);
    }

    [AwsCliFact("securitylake")]
    public async Task Every_subscriber_command_works_against_the_emulator()
    {
        await CreateDataLake("us-east-1");

        var created = (await CreateSubscriber("analytics", "--access-types", "LAKEFORMATION")).Json!["subscriber"]!;
        var id = created.Str("subscriberId")!;
        Assert.Equal($"arn:aws:securitylake:us-east-1:123456789012:subscriber/{id}", created.Str("subscriberArn"));
        Assert.Equal($"arn:aws:iam::123456789012:role/AmazonSecurityLake-{id}", created.Str("roleArn"));
        Assert.StartsWith("LakeFormation-", created.Str("resourceShareName"));
        Assert.Equal("ACTIVE", created.Str("subscriberStatus"));

        var fetched = (await Run("get-subscriber", "--subscriber-id", id)).Json!["subscriber"]!;
        Assert.Equal(created.ToJsonString(), fetched.ToJsonString());

        var updated = (await Run("update-subscriber", "--subscriber-id", id, "--subscriber-name", "renamed",
            "--sources", """[{"awsLogSource":{"sourceName":"VPC_FLOW","sourceVersion":"latest"}}]""")).Json!["subscriber"]!;
        Assert.Equal("renamed", updated.Str("subscriberName"));
        Assert.Equal("VPC_FLOW", updated.Str("sources.0.awsLogSource.sourceName"));

        await CreateSubscriber("second");
        await CreateSubscriber("third");
        // --page-size makes the CLI follow nextToken through three pages and merge them.
        var listed = (await Run("list-subscribers", "--page-size", "1")).Json!;
        Assert.Equal(new[] { "renamed", "second", "third" }, listed["subscribers"]!.AsArray().Select(s => s.Str("subscriberName")).ToArray());
        var pages = Emulator.Host.Requests.Where(r => r.Operation == "ListSubscribers").ToList();
        Assert.Equal(3, pages.Count);
        Assert.Contains("nextToken=", pages[1].QueryString);

        await Run("delete-subscriber", "--subscriber-id", id);
        var gone = await RunExpectingFailure("get-subscriber", "--subscriber-id", id);
        Assert.Contains("An error occurred (ResourceNotFoundException) when calling the GetSubscriber operation", gone.StdErr);

        CliRecordings.Save("securitylake-cli-subscribers", Emulator.Host.Requests);
    }

    [AwsCliFact("securitylake")]
    public async Task Modeled_errors_surface_with_their_codes()
    {
        await CreateDataLake("us-east-1");

        var conflict = await RunExpectingFailure("create-data-lake", "--configurations", """[{"region":"us-east-1"}]""", "--meta-store-manager-role-arn", SecurityLakeTestData.MetaStoreRole);
        var missingLake = await RunExpectingFailure("delete-data-lake", "--regions", "eu-west-1");
        var invalid = await RunExpectingFailure("create-subscriber", "--subscriber-identity", "principal=12345,externalId=external-id-1",
            "--subscriber-name", "bad", "--sources", Sources);

        Assert.Contains("An error occurred (ConflictException) when calling the CreateDataLake operation", conflict.StdErr);
        Assert.Contains("An error occurred (ResourceNotFoundException) when calling the DeleteDataLake operation", missingLake.StdErr);
        Assert.Contains("An error occurred (BadRequestException) when calling the CreateSubscriber operation", invalid.StdErr);
        Assert.All(new[] { conflict, missingLake, invalid }, r => Assert.NotEqual(0, r.ExitCode));
    }

    [AwsCliFact("securitylake")]
    public async Task Throttling_surfaces_as_ThrottlingException()
    {
        Emulator.Host.Faults.Add("securitylake", "ListDataLakes", Fault.Throttling(retryAfterSeconds: 1));

        var result = await RunExpectingFailure("list-data-lakes");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("An error occurred (ThrottlingException) when calling the ListDataLakes operation", result.StdErr);
    }

    [AwsCliFact("securitylake")]
    public async Task A_wrong_secret_is_refused()
    {
        var result = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, new[] { "list-data-lakes" },
            TestCredentials.Default with { SecretKey = "wrong-secret" });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("An error occurred (InvalidSignatureException) when calling the ListDataLakes operation", result.StdErr);
    }
}
