using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Get-SLDataLake and Get-SLDataLakeOrganizationConfiguration: what Security Lake has per Region, for the given Regions
/// (piped or listed, written in the order given) or, without them, for every Region that has one.
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
