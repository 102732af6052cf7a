using System;
using System.Management.Automation;

namespace SecLake.PowerShell;

/// <summary>The one way a failure becomes an ErrorRecord: id, category, target and message from <see cref="ServiceErrorMapper"/>.</summary>
internal static class ErrorRecords
{
    /// <summary>
    /// True for a failure that belongs to one pipeline record; false for PowerShell's own ways of stopping the
    /// pipeline (Ctrl+C, -ErrorAction Stop, a terminating error already raised), which must pass through untouched.
    /// </summary>
    public static bool IsRecordFailure(Exception e) =>
        !(e is PipelineStoppedException || e is ActionPreferenceStopException || e is PipelineClosedException);

    /// <summary>True for setup failures (no credentials, no region) that no later pipeline record can get past.</summary>
    public static bool TerminatesCommand(Exception e) => ServiceErrorMapper.Describe(e).TerminatesCommand;

    /// <param name="exception">What went wrong.</param>
    /// <param name="target">The pipeline input the failure belongs to.</param>
    /// <param name="hint">What the user can do about it, in cmdlet terms; it leads the message.</param>
    /// <param name="summary">Our sentence in place of a service error's (see <see cref="ServiceErrorMapper.Describe"/>).</param>
    public static ErrorRecord Create(Exception exception, object? target, string? hint = null, string? summary = null)
    {
        var description = ServiceErrorMapper.Describe(exception, hint, summary);
        var category = (ErrorCategory)Enum.Parse(typeof(ErrorCategory), description.Kind.ToString());
        return new ErrorRecord(exception, description.ErrorId, category, target)
        {
            ErrorDetails = new ErrorDetails(description.Message) { RecommendedAction = description.RecommendedAction },
        };
    }
}
