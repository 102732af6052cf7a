using System.Collections.Generic;
using System.Management.Automation;

namespace SecLake.PowerShell;

/// <summary>
/// The progress bars of one cmdlet invocation, one per activity. Records that wait at the same time (-ThrottleLimit above
/// 1) share their activity's bar, which then counts them ("3 of 8 done; ..." with the latest record's status) instead of
/// flickering between records. A bar is closed when no record reports to it any more.
/// </summary>
internal sealed class ProgressBars
{
    private readonly Dictionary<int, Bar> _bars = new Dictionary<int, Bar>();

    /// <summary>A record starts reporting to bar <paramref name="activityId"/> (any thread).</summary>
    public void Open(int activityId)
    {
        lock (_bars)
        {
            if (!_bars.TryGetValue(activityId, out var bar)) _bars[activityId] = bar = new Bar();
            bar.Reporting++;
            bar.Started++;
        }
    }

    /// <summary>A record's latest status; the record to write for it.</summary>
    public ProgressRecord Report(int activityId, string activity, string status, int percentComplete)
    {
        lock (_bars)
        {
            if (!_bars.TryGetValue(activityId, out var bar)) return Line(activityId, activity, status, percentComplete);
            bar.Activity = activity;
            bar.Status = status;
            bar.PercentComplete = percentComplete;
            return Render(activityId, bar);
        }
    }

    /// <summary>A record is done with bar <paramref name="activityId"/>: the bar's new count, or its end once no record reports to it.</summary>
    public ProgressRecord? Close(int activityId)
    {
        lock (_bars)
        {
            if (!_bars.TryGetValue(activityId, out var bar)) return null;
            bar.Done++;
            if (--bar.Reporting > 0) return bar.Activity.Length == 0 ? null : Render(activityId, bar);
            _bars.Remove(activityId);
        }
        return new ProgressRecord(activityId, "Waiting", "Done") { RecordType = ProgressRecordType.Completed };
    }

    private static ProgressRecord Render(int activityId, Bar bar) => bar.Started > 1
        ? Line(activityId, bar.Activity, $"{bar.Done} of {bar.Started} done; {bar.Status}", 100 * bar.Done / bar.Started)
        : Line(activityId, bar.Activity, bar.Status, bar.PercentComplete);

    private static ProgressRecord Line(int activityId, string activity, string status, int percentComplete) =>
        new ProgressRecord(activityId, activity, status) { PercentComplete = percentComplete };

    private sealed class Bar
    {
        public int Reporting;
        public int Started;
        public int Done;
        public string Activity = "";
        public string Status = "";
        public int PercentComplete;
    }
}
