using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// What a data-lake request will send, decided before anything is sent: one CreateDataLake per distinct tag set
/// among the Regions to create, one UpdateDataLake for the enabled Regions with new settings, and a tag
/// reconciliation for each enabled Region given tags.
/// </summary>
public sealed class DataLakePlan
{
    public DataLakePlan(
        IReadOnlyList<string> regions,
        IReadOnlyList<CreateDataLakeInput> creates,
        UpdateDataLakeInput? update,
        IReadOnlyList<DataLakeTagUpdate> tagUpdates)
    {
        Regions = regions;
        Creates = creates;
        Update = update;
        TagUpdates = tagUpdates;
    }

    /// <summary>Every selected Region, in request order.</summary>
    public IReadOnlyList<string> Regions { get; }

    public IReadOnlyList<CreateDataLakeInput> Creates { get; }
    public UpdateDataLakeInput? Update { get; }
    public IReadOnlyList<DataLakeTagUpdate> TagUpdates { get; }

    public IReadOnlyList<string> RegionsToCreate =>
        Creates.SelectMany(c => c.Configurations).Select(c => c.Region).ToList();

    public IReadOnlyList<string> RegionsToUpdate =>
        Update?.Configurations.Select(c => c.Region).ToList() ?? new List<string>();

    /// <summary>Regions whose tags are reconciled (enabled Regions given tags).</summary>
    public IReadOnlyList<string> RegionsToRetag => TagUpdates.Select(t => t.Region).ToList();

    /// <summary>Selected Regions the request leaves as they are (already enabled, nothing new given).</summary>
    public IReadOnlyList<string> RegionsUnchanged =>
        Regions.Except(RegionsToCreate).Except(RegionsToUpdate).Except(RegionsToRetag).ToList();
}

/// <summary>GA <c>CreateDataLake</c> input.</summary>
public sealed class CreateDataLakeInput
{
    public CreateDataLakeInput(IReadOnlyList<DataLakeConfiguration> configurations, string metaStoreManagerRoleArn, IReadOnlyDictionary<string, string>? tags)
    {
        Configurations = configurations;
        MetaStoreManagerRoleArn = metaStoreManagerRoleArn;
        Tags = tags;
    }

    public IReadOnlyList<DataLakeConfiguration> Configurations { get; }
    public string MetaStoreManagerRoleArn { get; }

    /// <summary>Request-level tags: the service gives them to every data lake this request creates.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; }
}

/// <summary>GA <c>UpdateDataLake</c> input.</summary>
public sealed class UpdateDataLakeInput
{
    public UpdateDataLakeInput(IReadOnlyList<DataLakeConfiguration> configurations, string? metaStoreManagerRoleArn)
    {
        Configurations = configurations;
        MetaStoreManagerRoleArn = metaStoreManagerRoleArn;
    }

    public IReadOnlyList<DataLakeConfiguration> Configurations { get; }
    public string? MetaStoreManagerRoleArn { get; }
}

/// <summary>An enabled Region's data lake that must end with exactly <see cref="Tags"/>.</summary>
public sealed class DataLakeTagUpdate
{
    public DataLakeTagUpdate(string region, string dataLakeArn, IReadOnlyDictionary<string, string> tags)
    {
        Region = region;
        DataLakeArn = dataLakeArn;
        Tags = tags;
    }

    public string Region { get; }
    public string DataLakeArn { get; }
    public IReadOnlyDictionary<string, string> Tags { get; }
}
