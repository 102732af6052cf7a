using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Changes the exception subscription of the account and Region (UpdateDataLakeExceptionSubscription). The model
/// requires the endpoint and the protocol every time; piping Get-SLDataLakeExceptionSubscription output supplies them.
/// Writes the subscription read back.
/// </summary>
[Cmdlet(VerbsData.Update, "SLDataLakeExceptionSubscription", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[ServiceOperation("UpdateDataLakeExceptionSubscription")]
[ServiceOperation("GetDataLakeExceptionSubscription")]
[OutputType(typeof(DataLakeExceptionSubscription))]
public sealed class UpdateSLDataLakeExceptionSubscriptionCommand : ExceptionSubscriptionCmdlet
{
    protected override void ProcessRecordCore()
    {
        var target = TargetRegion;
        if (!TryBuild(target, BuildInput, out var input)) return;
        if (!ShouldProcess(target, $"Update Security Lake exception subscription ({input.SubscriptionProtocol} to {input.NotificationEndpoint})")) return;
        RunRecord(target, async (client, record, token) => record.WriteObject(await client.UpdateDataLakeExceptionSubscriptionAsync(input, token)));
    }
}
