using SecLake.Qldb;
using SecLake.Tests.Support;
using SecLake.Tests.Validation;
using Xunit;

namespace SecLake.Tests.Qldb;

/// <summary>
/// The QLDB model's shapes as SecLake renders them (src/SecLake.Core/Qldb/QldbWire.cs): each pattern constant with
/// values the model accepts and refuses, every operation's exact wire request (checked against the model's http trait)
/// and its response read, and the model's operations SecLake has no cmdlet for, with the reason.
/// </summary>
public class QldbWireTests
{
    /// <summary>QLDB's pattern constants with their model source and examples (<see cref="PatternCatalog"/> runs them).</summary>
    internal static readonly PatternCase[] PatternCases =
    [
        new(typeof(QldbConstraints), nameof(QldbConstraints.LedgerNamePattern), PatternCatalog.QldbModel, "LedgerName",
            Accepts: ["a", "Ledger-2", "abcdefghijklmnopqrstuvwxyz012345", "0x", "test-1", "a-b-c"],
            Refuses: ["abc\n", "a--b", "123", "-x", "x-", "under_score", PatternCatalog.KelvinSign, "caf" + PatternCatalog.EAcute, PatternCatalog.ArabicIndicOne,
                "1" + PatternCatalog.ArabicIndicOne + "x", "with space", "", "abc\r", "x-\n"])
        {
            AlsoShapes = ["StreamName"],
        },
    ];

    private const string EndOfSupport =
        "Amazon QLDB reached end of support on 2025-07-31; SecLake keeps ledger management and tags, not journal exports, streams, blocks, digests or revisions.";

    /// <summary>QLDB operations SecLake deliberately has no cmdlet for, with the reason (ServiceOperationCoverageTests reads them).</summary>
    internal static readonly Dictionary<string, string> OperationsOutOfScope = new()
    {
        ["ExportJournalToS3"] = EndOfSupport,
        ["DescribeJournalS3Export"] = EndOfSupport,
        ["ListJournalS3Exports"] = EndOfSupport,
        ["ListJournalS3ExportsForLedger"] = EndOfSupport,
        ["StreamJournalToKinesis"] = EndOfSupport,
        ["DescribeJournalKinesisStream"] = EndOfSupport,
        ["ListJournalKinesisStreamsForLedger"] = EndOfSupport,
        ["CancelJournalKinesisStream"] = EndOfSupport,
        ["GetBlock"] = EndOfSupport,
        ["GetDigest"] = EndOfSupport,
        ["GetRevision"] = EndOfSupport,
    };

    public static TheoryData<string, Func<SecLake.Aws.RestRequest>, string, string, string?> Requests => new()
    {
        { "CreateLedger", () => QldbRequests.CreateLedger(new CreateLedgerInput("ledger-1", "STANDARD") { DeletionProtection = false, KmsKey = "alias/k", Tags = new Dictionary<string, string?> { ["b"] = "2", ["a"] = null } }),
            "/ledgers", "", """{"Name":"ledger-1","PermissionsMode":"STANDARD","DeletionProtection":false,"KmsKey":"alias/k","Tags":{"a":null,"b":"2"}}""" },
        { "CreateLedger", () => QldbRequests.CreateLedger(new CreateLedgerInput("l", "ALLOW_ALL")), "/ledgers", "", """{"Name":"l","PermissionsMode":"ALLOW_ALL"}""" },
        { "DescribeLedger", () => QldbRequests.DescribeLedger("ledger-1"), "/ledgers/ledger-1", "", null },
        { "ListLedgers", () => QldbRequests.ListLedgers(null, null), "/ledgers", "", null },
        { "ListLedgers", () => QldbRequests.ListLedgers(5, "dG9rZW4="), "/ledgers", "max_results=5&next_token=dG9rZW4=", null },
        { "UpdateLedger", () => QldbRequests.UpdateLedger("ledger-1", true, null), "/ledgers/ledger-1", "", """{"DeletionProtection":true}""" },
        { "UpdateLedger", () => QldbRequests.UpdateLedger("ledger-1", null, "AWS_OWNED_KMS_KEY"), "/ledgers/ledger-1", "", """{"KmsKey":"AWS_OWNED_KMS_KEY"}""" },
        { "UpdateLedgerPermissionsMode", () => QldbRequests.UpdateLedgerPermissionsMode("ledger-1", "STANDARD"), "/ledgers/ledger-1/permissions-mode", "", """{"PermissionsMode":"STANDARD"}""" },
        { "DeleteLedger", () => QldbRequests.DeleteLedger("ledger-1"), "/ledgers/ledger-1", "", null },
        { "TagResource", () => QldbRequests.TagResource("arn:aws:qldb:us-east-1:123456789012:ledger/l", new Dictionary<string, string?> { ["team"] = "blue" }),
            "/tags/arn%3Aaws%3Aqldb%3Aus-east-1%3A123456789012%3Aledger%2Fl", "", """{"Tags":{"team":"blue"}}""" },
        { "UntagResource", () => QldbRequests.UntagResource("arn:aws:qldb:us-east-1:123456789012:ledger/l", new[] { "team", "cost center" }),
            "/tags/arn%3Aaws%3Aqldb%3Aus-east-1%3A123456789012%3Aledger%2Fl", "tagKeys=team&tagKeys=cost center", null },
        { "ListTagsForResource", () => QldbRequests.ListTagsForResource("arn:aws:qldb:us-east-1:123456789012:ledger/l"),
            "/tags/arn%3Aaws%3Aqldb%3Aus-east-1%3A123456789012%3Aledger%2Fl", "", null },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Request_matches_the_model_and_carries_exactly_these_members(string operation, Func<SecLake.Aws.RestRequest> build, string path, string query, string? body)
    {
        var (method, _) = ServiceModel.Qldb.Http(operation);
        build().AssertIs(operation, method, path, query, body);
    }

    [Fact]
    public void Body_less_operations_send_no_body_at_all()
    {
        Assert.Null(QldbRequests.DescribeLedger("x").Body);
        Assert.Null(QldbRequests.DeleteLedger("x").Body);
        Assert.Null(QldbRequests.ListLedgers(null, null).Body);
    }

    [Fact]
    public void Describe_response_is_read_with_epoch_second_timestamps_and_flattened_encryption()
    {
        var body = ScriptedInvoker.Ok("""
            {"Name":"l","Arn":"arn:aws:qldb:us-east-1:123456789012:ledger/l","State":"ACTIVE","CreationDateTime":1732170000.5,
             "PermissionsMode":"STANDARD","DeletionProtection":true,
             "EncryptionDescription":{"KmsKeyArn":"arn:aws:kms:us-east-1:123456789012:key/abc","EncryptionStatus":"ENABLED","InaccessibleKmsKeyDateTime":1732170001}}
            """).Body;
        var ledger = QldbResponses.Ledger(body, "us-east-1");
        Assert.Equal("l", ledger.Name);
        Assert.Equal("ACTIVE", ledger.State);
        Assert.Equal(new DateTime(2024, 11, 21, 6, 20, 0, 500, DateTimeKind.Utc), ledger.CreationDateTime);
        Assert.Equal(DateTimeKind.Utc, ledger.CreationDateTime!.Value.Kind);
        Assert.Equal("STANDARD", ledger.PermissionsMode);
        Assert.True(ledger.DeletionProtection);
        Assert.Equal("arn:aws:kms:us-east-1:123456789012:key/abc", ledger.KmsKeyArn);
        Assert.Equal("ENABLED", ledger.EncryptionStatus);
        Assert.Equal("us-east-1", ledger.Region);
    }

    [Fact]
    public void Create_response_keeps_its_top_level_KmsKeyArn()
    {
        var body = ScriptedInvoker.Ok("""{"Name":"l","KmsKeyArn":"arn:aws:kms:us-east-1:1:key/k","State":"CREATING"}""").Body;
        Assert.Equal("arn:aws:kms:us-east-1:1:key/k", QldbResponses.Ledger(body, null).KmsKeyArn);
    }
}
