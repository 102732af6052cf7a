using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>
/// The real AWS CLI's QLDB commands against the emulator: every ledger and tagging command succeeds with the
/// expected JSON, modeled errors surface with their codes, and a wrong secret is refused.
/// </summary>
public sealed class AwsCliQldbTests(EmulatorFixture emulator) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    private const string Arn = "arn:aws:qldb:us-east-1:123456789012:ledger/cli-ledger";

    private async Task<AwsCliResult> Run(params string[] arguments)
    {
        var result = await AwsCli.RunAsync("qldb", Emulator.Endpoint, arguments);
        Assert.True(result.ExitCode == 0, $"aws qldb {string.Join(' ', arguments)}: {result}");
        return result;
    }

    private Task<AwsCliResult> RunExpectingFailure(params string[] arguments) =>
        AwsCli.RunAsync("qldb", Emulator.Endpoint, arguments);

    [AwsCliFact("qldb")]
    public async Task Every_ledger_command_works_against_the_emulator()
    {
        var created = (await Run("create-ledger", "--name", "cli-ledger", "--permissions-mode", "STANDARD", "--tags", "team=security")).Json!;
        Assert.Equal(("cli-ledger", Arn, "CREATING", "STANDARD"),
            (created.Str("Name"), created.Str("Arn"), created.Str("State"), created.Str("PermissionsMode")));
        Assert.True(created["DeletionProtection"]!.GetValue<bool>());
        // The CLI turned epoch seconds into a date: the wire format was a number it understood.
        Assert.InRange(DateTimeOffset.Parse(created.Str("CreationDateTime")!), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));

        var described = (await Run("describe-ledger", "--name", "cli-ledger")).Json!;
        Assert.Equal("ACTIVE", described.Str("State"));

        // QLDB has no CLI paginator: page by hand, so the CLI sends the emulator's token back in next_token.
        await Run("create-ledger", "--name", "cli-ledger-2", "--permissions-mode", "ALLOW_ALL");
        var firstPage = (await Run("list-ledgers", "--max-results", "1")).Json!;
        Assert.Equal("cli-ledger", firstPage.Str("Ledgers.0.Name"));
        var secondPage = (await Run("list-ledgers", "--max-results", "1", "--next-token", firstPage.Str("NextToken")!)).Json!;
        Assert.Equal("cli-ledger-2", secondPage.Str("Ledgers.0.Name"));
        Assert.False(secondPage.Has("NextToken"));

        var updated = (await Run("update-ledger", "--name", "cli-ledger", "--no-deletion-protection", "--kms-key", "alias/cli")).Json!;
        Assert.False(updated["DeletionProtection"]!.GetValue<bool>());
        Assert.StartsWith("arn:aws:kms:us-east-1:123456789012:key/", updated.Str("EncryptionDescription.KmsKeyArn"));

        var mode = (await Run("update-ledger-permissions-mode", "--name", "cli-ledger", "--permissions-mode", "ALLOW_ALL")).Json!;
        Assert.Equal("ALLOW_ALL", mode.Str("PermissionsMode"));

        await Run("tag-resource", "--resource-arn", Arn, "--tags", "env=test");
        var tags = (await Run("list-tags-for-resource", "--resource-arn", Arn)).Json!;
        Assert.Equal("""{"team":"security","env":"test"}""", tags["Tags"]!.ToJsonString());

        await Run("untag-resource", "--resource-arn", Arn, "--tag-keys", "team", "env");
        Assert.Equal("{}", (await Run("list-tags-for-resource", "--resource-arn", Arn)).Json!["Tags"]!.ToJsonString());

        var deleted = await Run("delete-ledger", "--name", "cli-ledger");
        Assert.Equal("", deleted.StdOut.Trim());

        var gone = await RunExpectingFailure("describe-ledger", "--name", "cli-ledger");
        Assert.NotEqual(0, gone.ExitCode);
        Assert.Contains("An error occurred (ResourceNotFoundException) when calling the DescribeLedger operation", gone.StdErr);

        var requests = Emulator.Host.Requests;
        CliRecordings.Save("qldb-cli", requests);
        Assert.Equal(404, requests[^1].StatusCode);
        Assert.All(requests.Take(requests.Count - 1), r => Assert.Equal(200, r.StatusCode));
        Assert.Equal(
            new[] { "CreateLedger", "DescribeLedger", "CreateLedger", "ListLedgers", "ListLedgers", "UpdateLedger", "UpdateLedgerPermissionsMode", "TagResource",
                    "ListTagsForResource", "UntagResource", "ListTagsForResource", "DeleteLedger", "DescribeLedger" },
            requests.Select(r => r.Operation).ToArray());
        var untag = requests.Single(r => r.Operation == "UntagResource");
        Assert.Equal("/tags/arn%3Aaws%3Aqldb%3Aus-east-1%3A123456789012%3Aledger%2Fcli-ledger", untag.Path);
        Assert.Equal("tagKeys=team&tagKeys=env", untag.QueryString);
    }

    [AwsCliFact("qldb")]
    public async Task Modeled_errors_surface_with_their_codes()
    {
        await Run("create-ledger", "--name", "taken", "--permissions-mode", "STANDARD");

        var duplicate = await RunExpectingFailure("create-ledger", "--name", "taken", "--permissions-mode", "STANDARD");
        var protectedLedger = await RunExpectingFailure("delete-ledger", "--name", "taken");
        var badName = await RunExpectingFailure("create-ledger", "--name", "bad--name", "--permissions-mode", "STANDARD");

        Assert.Contains("An error occurred (ResourceAlreadyExistsException) when calling the CreateLedger operation", duplicate.StdErr);
        Assert.Contains("An error occurred (ResourcePreconditionNotMetException) when calling the DeleteLedger operation", protectedLedger.StdErr);
        Assert.Contains("An error occurred (InvalidParameterException) when calling the CreateLedger operation", badName.StdErr);
        Assert.All(new[] { duplicate, protectedLedger, badName }, r => Assert.NotEqual(0, r.ExitCode));
    }

    [AwsCliFact("qldb")]
    public async Task A_wrong_secret_is_refused()
    {
        var result = await AwsCli.RunAsync("qldb", Emulator.Endpoint, new[] { "list-ledgers" },
            TestCredentials.Default with { SecretKey = "wrong-secret" });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("An error occurred (InvalidSignatureException) when calling the ListLedgers operation", result.StdErr);
        Assert.Equal(403, Assert.Single(Emulator.Host.Requests).StatusCode);
    }

    [AwsCliFact("qldb")]
    public async Task An_unknown_key_is_refused()
    {
        var result = await AwsCli.RunAsync("qldb", Emulator.Endpoint, new[] { "list-ledgers" },
            new TestCredentials("AKIAUNKNOWNKEY000000", "secret"));

        Assert.Contains("An error occurred (UnrecognizedClientException) when calling the ListLedgers operation", result.StdErr);
    }
}
