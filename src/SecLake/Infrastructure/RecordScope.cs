using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SecLake.PowerShell;

/// <summary>
/// What one pipeline record's service work writes. Output, errors and warnings are handed to the pipeline thread in
/// the record's place in input order (with -ThrottleLimit above 1, a later record's output waits for every earlier
/// record); verbose lines and progress are written as soon as the pipeline thread gets to them, verbose lines then
/// prefixed with the record's target so that concurrent records stay readable. Errors name the record's target.
/// </summary>
public sealed class RecordScope
{
    private static readonly AsyncLocal<RecordScope?> CurrentScope = new AsyncLocal<RecordScope?>();

    private readonly SecLakeCmdlet _cmdlet;
    private readonly List<int> _openProgress = new List<int>(0);
    private OrderedWorkPump.Unit? _unit;

    internal RecordScope(SecLakeCmdlet cmdlet, object? target)
    {
        _cmdlet = cmdlet;
        Target = target;
    }

    /// <summary>The record whose work is running in this async flow (for the SDK's request traces), if any.</summary>
    internal static RecordScope? Current => CurrentScope.Value;

    /// <summary>The pipeline input this work is for; the target of every error it writes.</summary>
    public object? Target { get; }

    /// <summary>Runs the record's work as <paramref name="unit"/>; an async method, so the current scope never leaks to the caller.</summary>
    internal async Task Run(OrderedWorkPump.Unit unit, Func<RecordScope, CancellationToken, Task> work, CancellationToken token)
    {
        _unit = unit;
        CurrentScope.Value = this;
        await work(this, token).ConfigureAwait(false);
    }

    public void WriteObject(object? value, bool enumerateCollection = false) =>
        InOrder(() => _cmdlet.WriteObject(value, enumerateCollection));

    /// <summary>A failure of this record that does not end its work (one of several Regions, say).</summary>
    public void WriteFailure(Exception exception, string? hint = null, string? summary = null) =>
        InOrder(() => _cmdlet.WriteFailureNow(exception, Target, hint, summary));

    public void WriteVerbose(string text)
    {
        var line = _cmdlet.Concurrent ? $"[{Describe(Target)}] {text}" : text;
        _cmdlet.Post(() => _cmdlet.WriteVerbose(line));
    }

    public void WriteWarning(string text) => InOrder(() => _cmdlet.WriteWarning(text));

    /// <summary>Reports a wait's polls as a progress bar with <paramref name="activityId"/>, closed when no record still reports to it.</summary>
    public IProgress<WaitProgress> Progress(int activityId)
    {
        lock (_openProgress)
        {
            if (!_openProgress.Contains(activityId))
            {
                _openProgress.Add(activityId);
                _cmdlet.ProgressBars.Open(activityId);
            }
        }
        return new PipelineProgress(_cmdlet, activityId);
    }

    internal void CompleteProgress()
    {
        lock (_openProgress)
        {
            foreach (var id in _openProgress) _cmdlet.CloseProgress(id);
            _openProgress.Clear();
        }
    }

    private void InOrder(Action action)
    {
        // Work posted before Run (nothing does today) would have no place in the order: write it at the next pump.
        if (_unit == null) _cmdlet.Post(action);
        else _unit.Post(action);
    }

    /// <summary>A record's target as a verbose prefix: a name, or a list of names (data lake Regions).</summary>
    private static string Describe(object? target) => target switch
    {
        null => "",
        string text => text,
        IEnumerable items => string.Join(", ", items.Cast<object?>()),
        _ => target.ToString() ?? "",
    };

    private sealed class PipelineProgress : IProgress<WaitProgress>
    {
        private readonly SecLakeCmdlet _cmdlet;
        private readonly int _activityId;

        public PipelineProgress(SecLakeCmdlet cmdlet, int activityId)
        {
            _cmdlet = cmdlet;
            _activityId = activityId;
        }

        public void Report(WaitProgress value) => _cmdlet.Post(() =>
            // Elapsed of the timeout, not "remaining": a countdown to the timeout is not an estimate of when the
            // wait ends, and pwsh would present it as one.
            _cmdlet.WriteProgress(_cmdlet.ProgressBars.Report(_activityId, value.Activity,
                $"{value.Status} ({Clock(value.Elapsed)} of {Clock(value.Timeout)})", value.PercentComplete)));

        private static string Clock(TimeSpan t) =>
            t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{t.Minutes}:{t.Seconds:00}";
    }
}
