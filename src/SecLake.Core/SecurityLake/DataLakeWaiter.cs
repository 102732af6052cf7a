using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SecLake.SecurityLake
{
    /// <summary>
    /// Polls ListDataLakes until every given Region's data lake is COMPLETED (createStatus, and the update status
    /// when there is one) or FAILED, reporting each poll. Delay and clock are injectable so tests run instantly.
    /// </summary>
    internal sealed class DataLakeWaiter
    {
        private const string Completed = "COMPLETED";
        private const string Failed = "FAILED";

        private readonly Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<DataLake>>> _list;
        private readonly Func<TimeSpan, CancellationToken, Task> _delay;
        private readonly Func<TimeSpan> _elapsedSinceStart;

        public DataLakeWaiter(
            Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<DataLake>>> list,
            Func<TimeSpan, CancellationToken, Task>? delay = null,
            Func<Func<TimeSpan>>? startClock = null)
        {
            _list = list;
            _delay = delay ?? Task.Delay;
            _elapsedSinceStart = (startClock ?? StopwatchClock)();
        }

        public async Task<IReadOnlyList<DataLake>> WaitAsync(
            IReadOnlyList<string> regions, TimeSpan pollInterval, TimeSpan timeout,
            IProgress<DataLakeWaitProgress>? progress, CancellationToken cancellationToken)
        {
            while (true)
            {
                var listed = await _list(regions, cancellationToken).ConfigureAwait(false);
                var byRegion = listed.GroupBy(l => l.Region).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                var states = regions.Select(r => StateOf(r, byRegion.TryGetValue(r, out var lake) ? lake : null)).ToList();
                var elapsed = _elapsedSinceStart();
                progress?.Report(new DataLakeWaitProgress(states, elapsed));

                if (states.All(s => s.IsCompleted || s.IsFailed))
                {
                    var lakes = regions.Select(r => byRegion[r]).ToList();
                    var failures = states.Where(s => s.IsFailed).Select(s => Failure(byRegion[s.Region])).ToList();
                    if (failures.Count > 0) throw new DataLakeOperationFailedException(failures, lakes);
                    return lakes;
                }

                if (elapsed >= timeout)
                    throw new TimeoutException(
                        $"Timed out after {timeout} waiting for the data lakes in " +
                        string.Join(", ", states.Where(s => !s.IsCompleted && !s.IsFailed).Select(s => $"{s.Region} ({s.Status})")) + ".");

                var remaining = timeout - elapsed;
                await _delay(pollInterval < remaining ? pollInterval : remaining, cancellationToken).ConfigureAwait(false);
            }
        }

        private static DataLakeRegionState StateOf(string region, DataLake? lake)
        {
            if (lake == null) return new DataLakeRegionState(region, "NOT_LISTED", false, false);
            var status = lake.UpdateStatus != null && lake.CreateStatus == Completed ? lake.UpdateStatus : lake.CreateStatus ?? "UNKNOWN";
            var failed = lake.CreateStatus == Failed || lake.UpdateStatus == Failed;
            var completed = !failed && lake.CreateStatus == Completed && (lake.UpdateStatus == null || lake.UpdateStatus == Completed);
            return new DataLakeRegionState(region, failed ? Failed : status, completed, failed);
        }

        private static DataLakeFailure Failure(DataLake lake) =>
            new DataLakeFailure(lake.Region, lake.UpdateExceptionCode, lake.UpdateExceptionReason);

        private static Func<TimeSpan> StopwatchClock()
        {
            var watch = Stopwatch.StartNew();
            return () => watch.Elapsed;
        }
    }
}
