using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// The organization configuration as the cmdlets take it, read into GA <c>DataLakeAutoEnableNewAccountConfiguration</c>
/// entries and checked against the GA model before any request: Security Lake Regions (of the client's partition when
/// known), each given once; per Region at least one source, each an <c>AwsLogSourceName</c> (any case in, the model's
/// spelling out) with an optional <c>AwsLogSourceVersion</c>, and each name once (the model calls it "a Regionally
/// unique value"). Two forms: the same sources for every Region (<see cref="ForRegions"/>), or Region by Region
/// (<see cref="FromEntries"/>). Callers remove PowerShell's PSObject wrappers first.
/// </summary>
public static class OrganizationConfigurationInput
{
    private const string EntriesParameter = OrganizationParameters.AutoEnableNewAccount;

    /// <summary>
    /// -DataLakeRegion with -SourceName (each at -SourceVersion when given) and -Source entries (each with its own
    /// version): every Region gets all of those sources.
    /// </summary>
    /// <param name="regions">-DataLakeRegion.</param>
    /// <param name="sourceNames">-SourceName.</param>
    /// <param name="sourceVersion">-SourceVersion: the version of the <paramref name="sourceNames"/> sources.</param>
    /// <param name="sources">-Source (PowerShell wrappers removed).</param>
    /// <param name="partition">The client's partition, when known; null checks the Regions against every partition.</param>
    public static IReadOnlyList<DataLakeOrganizationConfiguration> ForRegions(
        IList<string>? regions, IList<string>? sourceNames, string? sourceVersion, IEnumerable? sources, string? partition)
    {
        var names = sourceNames ?? new List<string>();
        if (sourceVersion != null)
        {
            if (names.Count == 0)
                throw new InputValidationException(OrganizationParameters.SourceVersion,
                    "SourceVersion is the version of the -SourceName sources: give -SourceName too (a -Source entry carries its own sourceVersion).");
            Rules.Pattern(sourceVersion, SecurityLakeConstraints.AwsLogSourceVersionPattern, SecurityLakeConstraints.AwsLogSourceVersionRule,
                OrganizationParameters.SourceVersion, OrganizationParameters.SourceVersion);
        }

        var given = new List<SourceType>();
        for (var i = 0; i < names.Count; i++)
            given.Add(SourceType.Aws(SourceName(names[i] ?? "", OrganizationParameters.SourceName, $"SourceName[{i}]"), sourceVersion));
        var items = sources?.Cast<object?>().ToList() ?? new List<object?>();
        for (var i = 0; i < items.Count; i++)
            given.Add(Source(items[i], OrganizationParameters.Source, $"Source[{i}]"));
        if (given.Count == 0)
            throw new InputValidationException(OrganizationParameters.SourceName, "Give the sources: -SourceName, -Source, or both.");
        var checkedSources = Distinct(given, OrganizationParameters.Source, "The sources");

        var checkedRegions = (regions ?? new List<string>())
            .Select((r, i) => Rules.Region(r ?? "", partition, OrganizationParameters.DataLakeRegion, $"DataLakeRegion[{i}]"))
            .Distinct()
            .ToList();
        if (checkedRegions.Count == 0)
            throw new InputValidationException(OrganizationParameters.DataLakeRegion, "Give at least one Region.");
        return checkedRegions.Select(r => new DataLakeOrganizationConfiguration(r, checkedSources)).ToList();
    }

    /// <summary>
    /// -AutoEnableNewAccount: entries Region by Region, each a <see cref="DataLakeOrganizationConfiguration"/> (from
    /// Get-SLDataLakeOrganizationConfiguration) or a hashtable with the GA keys <c>region</c> and <c>sources</c> (keys
    /// in any case); a source is a name, a <see cref="SourceType"/>, or a hashtable with <c>sourceName</c> and
    /// <c>sourceVersion</c>. The AWS CLI's JSON, through ConvertFrom-Json, has exactly this shape.
    /// </summary>
    public static IReadOnlyList<DataLakeOrganizationConfiguration> FromEntries(IEnumerable entries, string? partition) =>
        Checked(entries.Cast<object?>().Select((e, i) => Entry(e, $"{EntriesParameter}[{i}]")).ToList(), partition);

    /// <summary>
    /// The GA model's checks of a request's <c>autoEnableNewAccount</c> list, which the client runs for every caller:
    /// returns the entries with Regions lower-cased and source names in the model's spelling.
    /// </summary>
    public static IReadOnlyList<DataLakeOrganizationConfiguration> Checked(IEnumerable<DataLakeOrganizationConfiguration?>? entries, string? partition)
    {
        var result = new List<DataLakeOrganizationConfiguration>();
        var regions = new HashSet<string>();
        var index = 0;
        foreach (var entry in entries ?? Enumerable.Empty<DataLakeOrganizationConfiguration?>())
        {
            var label = $"{EntriesParameter}[{index++}]";
            if (entry == null) throw new InputValidationException(EntriesParameter, $"{label} is empty.");
            var region = Rules.Region(entry.DataLakeRegion, partition, EntriesParameter, label + ".region");
            if (!regions.Add(region))
                throw new InputValidationException(EntriesParameter,
                    $"{label}.region: the Region {region} is given more than once; give each Region once, with all its sources.");
            var sources = (entry.Sources ?? new List<SourceType>()).Select((s, i) => Source(s, EntriesParameter, $"{label}.sources[{i}]")).ToList();
            if (sources.Count == 0)
                throw new InputValidationException(EntriesParameter, $"{label}.sources is empty: give at least one AWS source for {region}.");
            result.Add(new DataLakeOrganizationConfiguration(region, Distinct(sources, EntriesParameter, $"{label}.sources")));
        }
        if (result.Count == 0)
            throw new InputValidationException(EntriesParameter, "Give at least one Region and its sources.");
        return result;
    }

    private static DataLakeOrganizationConfiguration? Entry(object? value, string label)
    {
        switch (value)
        {
            case null:
                return null;
            case DataLakeOrganizationConfiguration configuration:
                return configuration;
            case IDictionary entry:
                var keys = new DocumentedKeys(entry, EntriesParameter, label, "region", "sources");
                if (keys.Get("region") is not object region || keys.Get("sources") is not object sources)
                    throw new InputValidationException(EntriesParameter, $"{label} needs both region and sources.");
                return new DataLakeOrganizationConfiguration(
                    LooseValue.ToText(region, EntriesParameter, label + ".region"),
                    LooseValue.ToList(sources).Select((s, i) => Source(s, EntriesParameter, $"{label}.sources[{i}]")).ToList());
            default:
                throw new InputValidationException(EntriesParameter,
                    $"{label} must be a hashtable with the keys region and sources, or a configuration from Get-SLDataLakeOrganizationConfiguration, not '{value}'.");
        }
    }

    /// <summary>One source: a name, an AWS <see cref="SourceType"/>, or a hashtable with sourceName and sourceVersion.</summary>
    private static SourceType Source(object? value, string parameterName, string label)
    {
        string name;
        string? version;
        switch (value)
        {
            case string text:
                (name, version) = (text, null);
                break;
            case SourceType { CustomSourceType: not null } custom:
                throw new InputValidationException(parameterName,
                    $"{label} is the custom source '{custom.CustomSourceType}'; new accounts are auto-enabled for AWS sources only.");
            case SourceType aws:
                (name, version) = (aws.AwsSourceType ?? "", aws.SourceVersion);
                break;
            case IDictionary entry:
                var keys = new DocumentedKeys(entry, parameterName, label, "sourceName", "sourceVersion");
                if (keys.Get("sourceName") is not object sourceName)
                    throw new InputValidationException(parameterName, $"{label} needs a sourceName.");
                name = LooseValue.ToText(sourceName, parameterName, label + ".sourceName");
                version = LooseValue.ToTextOrNull(keys.Get("sourceVersion"), parameterName, label + ".sourceVersion");
                break;
            default:
                throw new InputValidationException(parameterName,
                    $"{label} must be a source name, or a hashtable with sourceName and sourceVersion, not '{value}'.");
        }
        var checkedName = SourceName(name, parameterName, label);
        if (version != null)
            Rules.Pattern(version, SecurityLakeConstraints.AwsLogSourceVersionPattern, SecurityLakeConstraints.AwsLogSourceVersionRule,
                parameterName, label + ".sourceVersion");
        return SourceType.Aws(checkedName, version);
    }

    private static string SourceName(string name, string parameterName, string label) =>
        Rules.OneOf(name, SecurityLakeConstraints.AwsLogSourceNames, "an AWS log source name", parameterName, label);

    /// <summary>A source given twice alike counts once; one name with two versions is refused (one version per Region).</summary>
    private static IReadOnlyList<SourceType> Distinct(IEnumerable<SourceType> sources, string parameterName, string label)
    {
        var result = new List<SourceType>();
        foreach (var group in sources.GroupBy(s => s.AwsSourceType))
        {
            var versions = group.Select(s => s.SourceVersion).Distinct().ToList();
            if (versions.Count > 1)
                throw new InputValidationException(parameterName,
                    $"{label} give {group.Key} with more than one version ({string.Join(", ", versions.Select(v => v ?? "none"))}); a Region auto-enables one version of each source.");
            result.Add(group.First());
        }
        return result;
    }
}
