using System.Management.Automation;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Removes the organization's delegated Security Lake administrator, whichever account it is
/// (DeregisterDataLakeDelegatedAdministrator, which takes no input), run from the organization management account.
/// </summary>
[Cmdlet(VerbsLifecycle.Unregister, "SLDataLakeDelegatedAdministrator", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("DeregisterDataLakeDelegatedAdministrator")]
public sealed class UnregisterSLDataLakeDelegatedAdministratorCommand : SecurityLakeCmdlet
{
    private const string Target = "the organization's delegated Security Lake administrator";

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        if (!ShouldProcessUnlessForced(Force, Target, "Deregister")) return;
        RunRecord(Target, (client, record, token) => client.DeregisterDataLakeDelegatedAdministratorAsync(token));
    }
}
