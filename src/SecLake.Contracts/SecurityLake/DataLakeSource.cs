using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// One source of one account in a Region's data lake, with its collection status (GA <c>DataLakeSource</c>, from
/// GetDataLakeSources: a snapshot of the Region the request was sent to).
/// </summary>
public sealed class DataLakeSource
{
    public DataLakeSource(string? accountId, string? sourceName, IList<DataLakeSourceStatus> statuses)
    {
        AccountId = accountId;
        SourceName = sourceName;
        Statuses = statuses;
    }

    /// <summary>GA <c>account</c>.</summary>
    public string? AccountId { get; }

    /// <summary>GA <c>sourceName</c>: an AWS source name or a custom source's name.</summary>
    public string? SourceName { get; }

    /// <summary>GA <c>sourceStatuses</c>: each place the source's data lands and how collection there goes.</summary>
    public IList<DataLakeSourceStatus> Statuses { get; }

    /// <summary>
    /// The statuses of <see cref="Statuses"/> in one word when they agree (COLLECTING, MISCONFIGURED, NOT_COLLECTING),
    /// else each once, comma-separated; null when the service reported none.
    /// </summary>
    public string? Status
    {
        get
        {
            var distinct = Statuses.Select(s => s.Status).Where(s => !string.IsNullOrEmpty(s)).Distinct().ToList();
            return distinct.Count == 0 ? null : string.Join(",", distinct);
        }
    }

    /// <summary>GA <c>eventClasses</c>: the OCSF event classes of a custom source.</summary>
    public IList<string>? EventClasses { get; set; }

    /// <summary>The Region of the snapshot (the Region the request was sent to).</summary>
    public string? Region { get; set; }

    /// <summary>The same as <see cref="Region"/>, named like the cmdlets' -DataLakeRegion so a row binds to New-SLAwsLogSource by name.</summary>
    public string? DataLakeRegion => Region;

    /// <summary>GA <c>dataLakeArn</c> of the response: the Region's data lake.</summary>
    public string? DataLakeArn { get; set; }

    public override string ToString() => $"{AccountId} {SourceName} ({Status})";
}

/// <summary>GA <c>DataLakeSourceStatus</c>: where a source's data is stored and how its collection goes.</summary>
public sealed class DataLakeSourceStatus
{
    public DataLakeSourceStatus(string? resource, string? status)
    {
        Resource = resource;
        Status = status;
    }

    /// <summary>GA <c>resource</c>: the path the source's logs are stored under.</summary>
    public string? Resource { get; }

    /// <summary>GA <c>status</c>: COLLECTING, MISCONFIGURED or NOT_COLLECTING.</summary>
    public string? Status { get; }

    public override string ToString() => $"{Status} {Resource}";
}
