using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb;

/// <summary>
/// Gets QLDB ledgers: by exact name in full (DescribeLedger); all of them, or those matching a wildcard, as the
/// summaries ListLedgers pages return (name, state, creation time, Region), so 5,000 ledgers cost 50 list pages and
/// not 5,000 describes. -Detailed describes each match (concurrently within -ThrottleLimit).
/// </summary>
[Cmdlet(VerbsCommon.Get, "QLDBLedger")]
[OutputType(typeof(QldbLedger))]
[ServiceOperation("DescribeLedger")]
[ServiceOperation("ListLedgers")]
public sealed class GetQLDBLedgerCommand : QldbCmdlet
{
    // One listing per Region for every wildcard of the invocation; only touched on the pipeline thread.
    private readonly Dictionary<string, Task<List<QldbLedger>>> _lists = new Dictionary<string, Task<List<QldbLedger>>>(StringComparer.Ordinal);

    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SplitList]
    [SupportsWildcards]
    [Alias("LedgerName")]
    [ArgumentCompleter(typeof(LedgerNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>Describe every ledger a wildcard (or no -Name) matches, for Arn, DeletionProtection, PermissionsMode and encryption.</summary>
    [Parameter]
    public SwitchParameter Detailed { get; set; }

    protected override void ProcessRecordCore()
    {
        var detailed = Detailed.IsPresent;
        foreach (var name in SplitListAttribute.Given(Name) ?? new[] { "*" })
        {
            if (!WildcardPattern.ContainsWildcardCharacters(name))
                RunRecord(name, async (client, record, token) => record.WriteObject(await client.DescribeLedgerAsync(name, token)));
            else if (detailed)
                DescribeMatches(name);
            else
                RunRecord(name, async (client, record, token) => record.WriteObject(Matches(await List(client, token), name), enumerateCollection: true));
        }
    }

    private void DescribeMatches(string pattern)
    {
        Task<List<QldbLedger>>? list = null;
        RunRecord(pattern, (client, record, token) => list = List(client, token));
        // The matches are known only once the list is read; a failed list already wrote its error.
        WaitForRecords();
        if (list == null || list.Status != TaskStatus.RanToCompletion) return;
        foreach (var summary in Matches(list.Result, pattern))
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

    /// <summary>The ledgers of the client's Region, listed once (again only after a failed listing). Called on the pipeline thread.</summary>
    private Task<List<QldbLedger>> List(QldbClient client, CancellationToken token)
    {
        var key = client.Region ?? "";
        if (!_lists.TryGetValue(key, out var list) || list.IsFaulted || list.IsCanceled)
            _lists[key] = list = client.ListLedgersAsync(cancellationToken: token);
        return list;
    }

    private static List<QldbLedger> Matches(List<QldbLedger> ledgers, string pattern)
    {
        var wildcard = WildcardPattern.Get(pattern, WildcardOptions.IgnoreCase);
        return ledgers.Where(l => wildcard.IsMatch(l.Name)).OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
