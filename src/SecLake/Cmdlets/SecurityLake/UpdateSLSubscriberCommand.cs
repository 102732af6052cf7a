using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Changes a subscriber's identity, sources, name or description (UpdateSubscriber). Only the subscription id binds
/// from the pipeline, so Get-SLSubscriber | Update-SLSubscriber -SubscriberDescription ... changes just that.
/// </summary>
[Cmdlet(VerbsData.Update, "SLSubscriber", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Subscriber))]
[ServiceOperation("UpdateSubscriber")]
public sealed class UpdateSLSubscriberCommand : SecurityLakeCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.UuidPattern, SecurityLakeConstraints.UuidRule)]
    [ArgumentCompleter(typeof(SubscriptionIdCompleter))]
    [Alias("SubscriberId")]
    public string SubscriptionId { get; set; } = "";

    /// <summary>With -ExternalId: the new subscriber identity.</summary>
    [Parameter]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.AccountIdLength, SecurityLakeConstraints.AccountIdLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AccountIdPattern, SecurityLakeConstraints.AccountIdRule)]
    public string? AccountId { get; set; }

    [Parameter]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.ExternalIdMinLength, SecurityLakeConstraints.ExternalIdMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.ExternalIdPattern, SecurityLakeConstraints.ExternalIdRule)]
    public string? ExternalId { get; set; }

    /// <summary>Replaces the sources (with -CustomSourceType and -SourceType).</summary>
    [Parameter]
    [SplitList]
    [ValidateSet("ROUTE53", "VPC_FLOW", "CLOUD_TRAIL", "SH_FINDINGS", "CLOUD_TRAIL_MGMT", "LAMBDA_EXECUTION", "S3_DATA", "EKS_AUDIT", "WAF")]
    [Alias("AwsSourceTypes")]
    public string[]? AwsSourceType { get; set; }

    [Parameter]
    [SplitList]
    [ValidateLength(SecurityLakeConstraints.CustomLogSourceNameMinLength, SecurityLakeConstraints.CustomLogSourceNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.CustomLogSourceNamePattern, SecurityLakeConstraints.CustomLogSourceNameRule)]
    [Alias("CustomSourceTypes")]
    public string[]? CustomSourceType { get; set; }

    [Parameter]
    [Alias("SourceTypes", "Sources")]
    public object[]? SourceType { get; set; }

    [Parameter]
    [TextValue]
    [AllowEmptyString]
    [ValidateLength(SecurityLakeConstraints.SubscriberNameMinLength, SecurityLakeConstraints.SubscriberNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.SafeStringPattern, SecurityLakeConstraints.SafeStringRule)]
    public string? SubscriberName { get; set; }

    [Parameter]
    [TextValue(AllowWhitespace = true)]
    [ValidateModelPattern(SecurityLakeConstraints.DescriptionPattern, SecurityLakeConstraints.DescriptionRule)]
    public string? SubscriberDescription { get; set; }

    protected override void ProcessRecordCore()
    {
        var id = SubscriptionId;
        if (!TryBuild(id, BuildSpec, out var spec)) return;
        if (!ShouldProcess(id, "Update Security Lake subscriber")) return;
        RunRecord(id, async (client, record, token) => record.WriteObject(await client.UpdateSubscriberAsync(spec, token)));
    }

    private SubscriberUpdateSpec BuildSpec()
    {
        var spec = new SubscriberUpdateSpec
        {
            SubscriptionId = SubscriptionId,
            AccountId = AccountId,
            ExternalId = ExternalId,
            AwsSourceTypes = AwsSourceType,
            CustomSourceTypes = CustomSourceType,
            SourceTypes = SourceType == null ? null : DocumentedInput.SourceTypes(PowerShellValues.PlainList(SourceType), nameof(SourceType)),
            SubscriberName = SubscriberName,
            SubscriberDescription = SubscriberDescription,
        };
        var input = SubscriberMapper.ToUpdateInput(spec);
        if (input.Principal == null && input.Sources == null && input.SubscriberName == null && input.SubscriberDescription == null)
            throw new InputValidationException(nameof(SubscriberName),
                "Nothing to update: pass -AccountId with -ExternalId, -AwsSourceType, -CustomSourceType, -SourceType, -SubscriberName or -SubscriberDescription.");
        return spec;
    }
}
