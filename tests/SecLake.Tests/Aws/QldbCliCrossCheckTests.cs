using System.Text.Json.Nodes;
using SecLake.Emulator;
using SecLake.Qldb;
using SecLake.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SecLake.Tests.Aws;

/// <summary>
/// The AWS CLI (botocore) and SecLake's client, given the same inputs, send equivalent QLDB requests — method, path,
/// query, JSON body and signed-header set — and the emulator answers both alike.
/// </summary>
public class QldbCliCrossCheckTests : IClassFixture<SdkEmulatorFixture>
{
    private const string Arn = "arn:aws:qldb:us-east-1:123456789012:ledger/cross";

    // Headers only one client adds for its own bookkeeping (retry/invocation tracking); neither changes the request's
    // meaning. The .NET SDK also always signs x-amz-content-sha256 (botocore does not for QLDB): that is the payload
    // hash both canonical requests contain anyway; its value is checked separately below.
    private static readonly string[] BookkeepingHeaders = { "amz-sdk-invocation-id", "amz-sdk-request", "x-amz-user-agent", "user-agent", "x-amz-content-sha256" };

    private readonly SdkEmulatorFixture _emulator;
    private readonly ITestOutputHelper _output;

    public QldbCliCrossCheckTests(SdkEmulatorFixture emulator, ITestOutputHelper output)
    {
        _emulator = emulator;
        _output = output;
    }

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
        _emulator.Host.Reset();
        var client = QldbService.Connect(_emulator.Settings(), null);
        await client.CreateLedgerAsync(new CreateLedgerInput("cross", "STANDARD") { DeletionProtection = false, Tags = new Dictionary<string, string?> { ["team"] = "blue" } }, default);
        await client.WaitForLedgerAsync("cross", new[] { "ACTIVE" }, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50), null, default);
        return client;
    }

    [AwsCliTheory("qldb")]
    [MemberData(nameof(Cases))]
    public async Task The_CLI_and_SecLake_send_equivalent_requests_and_get_the_same_answer(string operation, string[] cliArguments)
    {
        await FreshState();
        var cli = await AwsCli.RunAsync("qldb", _emulator.Host.Endpoint, cliArguments);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var fromCli = _emulator.Host.Requests.Last(r => r.Operation == operation);

        var client = await FreshState();
        await Ours(client, operation);
        var fromUs = _emulator.Host.Requests.Last(r => r.Operation == operation);

        _output.WriteLine($"CLI: {fromCli.Method} {fromCli.Path}?{fromCli.QueryString} [{string.Join(";", fromCli.SignedHeaders)}] {fromCli.Body}");
        _output.WriteLine($"us:  {fromUs.Method} {fromUs.Path}?{fromUs.QueryString} [{string.Join(";", fromUs.SignedHeaders)}] {fromUs.Body}");

        Assert.Equal(fromCli.Method, fromUs.Method);
        Assert.Equal(fromCli.Path, fromUs.Path);
        Assert.Equal(Normalize(fromCli.QueryString), Normalize(fromUs.QueryString));
        Assert.True(JsonEquivalent(fromCli.Body, fromUs.Body), $"bodies differ:\nCLI {fromCli.Body}\nus  {fromUs.Body}");
        Assert.Equal(Signed(fromCli), Signed(fromUs));
        if (fromUs.Headers.TryGetValue("x-amz-content-sha256", out var payloadHash))
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fromUs.Body))), payloadHash);
        Assert.Equal(fromCli.Headers.ContainsKey("content-type"), fromUs.Headers.ContainsKey("content-type"));
        Assert.Equal(fromCli.StatusCode, fromUs.StatusCode);
        Assert.Equal("us-east-1", fromUs.Region);
    }

    private static string Normalize(string query) =>
        string.Join("&", query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).Order(StringComparer.Ordinal));

    private static IEnumerable<string> Signed(RecordedRequest r) => r.SignedHeaders.Except(BookkeepingHeaders).Order(StringComparer.Ordinal);

    private static bool JsonEquivalent(string a, string b) =>
        string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b) ? string.IsNullOrEmpty(a) && string.IsNullOrEmpty(b) : JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));

    [AwsCliFact("qldb")]
    public async Task A_taken_name_is_the_same_error_for_both()
    {
        var client = await FreshState();
        var cli = await AwsCli.RunAsync("qldb", _emulator.Host.Endpoint, new[] { "create-ledger", "--name", "cross", "--permissions-mode", "STANDARD" });
        Assert.NotEqual(0, cli.ExitCode);
        Assert.Contains("ResourceAlreadyExistsException", cli.StdErr);
        var ours = await Assert.ThrowsAsync<ResourceAlreadyExistsException>(() => client.CreateLedgerAsync(new CreateLedgerInput("cross", "STANDARD"), default));
        Assert.Equal(409, (int)ours.StatusCode);
    }
}
