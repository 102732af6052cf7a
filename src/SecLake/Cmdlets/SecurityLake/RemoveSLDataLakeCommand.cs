using System;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Disables Security Lake in Regions, deleting their data lakes (DeleteDataLake). Takes Get-SLDataLake output.</summary>
[Cmdlet(VerbsCommon.Remove, "SLDataLake", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("DeleteDataLake")]
public sealed class RemoveSLDataLakeCommand : SecurityLakeCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateNotNullOrEmpty]
    [ValidateModelPattern(SecurityLakeConstraints.RegionPattern, SecurityLakeConstraints.RegionRule)]
    [Alias("Regions")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string[] DataLakeRegion { get; set; } = Array.Empty<string>();

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        var regions = DataLakeRegion;
        if (!ShouldProcessUnlessForced(Force, string.Join(", ", regions), "Remove Security Lake data lake and disable Security Lake")) return;
        RunRecord(regions, (client, record, token) => client.DeleteDataLakeAsync(regions, token));
    }
}
