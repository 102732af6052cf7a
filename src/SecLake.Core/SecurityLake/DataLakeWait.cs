using System;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// What one ListDataLakes poll means to a wait for data lakes: done when every Region's data lake is COMPLETED
/// (createStatus, and the update status when there is one) or FAILED; FAILED ones are thrown together once all are
/// finished (<see cref="DataLakeOperationFailedException"/>).
/// </summary>
internal static class DataLakeWait
{
    private const string Completed = "COMPLETED";
    private const string Failed = "FAILED";

    public static PollResult<IReadOnlyList<DataLake>> Evaluate(IReadOnlyList<string> regions, IReadOnlyList<DataLake> listed)
    {
        var byRegion = listed.GroupBy(l => l.Region).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var states = regions.Select(r => RegionState.Of(r, byRegion.TryGetValue(r, out var lake) ? lake : null)).ToList();
        var finished = states.Count(s => s.IsFinished);
        var status = $"{finished} of {states.Count} finished: {string.Join(", ", states)}";
        if (finished < states.Count)
            return PollResult<IReadOnlyList<DataLake>>.Pending(status, string.Join(", ", states.Where(s => !s.IsFinished)));

        var lakes = regions.Select(r => byRegion[r]).ToList();
        var failures = states.Where(s => s.Status == Failed)
            .Select(s => byRegion[s.Region])
            .Select(lake => new DataLakeFailedException(lake.Region, lake.UpdateExceptionCode, lake.UpdateExceptionReason))
            .ToList();
        if (failures.Count > 0) throw new DataLakeOperationFailedException(failures, lakes);
        return PollResult<IReadOnlyList<DataLake>>.Done(lakes, status);
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
