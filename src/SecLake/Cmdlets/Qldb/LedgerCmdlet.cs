using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>
/// Base of the cmdlets that act on one existing ledger, named or piped from Get-QLDBLedger (Update-, Remove- and
/// Wait-QLDBLedger). New-QLDBLedger declares its own -Name: a new ledger's name has no completion.
/// </summary>
public abstract class LedgerCmdlet : QldbCmdlet
{
    /// <summary>The ledger's name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ValidateLength(QldbConstraints.LedgerNameMinLength, QldbConstraints.LedgerNameMaxLength)]
    [ValidateModelPattern(QldbConstraints.LedgerNamePattern, QldbConstraints.LedgerNameRule)]
    [Alias("LedgerName")]
    [ArgumentCompleter(typeof(LedgerNameCompleter))]
    public string Name { get; set; } = "";
}
