using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Makes an account the organization's delegated Security Lake administrator (RegisterDataLakeDelegatedAdministrator),
/// run from the organization management account.
/// </summary>
/// <remarks>
/// ConfirmImpact High, like the removals: the account named gets Security Lake administration for the whole
/// organization (its configuration for new accounts, every member's data lake), and one wrong digit hands that to
/// another account. -Force skips the prompt.
/// </remarks>
[Cmdlet(VerbsLifecycle.Register, "SLDataLakeDelegatedAdministrator", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[ServiceOperation("RegisterDataLakeDelegatedAdministrator")]
public sealed class RegisterSLDataLakeDelegatedAdministratorCommand : SecurityLakeCmdlet
{
    /// <summary>GA accountId: the 12-digit account to delegate to.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(SecurityLakeConstraints.AccountIdLength, SecurityLakeConstraints.AccountIdLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AccountIdPattern, SecurityLakeConstraints.AccountIdRule)]
    [Alias("Account")]
    public string AccountId { get; set; } = "";

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        // Binding has refused anything but 12 digits; the client checks the model's SafeString too, before sending.
        var accountId = AccountId;
        if (!ShouldProcessUnlessForced(Force, $"account {accountId}", "Register as the organization's delegated Security Lake administrator")) return;
        RunRecord(accountId, (client, record, token) => client.RegisterDataLakeDelegatedAdministratorAsync(accountId, token));
    }
}
