using System;
using System.Collections.Generic;
using System.Linq;
using SecLake.SecurityLake;

namespace SecLake.Completion;

/// <summary>
/// Completion of free-text parameters that have well-known values. Not a ValidateSet, because other values are
/// valid too (a key ARN, an alias name), but the common ones should not need looking up.
/// </summary>
public static class ValueCompletion
{
    private static readonly CompletionCandidate[] QldbKmsKeys =
    {
        new CompletionCandidate("AWS_OWNED_KMS_KEY", "Use an AWS owned key (the default)"),
        new CompletionCandidate("alias/", "A customer managed key by alias name, e.g. alias/MyKey"),
        new CompletionCandidate("arn:aws:kms:", "A customer managed key by key or alias ARN"),
    };

    private static readonly CompletionCandidate[] SecurityLakeEncryptionKeys =
    {
        new CompletionCandidate("S3_MANAGED_KEY", "Encrypt with Amazon S3 managed keys"),
        new CompletionCandidate("alias/", "A customer managed KMS key by alias name, e.g. alias/security-lake"),
        new CompletionCandidate("arn:aws:kms:", "A customer managed KMS key by key or alias ARN"),
    };

    /// <summary>Security Lake's -EncryptionKey: S3_MANAGED_KEY, or a customer managed KMS key.</summary>
    public static IEnumerable<CompletionCandidate> EncryptionKey(string? wordToComplete) => Matching(SecurityLakeEncryptionKeys, wordToComplete);

    /// <summary>QLDB's -KmsKey: AWS_OWNED_KMS_KEY, or a customer managed key.</summary>
    public static IEnumerable<CompletionCandidate> KmsKey(string? wordToComplete) => Matching(QldbKmsKeys, wordToComplete);

    /// <summary>
    /// A custom source's -EventClass: the OCSF event classes the Security Lake documents list, but those already in the
    /// list being typed (other classes of the model's pattern are valid too).
    /// </summary>
    public static IEnumerable<CompletionCandidate> EventClass(string? wordToComplete, IEnumerable<string> alreadyChosen)
    {
        var chosen = new HashSet<string>(alreadyChosen.Where(c => !string.Equals(c, CompletionWord.Unquote(wordToComplete), StringComparison.OrdinalIgnoreCase)),
            StringComparer.OrdinalIgnoreCase);
        return Matching(SecurityLakeConstraints.DocumentedOcsfEventClasses
            .Where(c => !chosen.Contains(c))
            .Select(c => new CompletionCandidate(c, "OCSF event class " + c)), wordToComplete);
    }

    private static IEnumerable<CompletionCandidate> Matching(IEnumerable<CompletionCandidate> values, string? wordToComplete) =>
        values.Where(v => CompletionWord.Matches(v.Value, wordToComplete));

    // ---- the exception subscription ----

    private static readonly CompletionCandidate[] SubscriptionProtocols =
    {
        new CompletionCandidate("email", "Exceptions by email to the -NotificationEndpoint address"),
        new CompletionCandidate("email-json", "Exceptions by email, as JSON"),
        new CompletionCandidate("https", "Exceptions posted to an HTTPS endpoint"),
        new CompletionCandidate("http", "Exceptions posted to an HTTP endpoint"),
        new CompletionCandidate("sqs", "Exceptions sent to an Amazon SQS queue"),
        new CompletionCandidate("lambda", "Exceptions sent to an AWS Lambda function"),
        new CompletionCandidate("sms", "Exceptions by text message"),
        new CompletionCandidate("application", "Exceptions sent to a mobile app endpoint"),
        new CompletionCandidate("firehose", "Exceptions sent to an Amazon Data Firehose stream"),
    };

    /// <summary>Security Lake's -SubscriptionProtocol: the Amazon SNS protocols exception notifications can use.</summary>
    public static IEnumerable<CompletionCandidate> SubscriptionProtocol(string? wordToComplete) => Matching(SubscriptionProtocols, wordToComplete);
}
