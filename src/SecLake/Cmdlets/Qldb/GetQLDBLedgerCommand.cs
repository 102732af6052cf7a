using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>Gets QLDB ledgers by name, by wildcard pattern, or all of them (DescribeLedger, ListLedgers).</summary>
[Cmdlet(VerbsCommon.Get, "QLDBLedger")]
[OutputType(typeof(QldbLedger))]
[ServiceOperation("DescribeLedger")]
[ServiceOperation("ListLedgers")]
public sealed class GetQLDBLedgerCommand : QldbCmdlet
{
    private List<QldbLedger>? _allLedgers;
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [SupportsWildcards]
    [Alias("LedgerName")]
    [ArgumentCompleter(typeof(LedgerNameCompleter))]
    public string[]? Name { get; set; }

    protected override void ProcessRecordCore()
    {
        foreach (var name in Name == null || Name.Length == 0 ? new[] { "*" } : Name)
        {
            if (WildcardPattern.ContainsWildcardCharacters(name))
                WriteMatches(name, WildcardPattern.Get(name, WildcardOptions.IgnoreCase));
            else
                RunRecord(name, async (client, record, token) => record.WriteObject(await client.DescribeLedgerAsync(name, token)));
        }
    }

    // ListLedgers returns summaries only; each match is described so every output object is complete.
    private void WriteMatches(string pattern, WildcardPattern wildcard)
    {
        RunRecord(pattern, async (client, record, token) => _allLedgers ??= await client.ListLedgersAsync(cancellationToken: token));
        if (_allLedgers == null) return;
        foreach (var summary in _allLedgers.Where(l => wildcard.IsMatch(l.Name)).OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase))
        {
            RunRecord(summary.Name, async (client, record, token) =>
            {
                try
                {
                    record.WriteObject(await client.DescribeLedgerAsync(summary.Name, token));
                }
                catch (ResourceNotFoundException)
                {
                    // A ledger deleted between the list and the describe is simply gone.
                }
            });
        }
    }
}
