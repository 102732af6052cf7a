using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Gets, per account, which sources the data lake of the Region the command calls collects, with their status
/// (GetDataLakeSources, page by page). -AccountId binds by property name (Import-Csv accounts.csv | Get-SLDataLakeSource);
/// Get-SLDataLake output binds -Region, so Get-SLDataLake | Get-SLDataLakeSource reports every enabled Region.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SLDataLakeSource")]
[ServiceOperation("GetDataLakeSources")]
[OutputType(typeof(DataLakeSource))]
public sealed class GetSLDataLakeSourceCommand : SecurityLakeCmdlet
{
    /// <summary>GA accounts: only these accounts; all accounts of the data lake when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [ValidateLength(SecurityLakeConstraints.AwsAccountIdLength, SecurityLakeConstraints.AwsAccountIdLength)]
    [ValidateModelPattern(SecurityLakeConstraints.AwsAccountIdPattern, SecurityLakeConstraints.AwsAccountIdRule)]
    [ArgumentCompleter(typeof(LogSourceAccountCompleter))]
    [Alias("Accounts", "Account")]
    public string[]? AccountId { get; set; }

    protected override void ProcessRecordCore()
    {
        // An empty CSV cell means "not given": every account.
        var accounts = SplitListAttribute.Given(AccountId);
        if (!TryBuild(accounts, () => LogSourceMapper.Accounts(accounts, LogSourceParameters.AccountId), out _)) return;
        RunRecord(accounts, async (client, record, token) =>
            record.WriteObject(await client.GetDataLakeSourcesAsync(accounts, cancellationToken: token), enumerateCollection: true));
    }
}
