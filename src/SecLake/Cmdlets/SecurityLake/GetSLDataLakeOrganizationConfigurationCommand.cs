using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Gets the sources Security Lake enables for accounts that join the organization, one object per Region
/// (GetDataLakeOrganizationConfiguration), for the given Regions or all of them.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SLDataLakeOrganizationConfiguration")]
[OutputType(typeof(DataLakeOrganizationConfiguration))]
[ServiceOperation("GetDataLakeOrganizationConfiguration")]
public sealed class GetSLDataLakeOrganizationConfigurationCommand : SecurityLakeCmdlet
{
    /// <summary>Only these Regions (a Region with no configuration writes nothing); every Region configured when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateModelPattern(SecurityLakeConstraints.RegionPattern, SecurityLakeConstraints.RegionRule)]
    [Alias("Regions")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string[]? DataLakeRegion { get; set; }

    protected override void ProcessRecordCore()
    {
        var regions = DataLakeRegion;
        RunRecord(regions, async (client, record, token) =>
            record.WriteObject(await client.GetDataLakeOrganizationConfigurationAsync(regions, token), enumerateCollection: true));
    }
}
