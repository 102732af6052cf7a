using System;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// One Region of the organization configuration (GA <c>DataLakeAutoEnableNewAccountConfiguration</c>): the AWS log
/// sources Security Lake turns on, in <see cref="DataLakeRegion"/>, for every account that joins the organization.
/// Get-SLDataLakeOrganizationConfiguration writes one per Region; piped into New- or
/// Remove-SLDataLakeOrganizationConfiguration, <see cref="DataLakeRegion"/> and <see cref="Sources"/> bind by name.
/// </summary>
public sealed class DataLakeOrganizationConfiguration
{
    /// <param name="dataLakeRegion">GA <c>region</c>.</param>
    /// <param name="sources">GA <c>sources</c>: AWS sources (<see cref="SourceType.AwsSourceType"/> holds the GA <c>sourceName</c>).</param>
    public DataLakeOrganizationConfiguration(string dataLakeRegion, IEnumerable<SourceType> sources)
    {
        DataLakeRegion = dataLakeRegion ?? throw new ArgumentNullException(nameof(dataLakeRegion));
        Sources = (sources ?? throw new ArgumentNullException(nameof(sources))).ToList();
    }

    /// <summary>
    /// GA <c>region</c>. Named like the cmdlets' -DataLakeRegion, not Region: -Region is the Region the client calls,
    /// and a piped configuration must not move the request to another endpoint.
    /// </summary>
    public string DataLakeRegion { get; }

    /// <summary>GA <c>sources[]</c>: each an AWS source with its GA <c>sourceName</c> and optional <c>sourceVersion</c>.</summary>
    public IList<SourceType> Sources { get; }

    public override string ToString() => $"{DataLakeRegion}: {string.Join(", ", Sources)}";
}
