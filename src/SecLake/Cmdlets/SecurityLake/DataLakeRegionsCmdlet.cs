using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Get-SLDataLake, Get-SLDataLakeOrganizationConfiguration and Get-SLDataLakeException: what Security Lake has per
/// Region, for the given Regions (piped or listed; the first two write them in the order given) or, without them, for
/// every Region that has one. -DataLakeRegion is positional, so help lists it before the cmdlet's own parameters
/// although a base declares it.
/// </summary>
public abstract class DataLakeRegionsCmdlet : SecurityLakeCmdlet
{
    /// <summary>Only these Regions; every Region when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateModelPattern(SecurityLakeConstraints.RegionPattern, SecurityLakeConstraints.RegionRule)]
    [Alias("Regions")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string[]? DataLakeRegion { get; set; }
}
