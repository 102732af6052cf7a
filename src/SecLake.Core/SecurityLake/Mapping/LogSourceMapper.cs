using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// Log-source inputs to GA requests, checked against the GA model before anything is built: AWS source names take
/// the documented spelling too (CLOUD_TRAIL becomes CLOUD_TRAIL_MGMT, as for subscribers), Regions must be Security
/// Lake Regions (of the client's partition when known), accounts 12 digits. Duplicates are sent once.
/// </summary>
public static class LogSourceMapper
{
    /// <summary>One GA configuration per distinct source name, each for all the spec's Regions and accounts.</summary>
    public static IReadOnlyList<AwsLogSourceConfiguration> ToConfigurations(AwsLogSourceSpec spec, string? partition)
    {
        var names = Distinct(spec.SourceNames, LogSourceParameters.SourceName, "SourceName",
            (name, label) => SubscriberMapper.GaAwsSourceName(name, LogSourceParameters.SourceName, label));
        if (names.Count == 0)
            throw new InputValidationException(LogSourceParameters.SourceName, "SourceName is required: name at least one AWS source, such as CLOUD_TRAIL_MGMT.");
        if (names.Count > SecurityLakeConstraints.AwsLogSourceConfigurationListMaxCount)
            throw new InputValidationException(LogSourceParameters.SourceName,
                $"SourceName has {names.Count} sources; at most {SecurityLakeConstraints.AwsLogSourceConfigurationListMaxCount} are allowed in one request.");
        var regions = Regions(spec.Regions, partition, LogSourceParameters.DataLakeRegion);
        if (regions.Count == 0)
            throw new InputValidationException(LogSourceParameters.DataLakeRegion, "DataLakeRegion is required: name at least one Region whose data lake collects the sources.");
        var accounts = Accounts(spec.Accounts, LogSourceParameters.AccountId);
        var version = AwsSourceVersion(spec.SourceVersion, LogSourceParameters.SourceVersion, "SourceVersion");
        return names.Select(n => new AwsLogSourceConfiguration(accounts.Count == 0 ? null : accounts, regions, n, version)).ToList();
    }

    /// <summary>The GA ListLogSources filters; an empty list is a filter not given.</summary>
    public static ListLogSourcesInput ToListInput(LogSourceFilter? filter, string? partition)
    {
        if (filter == null) return new ListLogSourcesInput();
        var accounts = Accounts(filter.Accounts, LogSourceParameters.AccountId);
        var regions = Regions(filter.Regions, partition, LogSourceParameters.DataLakeRegion);
        var aws = Distinct(filter.AwsSourceNames, LogSourceParameters.SourceName, "SourceName",
            (name, label) => SubscriberMapper.GaAwsSourceName(name, LogSourceParameters.SourceName, label));
        var custom = Distinct(filter.CustomSourceNames, LogSourceParameters.CustomSourceName, "CustomSourceName",
            (name, label) => CustomName(name, LogSourceParameters.CustomSourceName, label));
        string? version = null;
        if (filter.SourceVersion != null)
        {
            if (aws.Count == 0 && custom.Count == 0)
                throw new InputValidationException(LogSourceParameters.SourceVersion,
                    "SourceVersion narrows the sources named by SourceName or CustomSourceName; name at least one of them with it.");
            // One version for both kinds: it must be valid for each kind it applies to.
            if (aws.Count > 0) AwsSourceVersion(filter.SourceVersion, LogSourceParameters.SourceVersion, "SourceVersion");
            if (custom.Count > 0) CustomVersion(filter.SourceVersion, "SourceVersion");
            version = filter.SourceVersion;
        }
        var sources = aws.Select(n => SourceType.Aws(n, version)).Concat(custom.Select(n => SourceType.Custom(n, version))).ToList();
        return new ListLogSourcesInput
        {
            Accounts = accounts.Count == 0 ? null : accounts,
            Regions = regions.Count == 0 ? null : regions,
            Sources = sources.Count == 0 ? null : sources,
        };
    }

    /// <summary>A CreateCustomLogSource input with every member checked; empty event classes are left out.</summary>
    public static CustomLogSourceInput CheckCustomInput(CustomLogSourceInput input)
    {
        var name = CustomName(input.SourceName, LogSourceParameters.SourceName, "SourceName");
        var version = input.SourceVersion == null ? null : CustomVersion(input.SourceVersion, "SourceVersion");
        var eventClasses = Distinct(input.EventClasses, LogSourceParameters.EventClass, "EventClass", (value, label) =>
        {
            Rules.Pattern(value, SecurityLakeConstraints.OcsfEventClassPattern, SecurityLakeConstraints.OcsfEventClassRule, LogSourceParameters.EventClass, label);
            return value;
        });
        if (string.IsNullOrEmpty(input.CrawlerRoleArn))
            throw new InputValidationException(LogSourceParameters.CrawlerRoleArn, "CrawlerRoleArn is required: the IAM role the Glue crawler of the source uses.");
        Rules.Pattern(input.CrawlerRoleArn!, SecurityLakeConstraints.RoleArnPattern, SecurityLakeConstraints.RoleArnRule, LogSourceParameters.CrawlerRoleArn, "CrawlerRoleArn");
        if (string.IsNullOrEmpty(input.ProviderPrincipal))
            throw new InputValidationException(LogSourceParameters.ProviderPrincipal, "ProviderPrincipal is required: the account ID or service principal of the log provider.");
        Rules.Pattern(input.ProviderPrincipal!, SecurityLakeConstraints.AwsPrincipalPattern, SecurityLakeConstraints.AwsPrincipalRule, LogSourceParameters.ProviderPrincipal, "ProviderPrincipal");
        if (input.ExternalId == null)
            throw new InputValidationException(LogSourceParameters.ExternalId, "ExternalId is required: the external ID the log provider's trust relationship uses.");
        Rules.Length(input.ExternalId, SecurityLakeConstraints.ExternalIdMinLength, SecurityLakeConstraints.ExternalIdMaxLength, LogSourceParameters.ExternalId, "ExternalId");
        Rules.Pattern(input.ExternalId, SecurityLakeConstraints.ExternalIdPattern, SecurityLakeConstraints.ExternalIdRule, LogSourceParameters.ExternalId, "ExternalId");
        return new CustomLogSourceInput
        {
            SourceName = name,
            SourceVersion = version,
            EventClasses = eventClasses.Count == 0 ? null : eventClasses.ToList(),
            CrawlerRoleArn = input.CrawlerRoleArn,
            ProviderPrincipal = input.ProviderPrincipal,
            ExternalId = input.ExternalId,
        };
    }

    /// <summary>A custom source name (GA <c>CustomLogSourceName</c>), as DeleteCustomLogSource's path takes it.</summary>
    public static string CustomName(string? name, string parameterName, string label)
    {
        var p = parameterName;
        if (string.IsNullOrEmpty(name)) throw new InputValidationException(p, $"{label} is required: the name of the custom source.");
        Rules.Length(name!, SecurityLakeConstraints.CustomLogSourceNameMinLength, SecurityLakeConstraints.CustomLogSourceNameMaxLength, p, label);
        Rules.Pattern(name!, SecurityLakeConstraints.CustomLogSourceNamePattern, SecurityLakeConstraints.CustomLogSourceNameRule, p, label);
        return name!;
    }

    /// <summary>A custom source version (GA <c>CustomLogSourceVersion</c>).</summary>
    public static string CustomVersion(string version, string label)
    {
        const string p = LogSourceParameters.SourceVersion;
        Rules.Length(version, SecurityLakeConstraints.CustomLogSourceVersionMinLength, SecurityLakeConstraints.CustomLogSourceVersionMaxLength, p, label);
        Rules.Pattern(version, SecurityLakeConstraints.CustomLogSourceVersionPattern, SecurityLakeConstraints.CustomLogSourceVersionRule, p, label);
        return version;
    }

    /// <summary>12-digit account IDs (GA <c>AwsAccountId</c>), each once, in the order given.</summary>
    public static IReadOnlyList<string> Accounts(IEnumerable<string>? accounts, string parameterName) =>
        Distinct(accounts?.ToList(), parameterName, parameterName, (account, label) =>
        {
            if (account.Length != SecurityLakeConstraints.AwsAccountIdLength || !Rules.Matches(account, SecurityLakeConstraints.AwsAccountIdPattern))
                throw new InputValidationException(parameterName, $"{label} '{account}' is not valid: {SecurityLakeConstraints.AwsAccountIdRule}.");
            return account;
        });

    private static IReadOnlyList<string> Regions(IList<string>? regions, string? partition, string parameterName) =>
        Distinct(regions, parameterName, parameterName, (region, label) => Rules.Region(region, partition, parameterName, label));

    private static string? AwsSourceVersion(string? version, string parameterName, string label)
    {
        if (version == null) return null;
        Rules.Pattern(version, SecurityLakeConstraints.AwsLogSourceVersionPattern, SecurityLakeConstraints.AwsLogSourceVersionRule, parameterName, label);
        return version;
    }

    /// <summary>Each item checked (and spelled as <paramref name="check"/> returns it), then each distinct value once, in order.</summary>
    private static IReadOnlyList<string> Distinct(IList<string>? values, string parameterName, string label, System.Func<string, string, string> check)
    {
        if (values == null) return new List<string>();
        var result = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var itemLabel = values.Count == 1 ? label : $"{label}[{i}]";
            if (values[i] == null) throw new InputValidationException(parameterName, $"{itemLabel} is empty.");
            var value = check(values[i], itemLabel);
            if (!result.Contains(value)) result.Add(value);
        }
        return result;
    }
}
