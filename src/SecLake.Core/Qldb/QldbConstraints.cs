namespace SecLake.Qldb;

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
    public const string AwsOwnedKmsKey = "AWS_OWNED_KMS_KEY";

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
