using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SecLake.Aws;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// The organization configuration New- and Remove-SLDataLakeOrganizationConfiguration take, in two forms: the same
/// sources for every Region (-DataLakeRegion with -SourceName and/or -Source; what Get-SLDataLakeOrganizationConfiguration
/// output binds by property name), or Region by Region (-AutoEnableNewAccount, the GA list itself).
/// </summary>
public abstract class OrganizationConfigurationCmdlet : SecurityLakeCmdlet
{
    protected const string RegionsSet = "Regions";
    protected const string EntriesSet = "AutoEnableNewAccount";

    /// <summary>GA autoEnableNewAccount[].region: the Regions, each getting every source given.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = RegionsSet)]
    [SplitList]
    [ValidateNotNullOrEmpty]
    [ValidateModelPattern(SecurityLakeConstraints.RegionPattern, SecurityLakeConstraints.RegionRule)]
    [Alias("Regions")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string[] DataLakeRegion { get; set; } = Array.Empty<string>();

    /// <summary>GA sources[].sourceName (AwsLogSourceName), for every Region.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = RegionsSet)]
    [SplitList]
    [ValidateSet("ROUTE53", "VPC_FLOW", "SH_FINDINGS", "CLOUD_TRAIL_MGMT", "LAMBDA_EXECUTION", "S3_DATA", "EKS_AUDIT", "WAF")]
    [Alias("SourceNames")]
    public string[]? SourceName { get; set; }

    /// <summary>GA sources[].sourceVersion of the -SourceName sources.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = RegionsSet)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.AwsLogSourceVersionPattern, SecurityLakeConstraints.AwsLogSourceVersionRule)]
    public string? SourceVersion { get; set; }

    /// <summary>Sources with their own versions: names, @{sourceName=...; sourceVersion=...}, or the Sources of a piped configuration.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = RegionsSet)]
    [Alias("Sources")]
    public object[]? Source { get; set; }

    /// <summary>GA autoEnableNewAccount: @{region=...; sources=...} hashtables or configurations, Region by Region.</summary>
    [Parameter(Mandatory = true, ParameterSetName = EntriesSet)]
    [ValidateNotNullOrEmpty]
    public object[] AutoEnableNewAccount { get; set; } = Array.Empty<object>();

    /// <summary>The bound configuration, checked as the GA model says (no service needed).</summary>
    protected IReadOnlyList<DataLakeOrganizationConfiguration> BuildEntries()
    {
        // The client's partition is known before connecting only when -Region is given; otherwise the client checks it.
        var partition = Region == null ? null : ServiceRegions.PartitionOf(Region.Trim().ToLowerInvariant());
        return ParameterSetName == EntriesSet
            ? OrganizationConfigurationInput.FromEntries(PowerShellValues.PlainList(AutoEnableNewAccount), partition)
            : OrganizationConfigurationInput.ForRegions(DataLakeRegion, SourceName, SourceVersion,
                Source == null ? null : PowerShellValues.PlainList(Source), partition);
    }

    /// <summary>"us-east-1: CLOUD_TRAIL_MGMT, VPC_FLOW 2.0; eu-west-1: ...", for -WhatIf and the confirmation prompt.</summary>
    protected static string Describe(IEnumerable<DataLakeOrganizationConfiguration> entries) => string.Join("; ", entries.Select(e => e.ToString()));
}
