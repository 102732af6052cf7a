using System;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake
{
    /// <summary>One poll of a data-lake wait: every Region's state, for a progress bar.</summary>
    public sealed class DataLakeWaitProgress
    {
        public DataLakeWaitProgress(IReadOnlyList<DataLakeRegionState> regions, TimeSpan elapsed)
        {
            Regions = regions;
            Elapsed = elapsed;
        }

        public IReadOnlyList<DataLakeRegionState> Regions { get; }
        public TimeSpan Elapsed { get; }
        public int TotalCount => Regions.Count;
        public int CompletedCount => Regions.Count(r => r.IsCompleted);
        public int FailedCount => Regions.Count(r => r.IsFailed);

        /// <summary>Finished Regions (completed or failed) as a percentage.</summary>
        public int PercentComplete => TotalCount == 0 ? 100 : (CompletedCount + FailedCount) * 100 / TotalCount;

        /// <summary>For example <c>us-east-1 COMPLETED, eu-west-1 PENDING</c>.</summary>
        public string StatusDescription => string.Join(", ", Regions.Select(r => $"{r.Region} {r.Status}"));
    }

    /// <summary>A Region's data-lake state during a wait.</summary>
    public sealed class DataLakeRegionState
    {
        public DataLakeRegionState(string region, string status, bool isCompleted, bool isFailed)
        {
            Region = region;
            Status = status;
            IsCompleted = isCompleted;
            IsFailed = isFailed;
        }

        public string Region { get; }

        /// <summary>The status that decides the Region: the update's while one is in flight, else createStatus; NOT_LISTED when absent.</summary>
        public string Status { get; }

        public bool IsCompleted { get; }
        public bool IsFailed { get; }
    }
}
