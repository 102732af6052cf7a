using System;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Stops collecting natively supported AWS services as Security Lake sources (DeleteAwsLogSource), one request per
/// pipeline record. Takes Get-SLLogSource output (each AWS source is removed for its account, Region and version;
/// custom sources are passed over, for Remove-SLCustomLogSource) and rows with SourceName, DataLakeRegion and
/// AccountId properties (a CSV). Each account the service answers as failed is an error of that record.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "SLAwsLogSource", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("DeleteAwsLogSource")]
public sealed class RemoveSLAwsLogSourceCommand : RemoveLogSourceCmdlet
{
    /// <summary>GA sourceName: the AWS sources to remove (the documented CLOUD_TRAIL is sent as CLOUD_TRAIL_MGMT).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByNameSet)]
    [SplitList]
    [ValidateNotNullOrEmpty]
    [ValidateSet("ROUTE53", "VPC_FLOW", "CLOUD_TRAIL", "SH_FINDINGS", "CLOUD_TRAIL_MGMT", "LAMBDA_EXECUTION", "S3_DATA", "EKS_AUDIT", "WAF")]
    public string[] SourceName { get; set; } = Array.Empty<string>();

    /// <summary>GA regions: the Regions to stop collecting the sources in.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByNameSet)]
    [SplitList]
    [ValidateNotNullOrEmpty]
    [ValidateModelPattern(SecurityLakeConstraints.RegionPattern, SecurityLakeConstraints.RegionRule)]
    [Alias("Regions")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string[] DataLakeRegion { get; set; } = Array.Empty<string>();

    /// <summary>GA accounts: the accounts to stop collecting from; without it the service applies its default accounts.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = ByNameSet)]
    [SplitList]
    [ValidateLength(SecurityLakeConstraints.AwsAccountIdLength, SecurityLakeConstraints.AwsAccountIdLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AwsAccountIdPattern, SecurityLakeConstraints.AwsAccountIdRule)]
    [ArgumentCompleter(typeof(LogSourceAccountCompleter))]
    [Alias("Accounts", "Account")]
    public string[]? AccountId { get; set; }

    /// <summary>GA sourceVersion: remove only this version of the sources.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = ByNameSet)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.AwsLogSourceVersionPattern, SecurityLakeConstraints.AwsLogSourceVersionRule)]
    public string? SourceVersion { get; set; }

    protected override string PassingOver(string sourceName, string? accountId, string? region) =>
        $"Passing over the custom log source '{sourceName}' in {region}: Remove-SLAwsLogSource removes AWS sources, Remove-SLCustomLogSource custom ones.";

    protected override void ProcessRecordCore()
    {
        AwsLogSourceSpec spec;
        object target;
        if (!TryGetPipedSource<AwsLogSource>(out var aws)) return;
        if (aws != null)
        {
            spec = new AwsLogSourceSpec
            {
                SourceNames = new[] { aws.SourceName },
                Regions = aws.Region == null ? null : new[] { aws.Region },
                Accounts = aws.AccountId == null ? null : new[] { aws.AccountId },
                SourceVersion = aws.SourceVersion,
            };
            target = aws;
        }
        else
        {
            spec = new AwsLogSourceSpec
            {
                SourceNames = SourceName,
                Regions = DataLakeRegion,
                Accounts = SplitListAttribute.Given(AccountId),
                SourceVersion = SourceVersion,
            };
            target = spec.Accounts ?? (object)SourceName;
        }
        if (!TryBuild(target, () => LogSourceMapper.ToConfigurations(spec, partition: null), out var configurations)) return;
        if (!ShouldProcessUnlessForced(Force, LogSourceTargets.Accounts(spec.Accounts), "Remove Security Lake AWS log source " + LogSourceTargets.Sources(configurations))) return;
        RunRecord(target, async (client, record, token) =>
        {
            var result = await client.DeleteAwsLogSourceAsync(spec, token);
            foreach (var account in result.FailedAccounts)
                record.WriteFailure(new LogSourceAccountFailedException(account, adding: false, result.SourceNames, result.Regions));
        });
    }
}
