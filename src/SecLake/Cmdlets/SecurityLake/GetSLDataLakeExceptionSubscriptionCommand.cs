using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Gets the exception subscription of the account and Region (GetDataLakeExceptionSubscription).</summary>
[Cmdlet(VerbsCommon.Get, "SLDataLakeExceptionSubscription")]
[ServiceOperation("GetDataLakeExceptionSubscription")]
[OutputType(typeof(DataLakeExceptionSubscription))]
public sealed class GetSLDataLakeExceptionSubscriptionCommand : SecurityLakeCmdlet
{
    protected override void ProcessRecordCore() =>
        RunRecord(Region, async (client, record, token) => record.WriteObject(await client.GetDataLakeExceptionSubscriptionAsync(token)));
}
