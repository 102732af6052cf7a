using System.Text.Json.Nodes;

namespace SecLake.Emulator.SecurityLake;

/// <summary>
/// The log sources of one account's Security Lake (the account that calls, typically the delegated administrator):
/// AWS sources per member account and Region, custom sources per Region. Both live in a Region's data lake and go
/// with it (<see cref="RemoveRegion"/>).
/// </summary>
internal sealed class LogSourceSet
{
    /// <summary>Account, then Region, ordinally: the order of lists and pages.</summary>
    public static readonly IComparer<(string Account, string Region)> Order = Comparer<(string Account, string Region)>.Create((a, b) =>
    {
        var byAccount = string.CompareOrdinal(a.Account, b.Account);
        return byAccount != 0 ? byAccount : string.CompareOrdinal(a.Region, b.Region);
    });

    /// <summary>(account, Region) -> AWS source name -> version, all sorted so lists and pages come out in a stable order.</summary>
    private readonly SortedDictionary<(string Account, string Region), SortedDictionary<string, string>> _aws = new(Order);

    /// <summary>Region -> custom source name -> source.</summary>
    private readonly Dictionary<string, SortedDictionary<string, CustomLogSource>> _custom = new(StringComparer.Ordinal);

    /// <summary>The version of an AWS source enabled for the account in the Region, or null.</summary>
    public string? AwsVersion(string account, string region, string sourceName) =>
        _aws.TryGetValue((account, region), out var sources) && sources.TryGetValue(sourceName, out var version) ? version : null;

    public void AddAws(string account, string region, string sourceName, string version)
    {
        if (!_aws.TryGetValue((account, region), out var sources)) _aws[(account, region)] = sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        sources[sourceName] = version;
    }

    /// <summary>Removes an AWS source (only the given version, when one is given); false when it was not enabled.</summary>
    public bool RemoveAws(string account, string region, string sourceName, string? version)
    {
        if (!_aws.TryGetValue((account, region), out var sources) || !sources.TryGetValue(sourceName, out var enabled)) return false;
        if (version is not null && version != enabled) return false;
        sources.Remove(sourceName);
        if (sources.Count == 0) _aws.Remove((account, region));
        return true;
    }

    public CustomLogSource? Custom(string region, string sourceName) =>
        _custom.TryGetValue(region, out var sources) ? sources.GetValueOrDefault(sourceName) : null;

    public void AddCustom(CustomLogSource source)
    {
        if (!_custom.TryGetValue(source.Region, out var sources)) _custom[source.Region] = sources = new SortedDictionary<string, CustomLogSource>(StringComparer.Ordinal);
        sources.Add(source.SourceName, source);
    }

    public void RemoveCustom(CustomLogSource source)
    {
        if (_custom.TryGetValue(source.Region, out var sources)) sources.Remove(source.SourceName);
    }

    /// <summary>Every source of a Region whose data lake is deleted.</summary>
    public void RemoveRegion(string region)
    {
        foreach (var key in _aws.Keys.Where(k => k.Region == region).ToList()) _aws.Remove(key);
        _custom.Remove(region);
    }

    /// <summary>
    /// The model's LogSource entries, one per account and Region with any source, ordered by account then Region: AWS
    /// sources by name, then (for <paramref name="owner"/>, the account that made them) custom sources by name.
    /// </summary>
    public IEnumerable<(string Account, string Region, List<JsonObject> Sources)> Entries(string owner)
    {
        var keys = new SortedSet<(string Account, string Region)>(_aws.Keys, Order);
        foreach (var (region, sources) in _custom)
            if (sources.Count > 0) keys.Add((owner, region));
        foreach (var key in keys)
        {
            var resources = new List<JsonObject>();
            if (_aws.TryGetValue(key, out var aws))
                resources.AddRange(aws.Select(s => new JsonObject { ["awsLogSource"] = new JsonObject { ["sourceName"] = s.Key, ["sourceVersion"] = s.Value } }));
            if (key.Account == owner && _custom.TryGetValue(key.Region, out var custom))
                resources.AddRange(custom.Values.Select(c => new JsonObject { ["customLogSource"] = c.ToResource() }));
            yield return (key.Account, key.Region, resources);
        }
    }

    /// <summary>The accounts with an AWS source in the Region, and <paramref name="owner"/> when it has custom sources there; sorted.</summary>
    public SortedSet<string> AccountsIn(string region, string owner)
    {
        var accounts = new SortedSet<string>(_aws.Keys.Where(k => k.Region == region).Select(k => k.Account), StringComparer.Ordinal);
        if (_custom.TryGetValue(region, out var custom) && custom.Count > 0) accounts.Add(owner);
        return accounts;
    }

    /// <summary>The AWS sources (name, version) of an account in a Region, by name.</summary>
    public IEnumerable<KeyValuePair<string, string>> AwsSources(string account, string region) =>
        _aws.TryGetValue((account, region), out var sources) ? sources : Enumerable.Empty<KeyValuePair<string, string>>();

    /// <summary>The custom sources of a Region, by name.</summary>
    public IEnumerable<CustomLogSource> CustomSources(string region) =>
        _custom.TryGetValue(region, out var sources) ? sources.Values : Enumerable.Empty<CustomLogSource>();
}

/// <summary>A third-party custom source in one Region, with what CreateCustomLogSource made for it.</summary>
internal sealed class CustomLogSource
{
    public required string Region { get; init; }
    public required string SourceName { get; init; }
    public required string SourceVersion { get; init; }
    public required string CrawlerArn { get; init; }
    public required string DatabaseArn { get; init; }
    public required string TableArn { get; init; }
    public required string ProviderLocation { get; init; }
    public required string ProviderRoleArn { get; init; }
    public List<string>? EventClasses { get; init; }
    public required JsonObject ProviderIdentity { get; init; }
    public required string CrawlerRoleArn { get; init; }

    /// <summary>The model's CustomLogSourceResource (members in the model's order).</summary>
    public JsonObject ToResource() => new()
    {
        ["attributes"] = new JsonObject { ["crawlerArn"] = CrawlerArn, ["databaseArn"] = DatabaseArn, ["tableArn"] = TableArn },
        ["provider"] = new JsonObject { ["location"] = ProviderLocation, ["roleArn"] = ProviderRoleArn },
        ["sourceName"] = SourceName,
        ["sourceVersion"] = SourceVersion,
    };
}
