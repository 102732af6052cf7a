using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Adds natively supported AWS services as Security Lake sources (CreateAwsLogSource): every -SourceName in every
/// -DataLakeRegion for every -AccountId, one request per pipeline record. Every parameter binds by property name, so
/// Import-Csv accounts.csv | New-SLAwsLogSource -SourceName CLOUD_TRAIL_MGMT -DataLakeRegion us-east-1 adds the
/// source for each account (one CSV row, one account, one request). Writes one source per account, Region and name
/// added; each account the service answers as failed is an error of that record.
/// </summary>
[Cmdlet(VerbsCommon.New, "SLAwsLogSource", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[ServiceOperation("CreateAwsLogSource")]
[OutputType(typeof(AwsLogSource))]
public sealed class NewSLAwsLogSourceCommand : SecurityLakeCmdlet
{
    /// <summary>GA sourceName: the AWS sources to add (the documented CLOUD_TRAIL is sent as CLOUD_TRAIL_MGMT).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateNotNullOrEmpty]
    [ValidateSet("ROUTE53", "VPC_FLOW", "CLOUD_TRAIL", "SH_FINDINGS", "CLOUD_TRAIL_MGMT", "LAMBDA_EXECUTION", "S3_DATA", "EKS_AUDIT", "WAF")]
    public string[] SourceName { get; set; } = Array.Empty<string>();

    /// <summary>GA regions: the Regions whose data lakes collect the sources (each needs Security Lake enabled).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateNotNullOrEmpty]
    [ValidateModelPattern(SecurityLakeConstraints.RegionPattern, SecurityLakeConstraints.RegionRule)]
    [Alias("Regions")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string[] DataLakeRegion { get; set; } = Array.Empty<string>();

    /// <summary>GA accounts: the accounts to collect from; without it the service applies its default accounts.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateLength(SecurityLakeConstraints.AwsAccountIdLength, SecurityLakeConstraints.AwsAccountIdLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AwsAccountIdPattern, SecurityLakeConstraints.AwsAccountIdRule)]
    [Alias("Accounts", "Account")]
    public string[]? AccountId { get; set; }

    /// <summary>GA sourceVersion of every source: latest or a version such as 2.0.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.AwsLogSourceVersionPattern, SecurityLakeConstraints.AwsLogSourceVersionRule)]
    public string? SourceVersion { get; set; }

    protected override void ProcessRecordCore()
    {
        var spec = new AwsLogSourceSpec
        {
            SourceNames = SourceName,
            Regions = DataLakeRegion,
            Accounts = SplitListAttribute.Given(AccountId),
            SourceVersion = SourceVersion,
        };
        var target = spec.Accounts ?? (object)SourceName;
        // Checked before confirming so -WhatIf reports bad rows too, and nothing is sent for them.
        if (!TryBuild(target, () => LogSourceMapper.ToConfigurations(spec, partition: null), out var configurations)) return;
        if (!ShouldProcess(LogSourceTargets.Accounts(spec.Accounts), "Add Security Lake AWS log source " + LogSourceTargets.Sources(configurations))) return;
        RunRecord(target, async (client, record, token) =>
        {
            var result = await client.CreateAwsLogSourceAsync(spec, token);
            record.WriteObject(result.Sources, enumerateCollection: true);
            foreach (var account in result.FailedAccounts)
                record.WriteFailure(new LogSourceAccountFailedException(account, adding: true, result.SourceNames, result.Regions));
        });
    }
}

/// <summary>How the AWS log-source cmdlets name what they act on, in -WhatIf and confirmation prompts.</summary>
internal static class LogSourceTargets
{
    public static string Accounts(IList<string>? accounts) =>
        accounts == null || accounts.Count == 0
            ? "the service's default accounts"
            : (accounts.Distinct().Count() == 1 ? "account " : "accounts ") + string.Join(", ", accounts.Distinct());

    /// <summary>"CLOUD_TRAIL_MGMT, VPC_FLOW in us-east-1, eu-west-1" (GA names, as sent).</summary>
    public static string Sources(IReadOnlyList<AwsLogSourceConfiguration> configurations) =>
        $"{string.Join(", ", configurations.Select(c => c.SourceName))} in {string.Join(", ", configurations[0].Regions)}";
}
