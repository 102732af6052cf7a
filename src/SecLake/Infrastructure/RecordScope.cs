using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace SecLake.PowerShell;

/// <summary>
/// What one pipeline record's service work writes: output, further errors, verbose lines and progress, all handed
/// to the pipeline thread in the order written. Errors name the record's target.
/// </summary>
public sealed class RecordScope
{
    private readonly SecLakeCmdlet _cmdlet;
    private readonly HashSet<int> _openProgress = new HashSet<int>();

    internal RecordScope(SecLakeCmdlet cmdlet, object? target)
    {
        _cmdlet = cmdlet;
        Target = target;
    }

    /// <summary>The pipeline input this work is for; the target of every error it writes.</summary>
    public object? Target { get; }

    public void WriteObject(object? value, bool enumerateCollection = false) =>
        _cmdlet.Post(() => _cmdlet.WriteObject(value, enumerateCollection));

    /// <summary>A failure of this record that does not end its work (one of several Regions, say).</summary>
    public void WriteFailure(Exception exception, string? hint = null, string? summary = null) =>
        _cmdlet.Post(() => _cmdlet.WriteFailure(exception, Target, hint, summary));

    public void WriteVerbose(string text) => _cmdlet.Post(() => _cmdlet.WriteVerbose(text));

    public void WriteWarning(string text) => _cmdlet.Post(() => _cmdlet.WriteWarning(text));

    /// <summary>Reports a wait's polls as a progress bar with <paramref name="activityId"/>, closed when the record's work ends.</summary>
    public IProgress<WaitProgress> Progress(int activityId)
    {
        _openProgress.Add(activityId);
        return new PipelineProgress(_cmdlet, activityId);
    }

    internal void CompleteProgress()
    {
        foreach (var id in _openProgress)
            _cmdlet.WriteProgress(new ProgressRecord(id, "Waiting", "Done") { RecordType = ProgressRecordType.Completed });
        _openProgress.Clear();
    }

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
            _cmdlet.WriteProgress(new ProgressRecord(_activityId, value.Activity, $"{value.Status} ({Clock(value.Elapsed)} of {Clock(value.Timeout)})")
            {
                PercentComplete = value.PercentComplete,
            }));

        private static string Clock(TimeSpan t) =>
            t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{t.Minutes}:{t.Seconds:00}";
    }
}
