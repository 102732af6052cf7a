using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Aws;
using SecLake.Qldb;

namespace SecLake.Completion
{
    /// <summary>
    /// Completion from the live service, using the connection parameters already typed on the command line.
    /// Bounded in time and never throws: at a prompt, no answer is better than a slow or failing Tab.
    /// </summary>
    public static class LiveCompletion
    {
        public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(3);

        public static IReadOnlyList<CompletionCandidate> LedgerNames(ConnectionSettings settings, string? wordToComplete, TimeSpan budget) =>
            Bounded(budget, async token =>
            {
                var client = QldbService.Connect(settings, null);
                var prefix = (wordToComplete ?? "").Trim('\'', '"');
                var ledgers = await client.ListLedgersAsync(token).ConfigureAwait(false);
                return ledgers
                    .Where(l => l.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    .OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
                    .Select(l => new CompletionCandidate(l.Name, $"{l.Name} ({l.State})"))
                    .ToList();
            });

        /// <summary>Runs <paramref name="query"/> with a deadline; any failure or timeout gives no candidates.</summary>
        public static IReadOnlyList<CompletionCandidate> Bounded(TimeSpan budget, Func<CancellationToken, Task<List<CompletionCandidate>>> query)
        {
            using var deadline = new CancellationTokenSource(budget);
            try
            {
                var task = Task.Run(() => query(deadline.Token), deadline.Token);
                return task.Wait(budget) ? task.Result : Array.Empty<CompletionCandidate>();
            }
            catch (Exception)
            {
                return Array.Empty<CompletionCandidate>();
            }
        }
    }
}
