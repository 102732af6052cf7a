using System;
using System.Collections.Generic;
using System.Linq;
using SecLake.Aws;

namespace SecLake.SecurityLake;

/// <summary>
/// The checks the documents and the GA model impose, each refusing with a message that names where the value
/// sits and what is allowed. Patterns are <see cref="SecurityLakeConstraints"/>' .NET renderings of the model's
/// ECMAScript patterns, run case-sensitively by <see cref="ModelRegex"/>.
/// </summary>
internal static class Rules
{
    public static bool Matches(string value, string pattern) => ModelRegex.IsMatch(value, pattern);

    /// <summary>Refuses a value the model's pattern refuses, saying the rule in words.</summary>
    public static void Pattern(string value, string pattern, string rule, string parameterName, string label)
    {
        if (!Matches(value, pattern))
            throw new InputValidationException(parameterName, $"{label} '{value}' is not valid: {rule}.");
    }

    public static void Length(string value, int min, int max, string parameterName, string label)
    {
        if (value.Length < min || value.Length > max)
            throw new InputValidationException(parameterName,
                $"{label} '{value}' has {value.Length} characters; it must have {min} to {max}.");
    }

    /// <summary>A Region code, lower-cased, that must be a Security Lake Region (of <paramref name="partition"/> when known).</summary>
    public static string Region(string raw, string? partition, string parameterName, string label)
    {
        var region = raw.Trim().ToLowerInvariant();
        if (region.Length == 0)
            throw new InputValidationException(parameterName, $"{label} is an empty Region.");
        if (!SecurityLakeService.Regions.Contains(region))
        {
            var valid = partition == null ? SecurityLakeService.Regions.All : SecurityLakeService.Regions.InPartition(partition);
            var scope = partition == null ? "" : $" ({partition})";
            throw new InputValidationException(parameterName,
                $"{label} '{raw}' is not a Security Lake Region. Security Lake Regions{scope}: {string.Join(", ", valid)}.");
        }
        var own = ServiceRegions.PartitionOf(region);
        if (partition != null && own != partition)
            throw new InputValidationException(parameterName,
                $"{label} '{region}' is in partition {own}, but the client's Region is in partition {partition}.");
        return region;
    }

    /// <summary>An IAM role ARN: the documented <c>^arn:.*</c> first, then the GA <c>RoleArn</c> pattern.</summary>
    public static string RoleArn(string value, string parameterName, string label)
    {
        if (!Matches(value, SecurityLakeConstraints.DocumentedArnPattern))
            throw new InputValidationException(parameterName,
                $"{label} '{value}' is not valid: {SecurityLakeConstraints.DocumentedArnRule}.");
        if (!Matches(value, SecurityLakeConstraints.RoleArnPattern))
            throw new InputValidationException(parameterName,
                $"{label} '{value}' is not valid: {SecurityLakeConstraints.RoleArnRule}.");
        return value;
    }

    /// <summary>A Security Lake resource ARN (GA <c>AmazonResourceName</c>).</summary>
    public static string ResourceArn(string? value, string parameterName, string label)
    {
        if (string.IsNullOrEmpty(value))
            throw new InputValidationException(parameterName, $"{label} is required.");
        Length(value!, SecurityLakeConstraints.AmazonResourceNameMinLength, SecurityLakeConstraints.AmazonResourceNameMaxLength, parameterName, label);
        if (!Matches(value!, SecurityLakeConstraints.AmazonResourceNamePattern))
            throw new InputValidationException(parameterName,
                $"{label} '{value}' is not valid: {SecurityLakeConstraints.AmazonResourceNameRule}.");
        return value!;
    }

    /// <summary>A subscriber id (GA <c>UUID</c>).</summary>
    public static string SubscriberId(string? value, string parameterName)
    {
        if (string.IsNullOrEmpty(value))
            throw new InputValidationException(parameterName, $"{parameterName} is required.");
        Pattern(value!, SecurityLakeConstraints.UuidPattern, SecurityLakeConstraints.UuidRule, parameterName, parameterName);
        return value!;
    }

    /// <summary>A GA tag list: at most 50 tags, keys 1..128 and values 0..256 characters. Sorted by key for a stable wire order.</summary>
    public static SortedDictionary<string, string> Tags(IDictionary<string, string> tags, string parameterName, string label)
    {
        if (tags.Count > SecurityLakeConstraints.TagListMaxCount)
            throw new InputValidationException(parameterName,
                $"{label} has {tags.Count} tags; at most {SecurityLakeConstraints.TagListMaxCount} are allowed.");
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            TagKey(tag.Key, parameterName, label);
            if (tag.Value == null)
                throw new InputValidationException(parameterName, $"{label}['{tag.Key}'] has no value; use '' for an empty tag value.");
            if (tag.Value.Length > SecurityLakeConstraints.TagValueMaxLength)
                throw new InputValidationException(parameterName,
                    $"{label}: the value of '{tag.Key}' has {tag.Value.Length} characters; a tag value must have at most {SecurityLakeConstraints.TagValueMaxLength}.");
            sorted[tag.Key] = tag.Value;
        }
        return sorted;
    }

    public static void TagKey(string key, string parameterName, string label)
    {
        if (key.Length < SecurityLakeConstraints.TagKeyMinLength || key.Length > SecurityLakeConstraints.TagKeyMaxLength)
            throw new InputValidationException(parameterName,
                $"{label}: the key '{key}' has {key.Length} characters; a tag key must have {SecurityLakeConstraints.TagKeyMinLength} to {SecurityLakeConstraints.TagKeyMaxLength}.");
    }

    /// <summary>A value from a closed set, matched case-insensitively and returned as the set spells it.</summary>
    public static string OneOf(string value, IReadOnlyList<string> valid, string what, string parameterName, string label)
    {
        var match = valid.FirstOrDefault(v => string.Equals(v, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match == null)
            throw new InputValidationException(parameterName,
                $"{label} '{value}' is not {what}. Valid values: {string.Join(", ", valid)}.");
        return match;
    }

    // ---- organization ----

    /// <summary>
    /// RegisterDataLakeDelegatedAdministrator's <c>accountId</c>: the model's <c>SafeString</c>, and what its
    /// documentation says it is, an AWS account ID (12 digits).
    /// </summary>
    public static string DelegatedAdministratorAccountId(string? accountId)
    {
        const string p = OrganizationParameters.AccountId;
        if (string.IsNullOrEmpty(accountId)) throw new InputValidationException(p, "AccountId is required.");
        Pattern(accountId!, SecurityLakeConstraints.SafeStringPattern, SecurityLakeConstraints.SafeStringRule, p, p);
        if (accountId!.Length != SecurityLakeConstraints.AccountIdLength || !Matches(accountId, SecurityLakeConstraints.AccountIdPattern))
            throw new InputValidationException(p, $"AccountId '{accountId}' is not valid: {SecurityLakeConstraints.AccountIdRule}.");
        return accountId;
    }
}
