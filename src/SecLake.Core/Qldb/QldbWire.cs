using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SecLake.Aws;

namespace SecLake.Qldb;

// The QLDB model's shapes as SecLake sends and reads them: their constraints, the inputs, the requests and the responses.

/// <summary>
/// QLDB's input rules, copied from the service model (qldb-2019-01-02). Constants so the cmdlets' validation
/// attributes and the core's own checks use the same text; tests compare them with the model. Named after the
/// model's shape: <c>&lt;Shape&gt;Pattern</c>, <c>&lt;Shape&gt;MinLength/MaxLength</c> (strings),
/// <c>&lt;Shape&gt;MaxCount</c> (lists and maps), <c>&lt;Shape&gt;Min/Max</c> (numbers).
/// </summary>
public static class QldbConstraints
{
    /// <summary>
    /// Shapes <c>LedgerName</c> (and <c>StreamName</c>): <c>(?!^.*--)(?!^[0-9]+$)(?!^-)(?!.*-$)^[A-Za-z0-9-]+$</c> in the
    /// model's ECMAScript, here in .NET: <c>$</c> as <c>\z</c> (.NET's <c>$</c> also matches before a final newline) and
    /// <c>.</c> as ECMAScript's "not a line terminator".
    /// </summary>
    public const string LedgerNamePattern = @"(?!^[^\n\r\u2028\u2029]*--)(?!^[0-9]+\z)(?!^-)(?![^\n\r\u2028\u2029]*-\z)^[A-Za-z0-9-]+\z";
    /// <summary>The rule of <see cref="LedgerNamePattern"/> in words, for refusals.</summary>
    public const string LedgerNameRule = "use letters, digits and single hyphens, not only digits, with no hyphen at either end";
    public const int LedgerNameMinLength = 1;
    public const int LedgerNameMaxLength = 32;

    public const int KmsKeyMaxLength = 1600;

    public const int ArnMinLength = 20;
    public const int ArnMaxLength = 1600;

    public const int TagsMaxCount = 200;
    public const int TagKeyMinLength = 1;
    public const int TagKeyMaxLength = 128;
    public const int TagValueMinLength = 0;
    public const int TagValueMaxLength = 256;
    public const int TagKeyListMaxCount = 200;

    public const int MaxResultsMin = 1;
    public const int MaxResultsMax = 100;

    public static readonly string[] PermissionsModes = { "ALLOW_ALL", "STANDARD" };
    public static readonly string[] LedgerStates = { "CREATING", "ACTIVE", "DELETING", "DELETED" };

    public static readonly TagRules Tags =
        new TagRules(TagsMaxCount, TagKeyMinLength, TagKeyMaxLength, TagValueMinLength, TagValueMaxLength);
}

/// <summary>The documented CreateLedger request.</summary>
public sealed class CreateLedgerInput
{
    public CreateLedgerInput(string name, string permissionsMode)
    {
        Name = name;
        PermissionsMode = permissionsMode;
    }

    public string Name { get; }
    public string PermissionsMode { get; }
    /// <summary>Unset means the service default (true).</summary>
    public bool? DeletionProtection { get; set; }
    public string? KmsKey { get; set; }
    public IReadOnlyDictionary<string, string?>? Tags { get; set; }
}

/// <summary>
/// The model's http traits and member locations (qldb-2019-01-02), one builder per operation. A write that lands in the
/// same state when sent twice says so (<see cref="Resend.Safe"/>); creates, deletes and tag adds get their lookup in
/// <see cref="QldbClient"/> (docs/RETRIES.md).
/// </summary>
internal static class QldbRequests
{
    public static RestRequest CreateLedger(CreateLedgerInput input) =>
        new RestRequest("CreateLedger", "POST", "/ledgers")
        {
            Body = Json.Object(w =>
            {
                w.WriteString("Name", input.Name);
                w.WriteString("PermissionsMode", input.PermissionsMode);
                if (input.DeletionProtection.HasValue) w.WriteBoolean("DeletionProtection", input.DeletionProtection.Value);
                w.StringIfSet("KmsKey", input.KmsKey);
                if (input.Tags != null) w.StringMap("Tags", input.Tags);
            }),
        };

    public static RestRequest DescribeLedger(string name) =>
        new RestRequest("DescribeLedger", "GET", LedgerPath(name));

    public static RestRequest ListLedgers(int? maxResults, string? nextToken) =>
        new RestRequest("ListLedgers", "GET", "/ledgers")
            .AddQuery("max_results", maxResults?.ToString(CultureInfo.InvariantCulture))
            .AddQuery("next_token", nextToken);

    public static RestRequest UpdateLedger(string name, bool? deletionProtection, string? kmsKey) =>
        new RestRequest("UpdateLedger", "PATCH", LedgerPath(name))
        {
            Resend = Resend.Safe,
            Body = Json.Object(w =>
            {
                if (deletionProtection.HasValue) w.WriteBoolean("DeletionProtection", deletionProtection.Value);
                w.StringIfSet("KmsKey", kmsKey);
            }),
        };

    public static RestRequest UpdateLedgerPermissionsMode(string name, string permissionsMode) =>
        new RestRequest("UpdateLedgerPermissionsMode", "PATCH", LedgerPath(name) + "/permissions-mode")
        {
            Resend = Resend.Safe,
            Body = Json.Object(w => w.WriteString("PermissionsMode", permissionsMode)),
        };

    public static RestRequest DeleteLedger(string name) =>
        new RestRequest("DeleteLedger", "DELETE", LedgerPath(name));

    public static RestRequest TagResource(string resourceArn, IReadOnlyDictionary<string, string?> tags) =>
        new RestRequest("TagResource", "POST", TagsPath(resourceArn))
        {
            Body = Json.Object(w => w.StringMap("Tags", tags)),
        };

    /// <summary>UntagResource: <c>tagKeys</c> is a querystring list, so the name repeats per key.</summary>
    public static RestRequest UntagResource(string resourceArn, IEnumerable<string> tagKeys)
    {
        var request = new RestRequest("UntagResource", "DELETE", TagsPath(resourceArn)) { Resend = Resend.Safe };
        foreach (var key in tagKeys) request.AddQuery("tagKeys", key);
        return request;
    }

    public static RestRequest ListTagsForResource(string resourceArn) =>
        new RestRequest("ListTagsForResource", "GET", TagsPath(resourceArn));

    private static string LedgerPath(string name) => "/ledgers/" + UriLabel.Encode(name);

    private static string TagsPath(string resourceArn) => "/tags/" + UriLabel.Encode(resourceArn);
}

/// <summary>Response bodies to SecLake models, by the model's member names.</summary>
internal static class QldbResponses
{
    /// <summary>CreateLedger, DescribeLedger, UpdateLedger and UpdateLedgerPermissionsMode share these members.</summary>
    public static QldbLedger Ledger(JsonElement body, string? region)
    {
        var ledger = new QldbLedger
        {
            Name = body.String("Name") ?? "",
            Arn = body.String("Arn"),
            State = body.String("State"),
            CreationDateTime = body.Timestamp("CreationDateTime"),
            PermissionsMode = body.String("PermissionsMode"),
            DeletionProtection = body.Bool("DeletionProtection"),
            KmsKeyArn = body.String("KmsKeyArn"),
            Region = region,
        };
        if (body.Member("EncryptionDescription") is JsonElement encryption)
        {
            ledger.KmsKeyArn = encryption.String("KmsKeyArn") ?? ledger.KmsKeyArn;
            ledger.EncryptionStatus = encryption.String("EncryptionStatus");
            ledger.InaccessibleKmsKeyDateTime = encryption.Timestamp("InaccessibleKmsKeyDateTime");
        }
        return ledger;
    }

    /// <summary>ListLedgers: summaries (name, state, creation time) and the next page's token.</summary>
    public static Page<QldbLedger> LedgerPage(JsonElement body, string? region) =>
        new Page<QldbLedger>(
            body.Array("Ledgers").Select(summary => new QldbLedger
            {
                Name = summary.String("Name") ?? "",
                State = summary.String("State"),
                CreationDateTime = summary.Timestamp("CreationDateTime"),
                Region = region,
            }).ToList(),
            body.String("NextToken"));

    /// <summary>ListTagsForResource: the <c>Tags</c> map.</summary>
    public static Dictionary<string, string?> Tags(JsonElement body) => body.StringMap("Tags");
}
