using System.Collections;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Creates a subscriber as the documented CreateSubscriber describes (GA CreateSubscriber). Every parameter binds by
/// property name, so Import-Csv subscribers.csv | New-SLSubscriber onboards many accounts; list columns may hold
/// comma-separated values (CLOUD_TRAIL,VPC_FLOW).
/// </summary>
[Cmdlet(VerbsCommon.New, "SLSubscriber", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Subscriber))]
[ServiceOperation("CreateSubscriber")]
public sealed class NewSLSubscriberCommand : SecurityLakeCmdlet
{
    /// <summary>Documented accountId: the subscriber's 12-digit AWS account (GA subscriberIdentity.principal).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.AccountIdLength, SecurityLakeConstraints.AccountIdLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AccountIdPattern, SecurityLakeConstraints.AccountIdRule)]
    public string AccountId { get; set; } = "";

    /// <summary>Documented externalId (GA subscriberIdentity.externalId).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.ExternalIdMinLength, SecurityLakeConstraints.ExternalIdMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.ExternalIdPattern, SecurityLakeConstraints.ExternalIdRule)]
    public string ExternalId { get; set; } = "";

    /// <summary>AWS sources: the documented ROUTE53, VPC_FLOW, CLOUD_TRAIL (sent as CLOUD_TRAIL_MGMT), SH_FINDINGS and the GA names.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateSet("ROUTE53", "VPC_FLOW", "CLOUD_TRAIL", "SH_FINDINGS", "CLOUD_TRAIL_MGMT", "LAMBDA_EXECUTION", "S3_DATA", "EKS_AUDIT", "WAF")]
    [Alias("AwsSourceTypes")]
    public string[]? AwsSourceType { get; set; }

    /// <summary>Custom sources by name (GA customLogSource.sourceName).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateLength(SecurityLakeConstraints.CustomLogSourceNameMinLength, SecurityLakeConstraints.CustomLogSourceNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.CustomLogSourceNamePattern, SecurityLakeConstraints.CustomLogSourceNameRule)]
    [Alias("CustomSourceTypes")]
    public string[]? CustomSourceType { get; set; }

    /// <summary>Documented sourceTypes[] objects: @{awsSourceType='VPC_FLOW'} or @{customSourceType='app'} (optionally sourceVersion).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("SourceTypes", "Sources")]
    public object[]? SourceType { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateSet("LAKEFORMATION", "S3")]
    [Alias("AccessTypes")]
    public string[]? AccessType { get; set; }

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [AllowEmptyString]
    [ValidateLength(SecurityLakeConstraints.SubscriberNameMinLength, SecurityLakeConstraints.SubscriberNameMaxLength)]
    public string SubscriberName { get; set; } = "";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [TextValue(AllowWhitespace = true)]
    [ValidateModelPattern(SecurityLakeConstraints.DescriptionPattern, SecurityLakeConstraints.DescriptionRule)]
    public string? SubscriberDescription { get; set; }

    /// <summary>GA tags of the subscriber.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateCount(0, SecurityLakeConstraints.TagListMaxCount)]
    [Alias("Tags")]
    public Hashtable? Tag { get; set; }

    protected override void ProcessRecordCore()
    {
        var accountId = AccountId;
        // The row, so that among many rows for one account the failed one can be told.
        var target = $"subscriber '{SubscriberName}' (account {accountId}, external id {ExternalId})";
        // Checked before confirming so -WhatIf reports bad rows too, and nothing is sent for them.
        if (!TryBuild(target, BuildSpec, out var spec)) return;
        if (!ShouldProcess($"account {accountId}", $"Create Security Lake subscriber '{spec.SubscriberName}'")) return;
        RunRecord(target, async (client, record, token) => record.WriteObject(await client.CreateSubscriberAsync(spec, token)));
    }

    private SubscriberSpec BuildSpec()
    {
        var spec = new SubscriberSpec
        {
            AccountId = AccountId,
            ExternalId = ExternalId,
            AwsSourceTypes = AwsSourceType,
            CustomSourceTypes = CustomSourceType,
            SourceTypes = SourceType == null ? null : DocumentedInput.SourceTypes(PowerShellValues.PlainList(SourceType), nameof(SourceType)),
            // An empty CSV cell means "not given", not "no access".
            AccessTypes = SplitListAttribute.Given(AccessType),
            SubscriberName = SubscriberName,
            SubscriberDescription = string.IsNullOrEmpty(SubscriberDescription) ? null : SubscriberDescription,
            Tags = Tag == null ? null : DocumentedInput.Tags(PowerShellValues.Plain(Tag)!, nameof(Tag)),
        };
        SubscriberMapper.ToCreateInput(spec);
        return spec;
    }
}
