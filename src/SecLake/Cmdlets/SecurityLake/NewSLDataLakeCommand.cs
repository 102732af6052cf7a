using System;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Enables Security Lake in Regions as the documented CreateDatalake does: Regions already enabled are updated
/// (UpdateDataLake) when given new settings, the others created (CreateDataLake). Writes one data lake per Region.
/// </summary>
[Cmdlet(VerbsCommon.New, "SLDataLake", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = RegionsSet)]
[OutputType(typeof(DataLake))]
[ServiceOperation("ListDataLakes")]
[ServiceOperation("CreateDataLake")]
[ServiceOperation("UpdateDataLake")]
[ServiceOperation("ListTagsForResource")]
[ServiceOperation("TagResource")]
[ServiceOperation("UntagResource")]
public sealed class NewSLDataLakeCommand : DataLakeSettingsCmdlet
{
    private const string RegionsSet = "Regions";
    private const string EnableAllSet = "EnableAll";

    /// <summary>Documented regions[]: the Regions to enable.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = RegionsSet)]
    [SplitList]
    [ValidateNotNullOrEmpty]
    [ValidateModelPattern(SecurityLakeConstraints.RegionPattern, SecurityLakeConstraints.RegionRule)]
    [Alias("Regions")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string[] DataLakeRegion { get; set; } = Array.Empty<string>();

    /// <summary>Documented enableAll: every Security Lake Region of the partition of the Region the client calls.</summary>
    [Parameter(Mandatory = true, ParameterSetName = EnableAllSet)]
    public SwitchParameter EnableAll { get; set; }

    protected override void ProcessRecordCore()
    {
        var (enableAll, regions) = (EnableAll.IsPresent, DataLakeRegion);
        var target = enableAll ? "every Security Lake Region of the partition" : string.Join(", ", regions);
        Run(() => BuildSpec(enableAll ? null : regions, enableAll), DataLakePlanMode.CreateOrUpdate, target,
            "Create or update Security Lake data lakes", enableAll ? (object)"EnableAll" : regions);
    }
}
