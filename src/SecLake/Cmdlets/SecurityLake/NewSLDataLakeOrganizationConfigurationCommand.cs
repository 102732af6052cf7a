using System.Linq;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Sets which AWS sources Security Lake enables, Region by Region, for accounts that join the organization
/// (CreateDataLakeOrganizationConfiguration). The service merges the request into the configuration it has.
/// </summary>
[Cmdlet(VerbsCommon.New, "SLDataLakeOrganizationConfiguration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium,
    DefaultParameterSetName = RegionsSet)]
[OutputType(typeof(DataLakeOrganizationConfiguration))]
[ServiceOperation("CreateDataLakeOrganizationConfiguration")]
[ServiceOperation("GetDataLakeOrganizationConfiguration")]
public sealed class NewSLDataLakeOrganizationConfigurationCommand : OrganizationConfigurationCmdlet
{
    /// <summary>Write the configuration of the Regions named, read back after the change (the operation itself returns nothing).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecordCore()
    {
        var passThru = PassThru.IsPresent;
        if (!TryBuild(ParameterSetName == EntriesSet ? AutoEnableNewAccount : DataLakeRegion, BuildEntries, out var entries)) return;
        if (!ShouldProcess(Describe(entries), "Auto-enable Security Lake sources for new organization accounts")) return;
        RunRecord(entries, async (client, record, token) =>
        {
            await client.CreateDataLakeOrganizationConfigurationAsync(entries, token);
            if (passThru)
                record.WriteObject(await client.GetDataLakeOrganizationConfigurationAsync(entries.Select(e => e.DataLakeRegion), token), enumerateCollection: true);
        });
    }
}
