using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>Deletes the exception subscription of the account and Region (DeleteDataLakeExceptionSubscription).</summary>
[Cmdlet(VerbsCommon.Remove, "SLDataLakeExceptionSubscription", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("DeleteDataLakeExceptionSubscription")]
public sealed class RemoveSLDataLakeExceptionSubscriptionCommand : SecurityLakeCmdlet
{
    /// <summary>
    /// A subscription from Get-SLDataLakeExceptionSubscription. The operation has no input (it deletes the one
    /// subscription of the Region called), so the object only lets that pipeline bind, whatever -Region is given with it;
    /// its Region binds -Region when -Region is not given.
    /// </summary>
    [Parameter(ValueFromPipeline = true)]
    public DataLakeExceptionSubscription? InputObject { get; set; }

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        // The client is not connected for -WhatIf, so the Region named is the one given, if any.
        var target = Region ?? "the default Region";
        if (!ShouldProcessUnlessForced(Force, target, "Remove Security Lake exception subscription")) return;
        RunRecord(target, (client, record, token) => client.DeleteDataLakeExceptionSubscriptionAsync(token));
    }
}
