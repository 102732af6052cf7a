using System.Management.Automation;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Stops enabling the given sources, in the given Regions, for accounts that join the organization
/// (DeleteDataLakeOrganizationConfiguration). Takes Get-SLDataLakeOrganizationConfiguration output.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "SLDataLakeOrganizationConfiguration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High,
    DefaultParameterSetName = RegionsSet)]
[ServiceOperation("DeleteDataLakeOrganizationConfiguration")]
public sealed class RemoveSLDataLakeOrganizationConfigurationCommand : OrganizationConfigurationCmdlet
{
    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        if (!TryBuild(ParameterSetName == EntriesSet ? AutoEnableNewAccount : DataLakeRegion, BuildEntries, out var entries)) return;
        if (!ShouldProcessUnlessForced(Force, Describe(entries), "Stop auto-enabling Security Lake sources for new organization accounts")) return;
        RunRecord(entries, (client, record, token) => client.DeleteDataLakeOrganizationConfigurationAsync(entries, token));
    }
}
