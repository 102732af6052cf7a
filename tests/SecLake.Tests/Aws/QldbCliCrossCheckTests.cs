using SecLake.Qldb;
using SecLake.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SecLake.Tests.Aws;

/// <summary>
/// The AWS CLI (botocore) and SecLake's client, given the same inputs, send equivalent QLDB requests — method, path,
/// query, JSON body and signed-header set — and the emulator answers both alike.
/// </summary>
public class QldbCliCrossCheckTests(ShortDelaysFixture emulator, ITestOutputHelper output) : SharedEmulatorTests<ShortDelaysFixture>(emulator)
{
    private const string Arn = "arn:aws:qldb:us-east-1:123456789012:ledger/cross";

    public static TheoryData<string, string[]> Cases => new()
    {
        { "CreateLedger", new[] { "create-ledger", "--name", "cross-new", "--permissions-mode", "STANDARD", "--no-deletion-protection", "--kms-key", "AWS_OWNED_KMS_KEY", "--tags", "team=blue" } },
        { "DescribeLedger", new[] { "describe-ledger", "--name", "cross" } },
        { "ListLedgers", new[] { "list-ledgers", "--max-results", "10" } },
        { "UpdateLedger", new[] { "update-ledger", "--name", "cross", "--deletion-protection" } },
        { "UpdateLedgerPermissionsMode", new[] { "update-ledger-permissions-mode", "--name", "cross", "--permissions-mode", "ALLOW_ALL" } },
        { "TagResource", new[] { "tag-resource", "--resource-arn", Arn, "--tags", "env=test" } },
        { "ListTagsForResource", new[] { "list-tags-for-resource", "--resource-arn", Arn } },
        { "UntagResource", new[] { "untag-resource", "--resource-arn", Arn, "--tag-keys", "team", "cost center" } },
        { "DeleteLedger", new[] { "delete-ledger", "--name", "cross" } },
    };

    private static Task Ours(QldbClient client, string operation) => operation switch
    {
        "CreateLedger" => client.CreateLedgerAsync(new CreateLedgerInput("cross-new", "STANDARD") { DeletionProtection = false, KmsKey = "AWS_OWNED_KMS_KEY", Tags = new Dictionary<string, string?> { ["team"] = "blue" } }, default),
        "DescribeLedger" => client.DescribeLedgerAsync("cross", default),
        "ListLedgers" => client.ListLedgersAsync(pageSize: 10),
        "UpdateLedger" => client.UpdateLedgerAsync("cross", true, null, default),
        "UpdateLedgerPermissionsMode" => client.UpdateLedgerPermissionsModeAsync("cross", "ALLOW_ALL", default),
        "TagResource" => client.TagResourceAsync(Arn, new Dictionary<string, string?> { ["env"] = "test" }, default),
        "ListTagsForResource" => client.ListTagsForResourceAsync(Arn, default),
        "UntagResource" => client.UntagResourceAsync(Arn, new[] { "team", "cost center" }, default),
        "DeleteLedger" => client.DeleteLedgerAsync("cross", default),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    /// <summary>The same starting state for both clients: one ACTIVE, unprotected, tagged ledger.</summary>
    private async Task<QldbClient> FreshState()
    {
        Emulator.Reset();
        var client = Emulator.ConnectQldb();
        await client.CreateLedgerAsync(new CreateLedgerInput("cross", "STANDARD") { DeletionProtection = false, Tags = new Dictionary<string, string?> { ["team"] = "blue" } }, default);
        await client.WaitForLedgerAsync("cross", new[] { "ACTIVE" }, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50), null, default);
        return client;
    }

    [AwsCliTheory("qldb")]
    [MemberData(nameof(Cases))]
    public async Task The_CLI_and_SecLake_send_equivalent_requests_and_get_the_same_answer(string operation, string[] cliArguments)
    {
        await FreshState();
        var cli = await AwsCli.RunAsync("qldb", Emulator.Endpoint, cliArguments);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var fromCli = Emulator.Host.Requests.Last(r => r.Operation == operation);

        var client = await FreshState();
        await Ours(client, operation);
        var fromUs = Emulator.Host.Requests.Last(r => r.Operation == operation);

        CliCrossCheck.AssertEquivalent(fromCli, fromUs, output);
        Assert.Equal("us-east-1", fromUs.Region);
    }

    [AwsCliFact("qldb")]
    public async Task A_taken_name_is_the_same_error_for_both()
    {
        var client = await FreshState();
        var cli = await AwsCli.RunAsync("qldb", Emulator.Endpoint, new[] { "create-ledger", "--name", "cross", "--permissions-mode", "STANDARD" });
        Assert.NotEqual(0, cli.ExitCode);
        Assert.Contains("ResourceAlreadyExistsException", cli.StdErr);
        var ours = await Assert.ThrowsAsync<ResourceAlreadyExistsException>(() => client.CreateLedgerAsync(new CreateLedgerInput("cross", "STANDARD"), default));
        Assert.Equal(409, (int)ours.StatusCode);
    }
}
