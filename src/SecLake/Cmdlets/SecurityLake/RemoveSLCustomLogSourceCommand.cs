using System;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Removes a custom source from the Region the command calls (DeleteCustomLogSource). Takes names, New-SLCustomLogSource
/// output and Get-SLLogSource output: each custom source is removed in its own Region (its Region property binds
/// -Region); AWS sources are passed over, for Remove-SLAwsLogSource.
/// </summary>
// No default parameter set, on purpose: PowerShell binds a piped object to the default set first, by property name,
// which would take a source of the other kind by its SourceName. Without one, a LogSource binds -InputObject by value
// and anything else (a CSV row, a name) binds by property name or value to the named set.
[Cmdlet(VerbsCommon.Remove, "SLCustomLogSource", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("DeleteCustomLogSource")]
public sealed class RemoveSLCustomLogSourceCommand : SecurityLakeCmdlet
{
    private const string ByNameSet = "ByName";
    private const string InputObjectSet = "InputObject";

    /// <summary>GA sourceName of the custom source.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByNameSet)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.CustomLogSourceNameMinLength, SecurityLakeConstraints.CustomLogSourceNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.CustomLogSourceNamePattern, SecurityLakeConstraints.CustomLogSourceNameRule)]
    [ArgumentCompleter(typeof(CustomLogSourceNameCompleter))]
    [Alias("CustomSourceName")]
    public string SourceName { get; set; } = "";

    /// <summary>GA sourceVersion: remove only this version.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = ByNameSet)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.CustomLogSourceVersionMinLength, SecurityLakeConstraints.CustomLogSourceVersionMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.CustomLogSourceVersionPattern, SecurityLakeConstraints.CustomLogSourceVersionRule)]
    public string? SourceVersion { get; set; }

    /// <summary>A source from Get-SLLogSource or New-SLCustomLogSource: a custom source is removed (its version only); an AWS one is passed over.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    public LogSource? InputObject { get; set; }

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        string name;
        string? version;
        string? region = null;
        object target;
        if (ParameterSetName == InputObjectSet)
        {
            if (!(InputObject is CustomLogSource custom))
            {
                if (InputObject != null)
                    WriteVerbose($"Passing over the AWS log source {InputObject.SourceName} of account {InputObject.AccountId} in {InputObject.Region}: Remove-SLCustomLogSource removes custom sources, Remove-SLAwsLogSource AWS ones.");
                return;
            }
            (name, version, region, target) = (custom.SourceName, custom.SourceVersion, custom.Region, custom);
        }
        else
        {
            (name, version, target) = (SourceName, string.IsNullOrEmpty(SourceVersion) ? null : SourceVersion, SourceName);
        }
        var calls = Region;
        if (!TryBuild(target, () => Check(name, region, calls), out _)) return;
        var what = $"custom log source '{name}'" + (version == null ? "" : $" version {version}") + (region == null ? "" : $" in {region}");
        if (!ShouldProcessUnlessForced(Force, what, "Remove Security Lake custom log source")) return;
        RunRecord(target, (client, record, token) => client.DeleteCustomLogSourceAsync(name, version, token));
    }

    private static string Check(string name, string? sourceRegion, string? calls)
    {
        // A piped source binds its own Region to -Region; one typed on the command line wins and would miss the source.
        if (sourceRegion != null && calls != null && !string.Equals(sourceRegion, calls.Trim(), StringComparison.OrdinalIgnoreCase))
            throw new InputValidationException("Region",
                $"The custom log source '{name}' is in {sourceRegion}, but -Region is {calls}: leave -Region out so the source's own Region is used, or give -Region {sourceRegion}.");
        return LogSourceMapper.CustomName(name, LogSourceParameters.SourceName, LogSourceParameters.SourceName);
    }
}
