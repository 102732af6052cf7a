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
public sealed class GetSLDataLakeOrganizationConfigurationCommand : DataLakeRegionsCmdlet
{
    protected override void ProcessRecordCore()
    {
        var regions = DataLakeRegion;
        RunRecord(regions, async (client, record, token) =>
            record.WriteObject(await client.GetDataLakeOrganizationConfigurationAsync(regions, token), enumerateCollection: true));
    }
}
