using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SecLake.Aws;

namespace SecLake.Qldb
{
    /// <summary>QLDB's nine control-plane operations as restJson1 requests and responses (qldb-2019-01-02).</summary>
    public static class QldbWire
    {
        public static RestRequest CreateLedger(CreateLedgerInput input) =>
            new RestRequest("CreateLedger", "POST", "/ledgers")
            {
                Body = JsonBody.Write(w =>
                {
                    w.WriteString("Name", input.Name);
                    w.WriteString("PermissionsMode", input.PermissionsMode);
                    if (input.DeletionProtection.HasValue) w.WriteBoolean("DeletionProtection", input.DeletionProtection.Value);
                    if (input.KmsKey != null) w.WriteString("KmsKey", input.KmsKey);
                    if (input.Tags != null) WriteTags(w, input.Tags);
                }),
            };

        public static RestRequest DescribeLedger(string name) =>
            new RestRequest("DescribeLedger", "GET", "/ledgers/" + UriLabel.Encode(name));

        public static RestRequest ListLedgers(int? maxResults, string? nextToken) =>
            new RestRequest("ListLedgers", "GET", "/ledgers")
                .AddQuery("max_results", maxResults?.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .AddQuery("next_token", nextToken);

        public static RestRequest UpdateLedger(string name, bool? deletionProtection, string? kmsKey) =>
            new RestRequest("UpdateLedger", "PATCH", "/ledgers/" + UriLabel.Encode(name))
            {
                Body = JsonBody.Write(w =>
                {
                    if (deletionProtection.HasValue) w.WriteBoolean("DeletionProtection", deletionProtection.Value);
                    if (kmsKey != null) w.WriteString("KmsKey", kmsKey);
                }),
            };

        public static RestRequest UpdateLedgerPermissionsMode(string name, string permissionsMode) =>
            new RestRequest("UpdateLedgerPermissionsMode", "PATCH", "/ledgers/" + UriLabel.Encode(name) + "/permissions-mode")
            {
                Body = JsonBody.Write(w => w.WriteString("PermissionsMode", permissionsMode)),
            };

        public static RestRequest DeleteLedger(string name) =>
            new RestRequest("DeleteLedger", "DELETE", "/ledgers/" + UriLabel.Encode(name));

        public static RestRequest TagResource(string resourceArn, IReadOnlyDictionary<string, string?> tags) =>
            new RestRequest("TagResource", "POST", "/tags/" + UriLabel.Encode(resourceArn))
            {
                Body = JsonBody.Write(w => WriteTags(w, tags)),
            };

        public static RestRequest UntagResource(string resourceArn, IEnumerable<string> tagKeys)
        {
            var request = new RestRequest("UntagResource", "DELETE", "/tags/" + UriLabel.Encode(resourceArn));
            foreach (var key in tagKeys) request.AddQuery("tagKeys", key);
            return request;
        }

        public static RestRequest ListTagsForResource(string resourceArn) =>
            new RestRequest("ListTagsForResource", "GET", "/tags/" + UriLabel.Encode(resourceArn));

        private static void WriteTags(Utf8JsonWriter w, IReadOnlyDictionary<string, string?> tags)
        {
            w.WriteStartObject("Tags");
            foreach (var pair in tags.OrderBy(t => t.Key, System.StringComparer.Ordinal))
            {
                if (pair.Value == null) w.WriteNull(pair.Key);
                else w.WriteString(pair.Key, pair.Value);
            }
            w.WriteEndObject();
        }

        /// <summary>CreateLedger, DescribeLedger, UpdateLedger and UpdateLedgerPermissionsMode responses share these members.</summary>
        public static QldbLedger ParseLedger(JsonElement body, string? region)
        {
            var ledger = new QldbLedger
            {
                Name = body.String("Name") ?? "",
                Arn = body.String("Arn"),
                State = body.String("State"),
                CreationDateTime = body.EpochSeconds("CreationDateTime"),
                PermissionsMode = body.String("PermissionsMode"),
                DeletionProtection = body.Bool("DeletionProtection"),
                KmsKeyArn = body.String("KmsKeyArn"),
                Region = region,
            };
            if (body.Object("EncryptionDescription") is { } encryption)
            {
                ledger.KmsKeyArn = encryption.String("KmsKeyArn") ?? ledger.KmsKeyArn;
                ledger.EncryptionStatus = encryption.String("EncryptionStatus");
                ledger.InaccessibleKmsKeyDateTime = encryption.EpochSeconds("InaccessibleKmsKeyDateTime");
            }
            return ledger;
        }

        public static (List<QldbLedger> Ledgers, string? NextToken) ParseListLedgers(JsonElement body, string? region)
        {
            var ledgers = new List<QldbLedger>();
            foreach (var summary in body.Array("Ledgers"))
            {
                ledgers.Add(new QldbLedger
                {
                    Name = summary.String("Name") ?? "",
                    State = summary.String("State"),
                    CreationDateTime = summary.EpochSeconds("CreationDateTime"),
                    Region = region,
                });
            }
            return (ledgers, body.String("NextToken"));
        }

        public static Dictionary<string, string?> ParseTags(JsonElement body)
        {
            var tags = new Dictionary<string, string?>(System.StringComparer.Ordinal);
            if (body.Object("Tags") is { } map)
            {
                foreach (var p in map.EnumerateObject())
                    tags[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null;
            }
            return tags;
        }
    }
}
