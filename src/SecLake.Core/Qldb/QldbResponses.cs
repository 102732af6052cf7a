using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SecLake.Aws;

namespace SecLake.Qldb
{
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
}
