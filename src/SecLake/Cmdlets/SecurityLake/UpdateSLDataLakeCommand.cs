using System;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Changes the settings of enabled Regions' data lakes (UpdateDataLake; tags by TagResource/UntagResource).</summary>
[Cmdlet(VerbsData.Update, "SLDataLake", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(DataLake))]
[ServiceOperation("ListDataLakes")]
[ServiceOperation("UpdateDataLake")]
[ServiceOperation("ListTagsForResource")]
[ServiceOperation("TagResource")]
[ServiceOperation("UntagResource")]
public sealed class UpdateSLDataLakeCommand : DataLakeSettingsCmdlet
{
    /// <summary>The enabled Regions to change; binds from Get-SLDataLake output.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateNotNullOrEmpty]
    [ValidateModelPattern(SecurityLakeConstraints.RegionPattern, SecurityLakeConstraints.RegionRule)]
    [Alias("Regions")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string[] DataLakeRegion { get; set; } = Array.Empty<string>();

    protected override void ProcessRecordCore()
    {
        var regions = DataLakeRegion;
        Run(() => HasSettings
                ? BuildSpec(regions, enableAll: false)
                : throw new InputValidationException(nameof(EncryptionKey),
                    "Nothing to update: pass -Configuration, -EncryptionKey, -ReplicationDestinationRegion, -ReplicationRoleArn, -RetentionSetting, -Tag or -MetaStoreManagerRoleArn."),
            DataLakePlanMode.UpdateOnly, string.Join(", ", regions), "Update Security Lake data lakes", regions);
    }
}
