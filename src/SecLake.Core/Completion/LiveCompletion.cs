using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Aws;
using SecLake.Qldb;
using SecLake.SecurityLake;

namespace SecLake.Completion;

/// <summary>
/// Completion from the live service, using the connection the command being typed would use. Bounded in time and
/// never throws: at a prompt, no answer is better than a slow or failing Tab.
/// </summary>
public static class LiveCompletion
{
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(3);

    // Completing ARNs describes each matching ledger; a longer list would not fit the budget or the screen.
    private const int MaxDescribed = 50;

    /// <summary>Ledger names, with their state in the tooltip.</summary>
    public static IReadOnlyList<CompletionCandidate> LedgerNames(ConnectionSettings settings, string? wordToComplete, TimeSpan budget) =>
        Bounded(budget, async token =>
        {
            var ledgers = await QldbService.Connect(settings, null).ListLedgersAsync(cancellationToken: token).ConfigureAwait(false);
            return ledgers
                .Where(l => CompletionWord.Matches(l.Name, wordToComplete))
                .OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
                .Select(l => new CompletionCandidate(l.Name, $"{l.Name} ({l.State})"))
                .ToList();
        });

    /// <summary>Ledger ARNs for -ResourceArn, matched by ARN ("arn:...") or by ledger name ("ord" completes orders' ARN).</summary>
    public static IReadOnlyList<CompletionCandidate> LedgerArns(ConnectionSettings settings, string? wordToComplete, TimeSpan budget) =>
        Bounded(budget, async token =>
        {
            var client = QldbService.Connect(settings, null);
            var ledgers = await client.ListLedgersAsync(cancellationToken: token).ConfigureAwait(false);
            var byName = !CompletionWord.Unquote(wordToComplete).StartsWith("arn:", StringComparison.OrdinalIgnoreCase);
            var candidates = ledgers.Where(l => !byName || CompletionWord.Matches(l.Name, wordToComplete))
                .OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
                .Take(MaxDescribed);
            // ListLedgers summaries carry no ARN; DescribeLedger does. Described side by side to stay within the budget.
            var described = await Task.WhenAll(candidates.Select(l => client.DescribeLedgerAsync(l.Name, token))).ConfigureAwait(false);
            return described
                .Where(l => l.Arn != null && (byName || CompletionWord.Matches(l.Arn, wordToComplete)))
                .Select(l => new CompletionCandidate(l.Arn!, $"Ledger {l.Name} ({l.State})"))
                .ToList();
        });

    /// <summary>
    /// The tag keys a resource has now, for Remove-QLDBResourceTag/Remove-SLResourceTag -TagKey: asked of the
    /// service <paramref name="serviceId"/>. Keys already in the list are not offered again.
    /// </summary>
    public static IReadOnlyList<CompletionCandidate> TagKeys(ConnectionSettings settings, string serviceId, string? resourceArn, IEnumerable<string> alreadyChosen, string? wordToComplete, TimeSpan budget)
    {
        if (string.IsNullOrWhiteSpace(resourceArn)) return Array.Empty<CompletionCandidate>();
        // The one being completed is still typed in full when the user presses Tab on it.
        var chosen = new HashSet<string>(alreadyChosen.Where(k => k != CompletionWord.Unquote(wordToComplete)), StringComparer.Ordinal);
        return Bounded(budget, async token =>
        {
            var tags = await Services.Connect(serviceId, settings).ListTagsForResourceAsync(resourceArn!, token).ConfigureAwait(false);
            return tags
                .Where(t => !chosen.Contains(t.Key) && CompletionWord.Matches(t.Key, wordToComplete))
                .Select(t => new CompletionCandidate(t.Key, $"{t.Key} = {t.Value}"))
                .ToList();
        });
    }

    /// <summary>
    /// ARNs of the Security Lake resources that take tags, for -ResourceArn: each Region's data lake (matched by ARN
    /// or Region) and each subscriber (matched by ARN or subscriber name).
    /// </summary>
    public static IReadOnlyList<CompletionCandidate> SecurityLakeArns(ConnectionSettings settings, string? wordToComplete, TimeSpan budget) =>
        Bounded(budget, async token =>
        {
            var client = SecurityLakeService.Connect(settings, null);
            var lakes = client.ListDataLakesAsync(cancellationToken: token);
            var subscribers = client.ListSubscribersAsync(cancellationToken: token);
            var candidates = (await lakes.ConfigureAwait(false))
                .Where(l => CompletionWord.Matches(l.DataLakeArn, wordToComplete) || CompletionWord.Matches(l.Region, wordToComplete))
                .OrderBy(l => l.Region, StringComparer.Ordinal)
                .Select(l => new CompletionCandidate(l.DataLakeArn, $"Data lake in {l.Region} ({l.CreateStatus})"))
                .ToList();
            candidates.AddRange((await subscribers.ConfigureAwait(false))
                .Where(s => CompletionWord.Matches(s.SubscriberArn, wordToComplete) || s.SubscriberName != null && CompletionWord.Matches(s.SubscriberName, wordToComplete))
                .OrderBy(s => s.SubscriberName ?? "", StringComparer.OrdinalIgnoreCase)
                .Select(s => new CompletionCandidate(s.SubscriberArn, $"Subscriber {s.SubscriberName} ({s.SubscriptionId})")));
            return candidates;
        });

    /// <summary>
    /// Subscription IDs, matched by ID or by subscriber name ("aud" completes the ID of "auditors"); the menu shows
    /// each ID with its subscriber's name, the tooltip its account, status and sources.
    /// </summary>
    public static IReadOnlyList<CompletionCandidate> SubscriptionIds(ConnectionSettings settings, string? wordToComplete, TimeSpan budget) =>
        Bounded(budget, async token =>
        {
            var subscribers = await SecurityLakeService.Connect(settings, null).ListSubscribersAsync(cancellationToken: token).ConfigureAwait(false);
            return subscribers
                .Where(s => CompletionWord.Matches(s.SubscriptionId, wordToComplete) || s.SubscriberName != null && CompletionWord.Matches(s.SubscriberName, wordToComplete))
                .OrderBy(s => s.SubscriberName ?? "", StringComparer.OrdinalIgnoreCase)
                .Select(s => new CompletionCandidate(s.SubscriptionId, DescribeSubscriber(s), $"{s.SubscriptionId} ({s.SubscriberName})"))
                .ToList();
        });

    /// <summary>
    /// Custom source names from ListLogSources, matched by name; the tooltip shows each one's Regions and versions.
    /// Unless <paramref name="anyRegion"/>, only the names of the Region the connection calls (where a command acts).
    /// Names already in the list being typed are not offered again.
    /// </summary>
    public static IReadOnlyList<CompletionCandidate> CustomLogSourceNames(ConnectionSettings settings, string? wordToComplete, IEnumerable<string> alreadyChosen, bool anyRegion, TimeSpan budget)
    {
        var chosen = Chosen(alreadyChosen, wordToComplete);
        return Bounded(budget, async token =>
        {
            var client = SecurityLakeService.Connect(settings, null);
            var sources = await client.ListLogSourcesAsync(cancellationToken: token).ConfigureAwait(false);
            return sources.OfType<CustomLogSource>()
                .Where(s => (anyRegion || s.Region == client.Region) && !chosen.Contains(s.SourceName) && CompletionWord.Matches(s.SourceName, wordToComplete))
                .GroupBy(s => s.SourceName, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => new CompletionCandidate(g.Key,
                    $"Custom source {g.Key}: " + string.Join(", ", g.Select(s => $"{s.Region}" + (s.SourceVersion == null ? "" : $" ({s.SourceVersion})")).Distinct())))
                .ToList();
        });
    }

    /// <summary>
    /// The accounts that have log sources (ListLogSources), matched by ID; the tooltip lists each account's sources and
    /// Regions. Accounts already in the list being typed are not offered again.
    /// </summary>
    public static IReadOnlyList<CompletionCandidate> LogSourceAccounts(ConnectionSettings settings, string? wordToComplete, IEnumerable<string> alreadyChosen, TimeSpan budget)
    {
        var chosen = Chosen(alreadyChosen, wordToComplete);
        return Bounded(budget, async token =>
        {
            var sources = await SecurityLakeService.Connect(settings, null).ListLogSourcesAsync(cancellationToken: token).ConfigureAwait(false);
            return sources
                .Where(s => s.AccountId != null && !chosen.Contains(s.AccountId) && CompletionWord.Matches(s.AccountId, wordToComplete))
                .GroupBy(s => s.AccountId!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CompletionCandidate(g.Key,
                    $"{g.Key}: {string.Join(", ", g.Select(s => s.SourceName).Distinct())} in {string.Join(", ", g.Select(s => s.Region).Distinct())}"))
                .ToList();
        });
    }

    /// <summary>The values already typed in a list, but the one being completed (still typed in full at Tab).</summary>
    private static HashSet<string> Chosen(IEnumerable<string> alreadyChosen, string? wordToComplete) =>
        new HashSet<string>(alreadyChosen.Where(k => k != CompletionWord.Unquote(wordToComplete)), StringComparer.Ordinal);

    private static string DescribeSubscriber(Subscriber s) =>
        $"{s.SubscriberName}: account {s.AccountId}, {s.Status}" +
        (s.Sources.Count > 0 ? ", " + string.Join(", ", s.Sources.Select(source => source.ToString())) : "");

    /// <summary>
    /// Runs <paramref name="query"/> with a deadline; a failure, or no answer within <paramref name="budget"/>,
    /// gives no candidates. The query is cancelled at the deadline and left to finish on its own.
    /// </summary>
    public static IReadOnlyList<CompletionCandidate> Bounded(TimeSpan budget, Func<CancellationToken, Task<List<CompletionCandidate>>> query)
    {
        var deadline = new CancellationTokenSource();
        try
        {
            deadline.CancelAfter(budget);
            // Task.Run: building a client can block (profile files, instance metadata) before the first await.
            var task = Task.Run(() => query(deadline.Token));
            var finished = task.Wait(budget);
            _ = task.ContinueWith(t => { _ = t.Exception; deadline.Dispose(); }, TaskScheduler.Default);
            return finished ? task.Result : Array.Empty<CompletionCandidate>();
        }
        catch (Exception)
        {
            return Array.Empty<CompletionCandidate>();
        }
    }
}
