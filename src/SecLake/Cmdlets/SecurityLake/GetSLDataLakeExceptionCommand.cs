using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Gets the Security Lake exceptions (ListDataLakeExceptions, every page): failures the service could not retry, with
/// their remediation, for the given Regions (GA regions) or all of them. Takes Get-SLDataLake output.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SLDataLakeException")]
[ServiceOperation("ListDataLakeExceptions")]
[OutputType(typeof(DataLakeExceptionInfo))]
public sealed class GetSLDataLakeExceptionCommand : DataLakeRegionsCmdlet
{
    /// <summary>GA maxResults: how many exceptions each request asks for (every page is read).</summary>
    [Parameter]
    [ValidateRange(SecurityLakeConstraints.MaxResultsMin, SecurityLakeConstraints.MaxResultsMax)]
    [Alias("MaxResults")]
    public int? PageSize { get; set; }

    protected override void ProcessRecordCore()
    {
        var regions = SplitListAttribute.Given(DataLakeRegion);
        var pageSize = PageSize;
        // Region codes are checked as Security Lake Regions (lower-cased, known, of the client's partition) before any request.
        RunRecord(regions, async (client, record, token) =>
            record.WriteObject(await client.ListDataLakeExceptionsAsync(regions, pageSize, token), enumerateCollection: true));
    }
}
