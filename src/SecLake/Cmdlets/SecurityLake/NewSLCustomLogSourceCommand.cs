using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Adds a third-party custom source in the Region the command calls (CreateCustomLogSource): Security Lake makes the
/// S3 location the provider writes to, the provider's role and a Glue crawler, database and table. Writes the source
/// with them. Every parameter binds by property name, so Import-Csv sources.csv | New-SLCustomLogSource adds many.
/// </summary>
[Cmdlet(VerbsCommon.New, "SLCustomLogSource", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[ServiceOperation("CreateCustomLogSource")]
[OutputType(typeof(CustomLogSource))]
public sealed class NewSLCustomLogSourceCommand : SecurityLakeCmdlet
{
    /// <summary>GA sourceName: unique in the Region.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.CustomLogSourceNameMinLength, SecurityLakeConstraints.CustomLogSourceNameMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.CustomLogSourceNamePattern, SecurityLakeConstraints.CustomLogSourceNameRule)]
    [Alias("CustomSourceName")]
    public string SourceName { get; set; } = "";

    /// <summary>GA sourceVersion.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.CustomLogSourceVersionMinLength, SecurityLakeConstraints.CustomLogSourceVersionMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.CustomLogSourceVersionPattern, SecurityLakeConstraints.CustomLogSourceVersionRule)]
    public string? SourceVersion { get; set; }

    /// <summary>GA eventClasses: the OCSF event classes the source sends (Tab offers the documented ones).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateModelPattern(SecurityLakeConstraints.OcsfEventClassPattern, SecurityLakeConstraints.OcsfEventClassRule)]
    [ArgumentCompleter(typeof(EventClassCompleter))]
    [Alias("EventClasses")]
    public string[]? EventClass { get; set; }

    /// <summary>GA configuration.crawlerConfiguration.roleArn: the IAM role the Glue crawler uses.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.RoleArnPattern, SecurityLakeConstraints.RoleArnRule)]
    [Alias("GlueInvocationRoleArn")]
    public string CrawlerRoleArn { get; set; } = "";

    /// <summary>GA configuration.providerIdentity.principal: the log provider's account ID or service principal.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.AwsPrincipalPattern, SecurityLakeConstraints.AwsPrincipalRule)]
    [Alias("ProviderAccountId", "LogProviderAccountId")]
    public string ProviderPrincipal { get; set; } = "";

    /// <summary>GA configuration.providerIdentity.externalId.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.ExternalIdMinLength, SecurityLakeConstraints.ExternalIdMaxLength)]
    [ValidateModelPattern(SecurityLakeConstraints.ExternalIdPattern, SecurityLakeConstraints.ExternalIdRule)]
    [Alias("ProviderExternalId")]
    public string ExternalId { get; set; } = "";

    protected override void ProcessRecordCore()
    {
        var input = new CustomLogSourceInput
        {
            SourceName = SourceName,
            SourceVersion = string.IsNullOrEmpty(SourceVersion) ? null : SourceVersion,
            EventClasses = SplitListAttribute.Given(EventClass),
            CrawlerRoleArn = CrawlerRoleArn,
            ProviderPrincipal = ProviderPrincipal,
            ExternalId = ExternalId,
        };
        var name = SourceName;
        if (!TryBuild(name, () => LogSourceMapper.CheckCustomInput(input), out _)) return;
        if (!ShouldProcess($"custom log source '{name}'", "Create Security Lake custom log source")) return;
        RunRecord(name, async (client, record, token) => record.WriteObject(await client.CreateCustomLogSourceAsync(input, token)));
    }
}
