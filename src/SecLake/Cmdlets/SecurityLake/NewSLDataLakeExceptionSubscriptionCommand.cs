using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Subscribes to the exceptions Security Lake cannot resolve by itself (CreateDataLakeExceptionSubscription): one
/// subscription per account and Region. Writes the subscription read back (GetDataLakeExceptionSubscription).
/// </summary>
[Cmdlet(VerbsCommon.New, "SLDataLakeExceptionSubscription", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[ServiceOperation("CreateDataLakeExceptionSubscription")]
[ServiceOperation("GetDataLakeExceptionSubscription")]
[OutputType(typeof(DataLakeExceptionSubscription))]
public sealed class NewSLDataLakeExceptionSubscriptionCommand : ExceptionSubscriptionCmdlet
{
    protected override void ProcessRecordCore()
    {
        var target = TargetRegion;
        if (!TryBuild(target, BuildInput, out var input)) return;
        if (!ShouldProcess(target, $"Create Security Lake exception subscription ({input.SubscriptionProtocol} to {input.NotificationEndpoint})")) return;
        RunRecord(target, async (client, record, token) => record.WriteObject(await client.CreateDataLakeExceptionSubscriptionAsync(input, token)));
    }
}
