using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// The documented data-lake settings New-SLDataLake and Update-SLDataLake share, and their common run: validate,
/// confirm, plan (ListDataLakes), send, optionally wait, then write one data lake per Region read back with its
/// settings in the documented vocabulary.
/// </summary>
/// <remarks>
/// Precedence: a <c>-Configuration</c> entry's key replaces, for that Region only, the flat parameter of the same
/// setting (tagsMap replaces -Tag, retentionSettings replaces -RetentionSetting, as wholes).
/// </remarks>
public abstract class DataLakeSettingsCmdlet : SecurityLakeCmdlet
{
    private const int ProgressId = 11;

    /// <summary>Per-Region settings: @{ 'us-east-1' = @{ encryptionKey = ...; retentionSettings = @(...); tagsMap = @{...} } }.</summary>
    [Parameter]
    [Alias("Configurations")]
    public Hashtable? Configuration { get; set; }

    /// <summary>KMS key for every selected Region (GA encryptionConfiguration.kmsKeyId).</summary>
    [Parameter]
    [TextValue]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(EncryptionKeyCompleter))]
    public string? EncryptionKey { get; set; }

    /// <summary>Rollup Regions every selected Region replicates to (GA replicationConfiguration.regions).</summary>
    [Parameter]
    [SplitList]
    [ValidateModelPattern(SecurityLakeConstraints.RegionPattern, SecurityLakeConstraints.RegionRule)]
    [Alias("ReplicationDestinationRegions")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string[]? ReplicationDestinationRegion { get; set; }

    /// <summary>The role Security Lake replicates with (GA replicationConfiguration.roleArn).</summary>
    [Parameter]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.DocumentedArnPattern, SecurityLakeConstraints.DocumentedArnRule)]
    public string? ReplicationRoleArn { get; set; }

    /// <summary>@{retentionPeriod=365; storageClass='GLACIER'}, @{retentionPeriod=3650; storageClass='EXPIRE'}: EXPIRE is the expiration, other classes transitions.</summary>
    [Parameter]
    [Alias("RetentionSettings")]
    public Hashtable[]? RetentionSetting { get; set; }

    /// <summary>The exact tag set of every selected Region's data lake.</summary>
    [Parameter]
    [ValidateCount(0, SecurityLakeConstraints.TagListMaxCount)]
    [Alias("Tags", "TagsMap")]
    public Hashtable? Tag { get; set; }

    /// <summary>The role that creates and updates the Glue table (required to create a data lake).</summary>
    [Parameter]
    [TextValue]
    [ValidateModelPattern(SecurityLakeConstraints.DocumentedArnPattern, SecurityLakeConstraints.DocumentedArnRule)]
    public string? MetaStoreManagerRoleArn { get; set; }

    /// <summary>Wait until every created or updated data lake is COMPLETED (a FAILED one is written as an error); -TimeoutSec then defaults to 1800 seconds.</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    protected override int DefaultTimeoutSec => Wait ? (int)SecurityLakeClient.DefaultWaitTimeout.TotalSeconds : base.DefaultTimeoutSec;

    /// <summary>True when any setting parameter is bound (Update-SLDataLake needs one).</summary>
    protected bool HasSettings =>
        Configuration != null || EncryptionKey != null || ReplicationDestinationRegion != null || ReplicationRoleArn != null
        || RetentionSetting != null || Tag != null || MetaStoreManagerRoleArn != null;

    /// <summary>The bound parameters in the documented vocabulary (refuses unknown keys and bad values).</summary>
    protected DataLakeRequestSpec BuildSpec(IList<string>? regions, bool enableAll) =>
        new DataLakeRequestSpec
        {
            Regions = regions,
            EnableAll = enableAll,
            Configurations = Configuration == null ? null : DocumentedInput.Configurations((IDictionary)PowerShellValues.Plain(Configuration)!),
            MetaStoreManagerRoleArn = MetaStoreManagerRoleArn,
            AllRegions = new DataLakeSettings
            {
                EncryptionKey = EncryptionKey,
                ReplicationDestinationRegions = ReplicationDestinationRegion,
                ReplicationRoleArn = ReplicationRoleArn,
                RetentionSettings = RetentionSetting == null ? null : DocumentedInput.RetentionSettings(PowerShellValues.PlainList(RetentionSetting), nameof(RetentionSetting)),
                TagsMap = Tag == null ? null : DocumentedInput.Tags(PowerShellValues.Plain(Tag)!, nameof(Tag)),
            },
        };

    /// <summary>
    /// Validates, confirms, plans, sends and writes the result, one data lake per Region; failures become
    /// ErrorRecords on <paramref name="errorTarget"/>, one per FAILED Region.
    /// </summary>
    protected void Run(Func<DataLakeRequestSpec> buildSpec, DataLakePlanMode mode, string target, string action, object errorTarget)
    {
        // Everything that needs no service is checked first, so -WhatIf and bad input send nothing.
        // EnableAll's Regions depend on the connection's partition, known only once connected.
        if (!TryBuild(errorTarget, () =>
        {
            var built = buildSpec();
            if (!built.EnableAll || Region != null) DataLakePlanner.Resolve(built, Region);
            return built;
        }, out var spec)) return;
        if (!ShouldProcess(target, action)) return;
        var (wait, timeout) = (Wait.IsPresent, RecordTimeout);
        RunRecord(errorTarget, async (client, record, token) =>
        {
            var plan = await client.PlanDataLakesAsync(spec, mode, token);
            record.WriteVerbose(Describe(plan));
            var lakes = await client.ApplyDataLakePlanAsync(plan, token);
            var changed = plan.RegionsToCreate.Concat(plan.RegionsToUpdate).ToList();
            if (wait && changed.Count > 0)
            {
                try
                {
                    await client.WaitForDataLakesAsync(changed, timeout: timeout, progress: record.Progress(ProgressId), cancellationToken: token);
                }
                catch (DataLakeOperationFailedException failed)
                {
                    foreach (var failure in failed.Failures) record.WriteFailure(failure);
                }
                catch (WaitTimeoutException expired)
                {
                    record.WriteFailure(expired, "Check them later with Get-SLDataLake, or wait longer with -TimeoutSec.");
                }
                lakes = await client.GetDataLakesAsync(plan.Regions, true, token);
            }
            record.WriteObject(lakes, enumerateCollection: true);
        });
    }

    private static string Describe(DataLakePlan plan)
    {
        var parts = new List<string>();
        void Add(string what, IReadOnlyList<string> regions)
        {
            if (regions.Count > 0) parts.Add($"{what} {string.Join(", ", regions)}");
        }
        Add($"creating ({plan.Creates.Count} CreateDataLake) in", plan.RegionsToCreate);
        Add("updating", plan.RegionsToUpdate);
        Add("setting the tags of", plan.RegionsToRetag);
        Add("leaving as they are", plan.RegionsUnchanged);
        return "Security Lake data lakes: " + string.Join("; ", parts) + ".";
    }
}
