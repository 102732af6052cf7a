using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SecLake;

/// <summary>A poll's outcome during a wait, for Write-Progress.</summary>
public sealed class WaitProgress
{
    public WaitProgress(string activity, string status, TimeSpan elapsed, TimeSpan timeout)
    {
        Activity = activity;
        Status = status;
        Elapsed = elapsed;
        Timeout = timeout;
    }

    public string Activity { get; }
    public string Status { get; }
    public TimeSpan Elapsed { get; }
    public TimeSpan Timeout { get; }

    /// <summary>Share of the timeout used so far, 0..100.</summary>
    public int PercentComplete => Timeout <= TimeSpan.Zero ? 0 : (int)Math.Min(99, 100 * Elapsed.TotalMilliseconds / Timeout.TotalMilliseconds);
}

/// <summary>What one poll of a waiter found: done (with the result), or still pending in some state.</summary>
public readonly struct PollResult<T>
{
    private PollResult(bool isDone, T value, string? status, string? state)
    {
        IsDone = isDone;
        Value = value;
        Status = status;
        State = state;
    }

    public bool IsDone { get; }
    public T Value { get; }

    /// <summary>The progress line for this poll, e.g. "State CREATING"; null for a final poll not worth a progress frame.</summary>
    public string? Status { get; }

    /// <summary>The state a pending resource was last seen in (named by a timeout).</summary>
    public string? State { get; }

    public static PollResult<T> Done(T value, string? status = null) => new PollResult<T>(true, value, status, null);

    public static PollResult<T> Pending(string status, string? state) => new PollResult<T>(false, default!, status, state);
}

/// <summary>Where a waiter sleeps and how it measures time; tests substitute an instant one.</summary>
public sealed class PollingClock
{
    public static readonly PollingClock Real = new PollingClock(Task.Delay, () =>
    {
        var watch = Stopwatch.StartNew();
        return () => watch.Elapsed;
    });

    public PollingClock(Func<TimeSpan, CancellationToken, Task> delay, Func<Func<TimeSpan>> start)
    {
        Delay = delay;
        Start = start;
    }

    public Func<TimeSpan, CancellationToken, Task> Delay { get; }

    /// <summary>Starts a stopwatch; the function returned reads the time elapsed since.</summary>
    public Func<Func<TimeSpan>> Start { get; }
}

/// <summary>The one polling loop every waiter runs.</summary>
public static class Polling
{
    /// <summary>Time kept for the last poll's answer before a record's deadline (at most a tenth of what is left).</summary>
    public static readonly TimeSpan FinalPollTime = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Polls until <paramref name="poll"/> reports done, reporting each poll that has a status as progress. Sleeps
    /// <paramref name="interval"/> between polls, never past <paramref name="timeout"/>, and polls once more at the
    /// timeout; then throws <see cref="WaitTimeoutException"/> with <paramref name="timeoutMessage"/> of the last state.
    /// Inside a <see cref="Deadline"/> (a record's -TimeoutSec) the wait ends that much earlier that its last poll has
    /// time to be answered before the deadline (<see cref="FinalPollTime"/>); a poll that hangs is cut at the deadline.
    /// </summary>
    public static async Task<T> UntilAsync<T>(
        Func<CancellationToken, Task<PollResult<T>>> poll,
        string activity,
        TimeSpan interval,
        TimeSpan timeout,
        Func<string?, string> timeoutMessage,
        IProgress<WaitProgress>? progress,
        PollingClock clock,
        CancellationToken cancellationToken)
    {
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), "The poll interval must be positive.");
        if (Deadline.Current is { } deadline)
        {
            var left = deadline.Remaining;
            var lastPollTime = TimeSpan.FromTicks(Math.Min(FinalPollTime.Ticks, left.Ticks / 10));
            if (left - lastPollTime < timeout) timeout = left - lastPollTime;
        }
        var elapsedSinceStart = clock.Start();
        var lastPoll = false;
        while (true)
        {
            var result = await poll(cancellationToken).ConfigureAwait(false);
            var elapsed = elapsedSinceStart();
            if (result.Status != null) progress?.Report(new WaitProgress(activity, result.Status, elapsed, timeout));
            if (result.IsDone) return result.Value;
            if (lastPoll || elapsed >= timeout) throw new WaitTimeoutException(timeoutMessage(result.State), result.State);
            // The sleep that reaches the timeout is the last: exactly one more poll, however short the rest.
            var remaining = timeout - elapsed;
            lastPoll = remaining <= interval;
            await clock.Delay(lastPoll ? remaining : interval, cancellationToken).ConfigureAwait(false);
        }
    }
}
