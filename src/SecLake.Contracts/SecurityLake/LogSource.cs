using System.Collections.Generic;

namespace SecLake.SecurityLake;

/// <summary>
/// One source Security Lake collects from, for one account in one Region: an <see cref="AwsLogSource"/> (a natively
/// supported AWS service) or a <see cref="CustomLogSource"/> (a third-party source). GA <c>LogSource</c> lists the
/// sources of an account and Region together; SecLake gives each its own object, so a listing filters, sorts and pipes
/// source by source (Get-SLLogSource | Remove-SLAwsLogSource removes the AWS ones, Remove-SLCustomLogSource the custom ones).
/// </summary>
public abstract class LogSource
{
    /// <summary>The kind an <see cref="AwsLogSource"/> reports in <see cref="Kind"/>.</summary>
    public const string AwsKind = "AWS";

    /// <summary>The kind a <see cref="CustomLogSource"/> reports in <see cref="Kind"/>.</summary>
    public const string CustomKind = "Custom";

    protected LogSource(string sourceName) => SourceName = sourceName;

    /// <summary><see cref="AwsKind"/> or <see cref="CustomKind"/>.</summary>
    public abstract string Kind { get; }

    /// <summary>GA <c>sourceName</c>: an AWS source name (CLOUD_TRAIL_MGMT, VPC_FLOW, ...) or the custom source's name.</summary>
    public string SourceName { get; }

    /// <summary>GA <c>sourceVersion</c>; null when the service did not say (it then uses the latest version).</summary>
    public string? SourceVersion { get; set; }

    /// <summary>GA <c>LogSource.account</c>: the account the source is collected for; null when the response does not say.</summary>
    public string? AccountId { get; set; }

    /// <summary>GA <c>LogSource.region</c>: the Region the source is collected in (the data lake's Region).</summary>
    public string? Region { get; set; }

    /// <summary>
    /// The same as <see cref="Region"/>, named like the cmdlets' -DataLakeRegion so a source's properties bind to
    /// New-/Remove-SLAwsLogSource by name (-Region is the Region the client calls).
    /// </summary>
    public string? DataLakeRegion => Region;

    public override string ToString() => SourceName + (SourceVersion == null ? "" : " " + SourceVersion);
}

/// <summary>A natively supported AWS service as a Security Lake source (GA <c>AwsLogSourceResource</c>).</summary>
public sealed class AwsLogSource : LogSource
{
    public AwsLogSource(string sourceName) : base(sourceName) { }

    public override string Kind => AwsKind;
}

/// <summary>
/// A third-party custom source (GA <c>CustomLogSourceResource</c>): where its provider writes (<see cref="ProviderLocation"/>,
/// with the role <see cref="ProviderRoleArn"/>) and the Glue crawler, database and table Security Lake made for it.
/// </summary>
public sealed class CustomLogSource : LogSource
{
    public CustomLogSource(string sourceName) : base(sourceName) { }

    public override string Kind => CustomKind;

    /// <summary>GA <c>provider.roleArn</c>: the role the log provider assumes to write into <see cref="ProviderLocation"/>.</summary>
    public string? ProviderRoleArn { get; set; }

    /// <summary>GA <c>provider.location</c>: the S3 location (s3://bucket/prefix/) the log provider writes to.</summary>
    public string? ProviderLocation { get; set; }

    /// <summary>GA <c>attributes.crawlerArn</c>: the Glue crawler.</summary>
    public string? CrawlerArn { get; set; }

    /// <summary>GA <c>attributes.databaseArn</c>: the Glue database the crawler writes to.</summary>
    public string? DatabaseArn { get; set; }

    /// <summary>GA <c>attributes.tableArn</c>: the Glue table of the source.</summary>
    public string? TableArn { get; set; }

    /// <summary>The OCSF event classes given when the source was created (CreateCustomLogSource); null when read from a listing, which does not carry them.</summary>
    public IList<string>? EventClasses { get; set; }
}
