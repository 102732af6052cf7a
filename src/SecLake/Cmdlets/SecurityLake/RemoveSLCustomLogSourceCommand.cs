using System;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Removes a custom source from the Region the command calls (DeleteCustomLogSource). Takes names, New-SLCustomLogSource
/// output and Get-SLLogSource output: each custom source is removed in its own Region (its Region property binds
/// -Region); AWS sources are passed over, for Remove-SLAwsLogSource.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "SLCustomLogSource", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("DeleteCustomLogSource")]
public sealed class RemoveSLCustomLogSourceCommand : RemoveLogSourceCmdlet
{
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

    protected override string PassingOver(string sourceName, string? accountId, string? region) =>
        $"Passing over the AWS log source {sourceName} of account {accountId} in {region}: Remove-SLCustomLogSource removes custom sources, Remove-SLAwsLogSource AWS ones.";

    protected override void ProcessRecordCore()
    {
        string name;
        string? version;
        string? region = null;
        object target;
        if (!TryGetPipedSource<CustomLogSource>(out var custom)) return;
        if (custom != null) (name, version, region, target) = (custom.SourceName, custom.SourceVersion, custom.Region, custom);
        else (name, version, target) = (SourceName, string.IsNullOrEmpty(SourceVersion) ? null : SourceVersion, SourceName);
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
