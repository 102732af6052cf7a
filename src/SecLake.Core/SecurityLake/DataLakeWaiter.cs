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
            IProgress<WaitProgress>? progress, CancellationToken cancellationToken)
        {
            var activity = $"Waiting for the data lakes in {string.Join(", ", regions)} to be COMPLETED";
            while (true)
            {
                var listed = await _list(regions, cancellationToken).ConfigureAwait(false);
                var byRegion = listed.GroupBy(l => l.Region).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                var states = regions.Select(r => RegionState.Of(r, byRegion.TryGetValue(r, out var lake) ? lake : null)).ToList();
                var elapsed = _elapsedSinceStart();
                var finished = states.Count(s => s.IsFinished);
                progress?.Report(new WaitProgress(activity, $"{finished} of {states.Count} finished: {string.Join(", ", states)}", elapsed, timeout));

                if (finished == states.Count)
                {
                    var lakes = regions.Select(r => byRegion[r]).ToList();
                    var failures = states.Where(s => s.Status == Failed).Select(s => Failure(byRegion[s.Region])).ToList();
                    if (failures.Count > 0) throw new DataLakeOperationFailedException(failures, lakes);
                    return lakes;
                }

                if (elapsed >= timeout)
                {
                    var pending = string.Join(", ", states.Where(s => !s.IsFinished));
                    throw new WaitTimeoutException(
                        $"The data lakes in {pending} were not COMPLETED after {timeout.TotalSeconds:0} seconds.",
                        pending);
                }

                var remaining = timeout - elapsed;
                await _delay(pollInterval < remaining ? pollInterval : remaining, cancellationToken).ConfigureAwait(false);
            }
        }

        private static DataLakeFailure Failure(DataLake lake) =>
            new DataLakeFailure(lake.Region, lake.UpdateExceptionCode, lake.UpdateExceptionReason);

        private static Func<TimeSpan> StopwatchClock()
        {
            var watch = Stopwatch.StartNew();
            return () => watch.Elapsed;
        }

        /// <summary>The status that decides a Region: FAILED if either status failed, the update's while one is in flight, else createStatus.</summary>
        private sealed class RegionState
        {
            private RegionState(string region, string status, bool isFinished)
            {
                Region = region;
                Status = status;
                IsFinished = isFinished;
            }

            public string Region { get; }
            public string Status { get; }
            public bool IsFinished { get; }

            public static RegionState Of(string region, DataLake? lake)
            {
                // A data lake just created may not be listed yet.
                if (lake == null) return new RegionState(region, "NOT_LISTED", false);
                if (lake.CreateStatus == Failed || lake.UpdateStatus == Failed) return new RegionState(region, Failed, true);
                if (lake.CreateStatus != Completed) return new RegionState(region, lake.CreateStatus ?? "UNKNOWN", false);
                var status = lake.UpdateStatus ?? Completed;
                return new RegionState(region, status, status == Completed);
            }

            public override string ToString() => $"{Region} {Status}";
        }
    }
}
