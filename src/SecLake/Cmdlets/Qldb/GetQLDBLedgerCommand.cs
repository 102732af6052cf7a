using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb
{
    /// <summary>Gets QLDB ledgers by name, by wildcard pattern, or all of them (DescribeLedger, ListLedgers).</summary>
    [Cmdlet(VerbsCommon.Get, "QLDBLedger")]
    [OutputType(typeof(QldbLedger))]
    public sealed class GetQLDBLedgerCommand : QldbCmdlet
    {
        private List<QldbLedger>? _allLedgers;

        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [Alias("LedgerName")]
        [ArgumentCompleter(typeof(LedgerNameCompleter))]
        public string[]? Name { get; set; }

        protected override void ProcessRecord()
        {
            if (Name == null || Name.Length == 0)
            {
                WriteMatches("*", WildcardPattern.Get("*", WildcardOptions.IgnoreCase));
                return;
            }
            foreach (var name in Name)
            {
                if (WildcardPattern.ContainsWildcardCharacters(name))
                {
                    WriteMatches(name, WildcardPattern.Get(name, WildcardOptions.IgnoreCase));
                    continue;
                }
                try
                {
                    WriteObject(Await(token => Client.DescribeLedgerAsync(name, token)));
                }
                catch (Exception e) when (IsRecordFailure(e))
                {
                    WriteFailure(e, name);
                }
            }
        }

        // ListLedgers returns summaries only; each match is described so every output object is complete.
        private void WriteMatches(string pattern, WildcardPattern wildcard)
        {
            try
            {
                _allLedgers ??= Await(token => Client.ListLedgersAsync(token));
            }
            catch (Exception e) when (IsRecordFailure(e))
            {
                WriteFailure(e, pattern);
                return;
            }
            foreach (var summary in _allLedgers.Where(l => wildcard.IsMatch(l.Name)).OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase))
            {
                try
                {
                    WriteObject(Await(token => Client.DescribeLedgerAsync(summary.Name, token)));
                }
                catch (Exception e) when (IsRecordFailure(e))
                {
                    // A ledger deleted between the list and the describe is simply gone; anything else is reported.
                    if (!(e is ResourceNotFoundException)) WriteFailure(e, summary.Name);
                }
            }
        }
    }
}
