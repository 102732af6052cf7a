namespace SecLake.Qldb
{
    /// <summary>
    /// QLDB's input rules, copied from the service model (qldb-2019-01-02). Constants so the cmdlets' validation
    /// attributes and the core's own checks use the same text; tests compare them with the model.
    /// </summary>
    public static class QldbConstraints
    {
        /// <summary>
        /// Shapes <c>LedgerName</c> (and <c>StreamName</c>): <c>(?!^.*--)(?!^[0-9]+$)(?!^-)(?!.*-$)^[A-Za-z0-9-]+$</c> in the
        /// model's ECMAScript, here in .NET: <c>$</c> as <c>\z</c> (.NET's <c>$</c> also matches before a final newline) and
        /// <c>.</c> as ECMAScript's "not a line terminator".
        /// </summary>
        public const string LedgerNamePattern = @"(?!^[^\n\r\u2028\u2029]*--)(?!^[0-9]+\z)(?!^-)(?![^\n\r\u2028\u2029]*-\z)^[A-Za-z0-9-]+\z";
        public const int LedgerNameMin = 1;
        public const int LedgerNameMax = 32;

        public const int KmsKeyMax = 1600;
        public const string AwsOwnedKmsKey = "AWS_OWNED_KMS_KEY";

        public const int ArnMin = 20;
        public const int ArnMax = 1600;

        public const int TagCountMax = 200;
        public const int TagKeyMin = 1;
        public const int TagKeyMax = 128;
        public const int TagValueMin = 0;
        public const int TagValueMax = 256;
        public const int TagKeysMax = 200;

        public const int MaxResultsMin = 1;
        public const int MaxResultsMax = 100;

        public static readonly string[] PermissionsModes = { "ALLOW_ALL", "STANDARD" };
        public static readonly string[] LedgerStates = { "CREATING", "ACTIVE", "DELETING", "DELETED" };

        public static readonly SecLake.Validation.TagRules Tags =
            new SecLake.Validation.TagRules(TagCountMax, TagKeyMin, TagKeyMax, TagValueMin, TagValueMax);
    }
}
