using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Gets the sources Security Lake collects from (ListLogSources, page by page): one object per source of each account
/// and Region, in the service's order (both kinds share one table view). Every filter is optional; -AccountId and -DataLakeRegion
/// bind by property name, so Import-Csv accounts.csv | Get-SLLogSource and Get-SLDataLake | Get-SLLogSource work.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SLLogSource")]
[ServiceOperation("ListLogSources")]
// Declared as the base: every object is one or the other, and a script can test both with -is [LogSource].
[OutputType(typeof(LogSource))]
public sealed class GetSLLogSourceCommand : SecurityLakeCmdlet
{
    /// <summary>GA accounts: only these accounts' sources.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateLength(SecurityLakeConstraints.AwsAccountIdLength, SecurityLakeConstraints.AwsAccountIdLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AwsAccountIdPattern, SecurityLakeConstraints.AwsAccountIdRule)]
    [ArgumentCompleter(typeof(LogSourceAccountCompleter))]
    [Alias("Accounts", "Account")]
    public string[]? AccountId { get; set; }

    /// <summary>GA regions: only the sources of these Regions.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateModelPattern(SecurityLakeConstraints.RegionPattern, SecurityLakeConstraints.RegionRule)]
    [Alias("Regions")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string[]? DataLakeRegion { get; set; }

    /// <summary>GA sources (awsLogSource): only these AWS sources (with -CustomSourceName, these and those).</summary>
    [Parameter(Position = 0)]
    [SplitList]
    [ValidateSet("ROUTE53", "VPC_FLOW", "CLOUD_TRAIL", "SH_FINDINGS", "CLOUD_TRAIL_MGMT", "LAMBDA_EXECUTION", "S3_DATA", "EKS_AUDIT", "WAF")]
    public string[]? SourceName { get; set; }

    /// <summary>GA sources (customLogSource): only these custom sources (with -SourceName, these and those).</summary>
    [Parameter]
    [SplitList]
    [ValidateLength(SecurityLakeConstraints.CustomLogSourceNameMinLength, SecurityLakeConstraints.CustomLogSourceNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.CustomLogSourceNamePattern, SecurityLakeConstraints.CustomLogSourceNameRule)]
    [ArgumentCompleter(typeof(CustomLogSourceNameCompleter))]
    public string[]? CustomSourceName { get; set; }

    /// <summary>GA sourceVersion of the sources named by -SourceName or -CustomSourceName: only that version.</summary>
    [Parameter]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.CustomLogSourceVersionMinLength, SecurityLakeConstraints.CustomLogSourceVersionMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.CustomLogSourceVersionPattern, SecurityLakeConstraints.CustomLogSourceVersionRule)]
    public string? SourceVersion { get; set; }

    protected override void ProcessRecordCore()
    {
        var filter = new LogSourceFilter
        {
            Accounts = SplitListAttribute.Given(AccountId),
            Regions = SplitListAttribute.Given(DataLakeRegion),
            AwsSourceNames = SourceName,
            CustomSourceNames = CustomSourceName,
            SourceVersion = SourceVersion,
        };
        var target = (object?)filter.Accounts ?? filter.Regions;
        if (!TryBuild(target, () => LogSourceMapper.ToListInput(filter, partition: null), out _)) return;
        RunRecord(target, async (client, record, token) =>
            record.WriteObject(await client.ListLogSourcesAsync(filter, cancellationToken: token), enumerateCollection: true));
    }
}
