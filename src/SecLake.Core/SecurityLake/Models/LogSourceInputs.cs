using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// AWS sources for CreateAwsLogSource or DeleteAwsLogSource, as New-/Remove-SLAwsLogSource bind one pipeline record:
/// every source name in every Region for every account. Source names may be the documented ones (CLOUD_TRAIL is sent
/// as CLOUD_TRAIL_MGMT).
/// </summary>
public sealed class AwsLogSourceSpec
{
    /// <summary>GA <c>sourceName</c> values (or the documented CLOUD_TRAIL); at least one.</summary>
    public IList<string>? SourceNames { get; set; }

    /// <summary>GA <c>regions</c>: Security Lake Regions; at least one.</summary>
    public IList<string>? Regions { get; set; }

    /// <summary>GA <c>accounts</c>; null or empty leaves the member out, and the service applies its default accounts.</summary>
    public IList<string>? Accounts { get; set; }

    /// <summary>GA <c>sourceVersion</c> for every source: <c>latest</c> or a version such as 2.0; null leaves it to the service.</summary>
    public string? SourceVersion { get; set; }
}

/// <summary>GA <c>AwsLogSourceConfiguration</c>: one source name in Regions, for accounts.</summary>
public sealed class AwsLogSourceConfiguration
{
    public AwsLogSourceConfiguration(IReadOnlyList<string>? accounts, IReadOnlyList<string> regions, string sourceName, string? sourceVersion)
    {
        Accounts = accounts;
        Regions = regions;
        SourceName = sourceName;
        SourceVersion = sourceVersion;
    }

    /// <summary>Null: the member is not sent.</summary>
    public IReadOnlyList<string>? Accounts { get; }

    public IReadOnlyList<string> Regions { get; }
    public string SourceName { get; }
    public string? SourceVersion { get; }
}

/// <summary>
/// What one CreateAwsLogSource or DeleteAwsLogSource request did: the configurations sent, and the accounts the
/// service answered as <c>failed</c> (every other account went through).
/// </summary>
public sealed class AwsLogSourceResult
{
    public AwsLogSourceResult(IReadOnlyList<AwsLogSourceConfiguration> configurations, IReadOnlyList<string> failedAccounts)
    {
        Configurations = configurations;
        FailedAccounts = failedAccounts;
    }

    public IReadOnlyList<AwsLogSourceConfiguration> Configurations { get; }

    /// <summary>GA <c>failed</c>, in the service's order.</summary>
    public IReadOnlyList<string> FailedAccounts { get; }

    /// <summary>The GA source names the request named, in its order.</summary>
    public IReadOnlyList<string> SourceNames => Configurations.Select(c => c.SourceName).ToList();

    /// <summary>The Regions the request named, in its order.</summary>
    public IReadOnlyList<string> Regions => Configurations.SelectMany(c => c.Regions).Distinct().ToList();

    /// <summary>
    /// One source per account (the request's, or one without an account when it named none), Region and source name,
    /// leaving out the failed accounts: what the request added or removed, account by account, then Region, then source.
    /// </summary>
    public IReadOnlyList<AwsLogSource> Sources
    {
        get
        {
            var failed = new HashSet<string>(FailedAccounts);
            var accounts = Configurations.SelectMany(c => c.Accounts?.Select(a => (string?)a) ?? new string?[] { null }).Distinct().ToList();
            return (from account in accounts
                    where account == null || !failed.Contains(account)
                    from region in Regions
                    from configuration in Configurations
                    where (configuration.Accounts == null ? account == null : configuration.Accounts.Contains(account!)) && configuration.Regions.Contains(region)
                    select new AwsLogSource(configuration.SourceName) { AccountId = account, Region = region, SourceVersion = configuration.SourceVersion })
                .ToList();
        }
    }
}

/// <summary>
/// ListLogSources filters as Get-SLLogSource binds them; every member is optional and narrows the list. AWS source
/// names may be the documented ones (CLOUD_TRAIL is sent as CLOUD_TRAIL_MGMT).
/// </summary>
public sealed class LogSourceFilter
{
    public IList<string>? Accounts { get; set; }
    public IList<string>? Regions { get; set; }
    public IList<string>? AwsSourceNames { get; set; }
    public IList<string>? CustomSourceNames { get; set; }

    /// <summary>The <c>sourceVersion</c> of every source filter given (AWS and custom); null: any version.</summary>
    public string? SourceVersion { get; set; }
}

/// <summary>GA <c>ListLogSources</c> filters, checked; null members are not sent.</summary>
public sealed class ListLogSourcesInput
{
    public IReadOnlyList<string>? Accounts { get; set; }
    public IReadOnlyList<string>? Regions { get; set; }

    /// <summary>GA <c>sources</c>: LogSourceResource union members (an AWS or a custom source name, with a version).</summary>
    public IReadOnlyList<SourceType>? Sources { get; set; }
}

/// <summary>GA <c>CreateCustomLogSource</c>: the source, the Glue crawler's role and the identity of the log provider.</summary>
public sealed class CustomLogSourceInput
{
    /// <summary>GA <c>sourceName</c>: unique in the Region; 1..64 of letters, digits and _ - : .</summary>
    public string? SourceName { get; set; }

    /// <summary>GA <c>sourceVersion</c>; null leaves it to the service.</summary>
    public string? SourceVersion { get; set; }

    /// <summary>GA <c>eventClasses</c>: OCSF event classes (FILE_ACTIVITY, ...); null or empty leaves the member out.</summary>
    public IList<string>? EventClasses { get; set; }

    /// <summary>GA <c>configuration.crawlerConfiguration.roleArn</c>: the IAM role the Glue crawler uses.</summary>
    public string? CrawlerRoleArn { get; set; }

    /// <summary>GA <c>configuration.providerIdentity.principal</c>: the log provider's account ID or service principal.</summary>
    public string? ProviderPrincipal { get; set; }

    /// <summary>GA <c>configuration.providerIdentity.externalId</c>.</summary>
    public string? ExternalId { get; set; }
}

/// <summary>The cmdlet parameter names a <see cref="InputValidationException"/> reports for a log source.</summary>
public static class LogSourceParameters
{
    public const string SourceName = "SourceName";
    public const string CustomSourceName = "CustomSourceName";
    public const string SourceVersion = "SourceVersion";
    public const string DataLakeRegion = "DataLakeRegion";
    public const string AccountId = "AccountId";
    public const string EventClass = "EventClass";
    public const string CrawlerRoleArn = "CrawlerRoleArn";
    public const string ProviderPrincipal = "ProviderPrincipal";
    public const string ExternalId = "ExternalId";
    public const string MaxResults = "MaxResults";
}
