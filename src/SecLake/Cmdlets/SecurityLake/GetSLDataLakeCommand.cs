using System;
using System.Linq;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Gets the data lakes of the given Regions, or of every enabled Region, with their settings and tags (ListDataLakes, ListTagsForResource).</summary>
[Cmdlet(VerbsCommon.Get, "SLDataLake")]
[OutputType(typeof(DataLake))]
[ServiceOperation("ListDataLakes")]
[ServiceOperation("ListTagsForResource")]
public sealed class GetSLDataLakeCommand : DataLakeRegionsCmdlet
{
    protected override void ProcessRecordCore()
    {
        var regions = DataLakeRegion;
        RunRecord(regions, async (client, record, token) =>
        {
            var lakes = await client.GetDataLakesAsync(regions, true, token);
            record.WriteObject(lakes, enumerateCollection: true);
            foreach (var missing in (regions ?? Array.Empty<string>()).Select(r => r.ToLowerInvariant()).Distinct().Where(r => lakes.All(l => l.Region != r)))
                record.WriteFailure(new DataLakeNotEnabledException(missing));
        });
    }
}
