using System;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.Completion
{
    /// <summary>Completion of free-text parameters that have well-known values (not a ValidateSet, since other values are valid too).</summary>
    public static class ValueCompletion
    {
        private static readonly CompletionCandidate[] KmsKeys =
        {
            new CompletionCandidate("AWS_OWNED_KMS_KEY", "Use an AWS owned key (the default)"),
            new CompletionCandidate("alias/", "A customer managed key by alias name, e.g. alias/MyKey"),
            new CompletionCandidate("arn:aws:kms:", "A customer managed key by key or alias ARN"),
        };

        public static IEnumerable<CompletionCandidate> KmsKey(string? wordToComplete)
        {
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            return KmsKeys.Where(k => k.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        }
    }
}
