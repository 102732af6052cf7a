using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SecLake.Aws;

namespace SecLake.SecurityLake;

/// <summary>Whether Regions without a data lake may be created (New-SLDataLake) or must already exist (Update-SLDataLake).</summary>
public enum DataLakePlanMode
{
    CreateOrUpdate,
    UpdateOnly,
}

/// <summary>A validated request: the selected Regions and each one's effective settings.</summary>
public sealed class ResolvedDataLakeRequest
{
    internal ResolvedDataLakeRequest(IReadOnlyList<string> regions, IReadOnlyDictionary<string, DataLakeSettings> settings, string? metaStoreManagerRoleArn)
    {
        Regions = regions;
        Settings = settings;
        MetaStoreManagerRoleArn = metaStoreManagerRoleArn;
    }

    public IReadOnlyList<string> Regions { get; }

    /// <summary>Per Region: its <c>-Configuration</c> entry over the flat values.</summary>
    public IReadOnlyDictionary<string, DataLakeSettings> Settings { get; }

    public string? MetaStoreManagerRoleArn { get; }
}

/// <summary>
/// The documented <c>CreateDatalake</c> semantics over the GA API, as pure functions: <see cref="Resolve"/>
/// validates a request without any I/O; <see cref="Plan"/> decides, given the data lakes ListDataLakes returned,
/// which Regions get CreateDataLake, which UpdateDataLake, and which need their tags reconciled.
/// </summary>
/// <remarks>
/// Tags: GA tags are request-level on CreateDataLake and UpdateDataLake has none. Regions to create are grouped by
/// identical tag sets, one CreateDataLake per group, so each data lake is tagged as it is created (tag-on-create
/// IAM conditions keep working, and the common case of one tag set for all Regions is a single request). An
/// enabled Region given tags gets TagResource/UntagResource on its data lake ARN until it has exactly those tags;
/// an enabled Region given no tags keeps the tags it has.
/// </remarks>
public static class DataLakePlanner
{
    public static ResolvedDataLakeRequest Resolve(DataLakeRequestSpec spec, string? clientRegion)
    {
        var partition = string.IsNullOrWhiteSpace(clientRegion)
            ? null
            : ServiceRegions.PartitionOf(clientRegion!.Trim().ToLowerInvariant());
        var regions = SelectRegions(spec, partition);

        var metaStoreRole = spec.MetaStoreManagerRoleArn == null
            ? null
            : Rules.RoleArn(spec.MetaStoreManagerRoleArn, DataLakeParameters.MetaStoreManagerRoleArn, DataLakeParameters.MetaStoreManagerRoleArn);

        var flat = DataLakeSettingsValidator.Validate(spec.AllRegions ?? new DataLakeSettings(), SettingsOrigin.Flat, partition);
        var perRegion = RegionConfigurations(spec, regions, partition);

        var settings = regions.ToDictionary(
            r => r,
            r => perRegion.TryGetValue(r, out var own) ? own.Over(flat) : flat,
            StringComparer.Ordinal);
        return new ResolvedDataLakeRequest(regions, settings, metaStoreRole);
    }

    public static DataLakePlan Plan(ResolvedDataLakeRequest request, IEnumerable<DataLake> existing, DataLakePlanMode mode)
    {
        var enabled = new Dictionary<string, DataLake>(StringComparer.Ordinal);
        foreach (var lake in existing) enabled[lake.Region] = lake;

        var creates = new List<(DataLakeConfiguration Configuration, IReadOnlyDictionary<string, string> Tags)>();
        var updates = new List<DataLakeConfiguration>();
        var tagUpdates = new List<DataLakeTagUpdate>();
        var missing = new List<string>();

        foreach (var region in request.Regions)
        {
            var settings = request.Settings[region];
            if (enabled.TryGetValue(region, out var lake))
            {
                if (settings.HasConfiguration)
                    updates.Add(DataLakeSettingsMapper.MergeOver(region, settings, lake.Configuration));
                if (settings.TagsMap != null)
                    tagUpdates.Add(new DataLakeTagUpdate(region, lake.DataLakeArn, Sorted(settings.TagsMap)));
            }
            else if (mode == DataLakePlanMode.UpdateOnly)
            {
                missing.Add(region);
            }
            else
            {
                creates.Add((DataLakeSettingsMapper.ToConfiguration(region, settings), Sorted(settings.TagsMap)));
            }
        }

        if (missing.Count > 0)
            throw new InputValidationException(DataLakeParameters.DataLakeRegion,
                $"Security Lake is not enabled in {string.Join(", ", missing)}; there is no data lake there to update.");
        if (creates.Count > 0 && request.MetaStoreManagerRoleArn == null)
            throw new InputValidationException(DataLakeParameters.MetaStoreManagerRoleArn,
                $"MetaStoreManagerRoleArn is required to create a data lake, and Security Lake is not yet enabled in {string.Join(", ", creates.Select(c => c.Configuration.Region))}.");

        var createInputs = creates
            .GroupBy(c => TagSetKey(c.Tags))
            .Select(g => new CreateDataLakeInput(
                g.Select(c => c.Configuration).ToList(),
                request.MetaStoreManagerRoleArn!,
                g.First().Tags.Count > 0 ? g.First().Tags : null))
            .ToList();
        var update = updates.Count > 0 ? new UpdateDataLakeInput(updates, request.MetaStoreManagerRoleArn) : null;
        return new DataLakePlan(request.Regions, createInputs, update, tagUpdates);
    }

    private static IReadOnlyList<string> SelectRegions(DataLakeRequestSpec spec, string? partition)
    {
        var listed = spec.Regions ?? Array.Empty<string>();
        if (spec.EnableAll && listed.Count > 0)
            throw new InputValidationException(DataLakeParameters.EnableAll,
                "Specify either DataLakeRegion or EnableAll, not both.");
        if (spec.EnableAll)
        {
            if (partition == null)
                throw new InputValidationException(DataLakeParameters.EnableAll,
                    "EnableAll needs the client's Region to know which partition's Regions to enable.");
            var all = SecurityLakeService.Regions.InPartition(partition);
            if (all.Count == 0)
                throw new InputValidationException(DataLakeParameters.EnableAll,
                    $"Security Lake is not offered in partition {partition}.");
            return all;
        }
        if (listed.Count == 0)
            throw new InputValidationException(DataLakeParameters.DataLakeRegion,
                "Specify the Regions (DataLakeRegion) or EnableAll.");
        return listed
            .Select((r, i) => Rules.Region(r ?? "", partition, DataLakeParameters.DataLakeRegion, $"DataLakeRegion[{i}]"))
            .Distinct()
            .ToList();
    }

    private static Dictionary<string, DataLakeSettings> RegionConfigurations(DataLakeRequestSpec spec, IReadOnlyList<string> selected, string? partition)
    {
        var result = new Dictionary<string, DataLakeSettings>(StringComparer.Ordinal);
        if (spec.Configurations == null) return result;
        foreach (var entry in spec.Configurations)
        {
            var region = Rules.Region(entry.Key ?? "", partition, DataLakeParameters.Configuration, "Configuration key");
            if (result.ContainsKey(region))
                throw new InputValidationException(DataLakeParameters.Configuration,
                    $"Configuration has more than one entry for Region '{region}'.");
            if (!selected.Contains(region))
                throw new InputValidationException(DataLakeParameters.Configuration,
                    $"Configuration has an entry for Region '{region}', which is not among the selected Regions ({string.Join(", ", selected)}).");
            var settings = entry.Value ?? throw new InputValidationException(DataLakeParameters.Configuration,
                $"Configuration['{region}'] is empty.");
            result[region] = DataLakeSettingsValidator.Validate(settings, SettingsOrigin.ForRegion(region), partition);
        }
        return result;
    }

    private static IReadOnlyDictionary<string, string> Sorted(IDictionary<string, string>? tags) =>
        new SortedDictionary<string, string>(tags ?? new Dictionary<string, string>(), StringComparer.Ordinal);

    // Length-prefixed so no two different tag sets share a key.
    private static string TagSetKey(IReadOnlyDictionary<string, string> tags)
    {
        var key = new StringBuilder();
        foreach (var tag in tags) key.Append(tag.Key.Length).Append(':').Append(tag.Key).Append(tag.Value.Length).Append(':').Append(tag.Value);
        return key.ToString();
    }
}
