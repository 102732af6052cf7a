using System;
using System.Threading;
using System.Threading.Tasks;

namespace SecLake.Aws;

/// <summary>
/// The pause every request of one client keeps after any of them is throttled, so that a batch sent with -ThrottleLimit
/// slows down as a whole (the job the AWS SDKs' adaptive retry mode does) instead of each record backing off alone while
/// the others keep the service busy. Held by the client (one per service and Region in one cmdlet invocation), like
/// <see cref="RetryAllowance"/>, so one command's throttling never slows another command or runspace.
/// </summary>
internal sealed class ThrottlePause
{
    private readonly object _gate = new object();
    // Read by every attempt without the lock (a reference read is atomic); replaced only under it, in Begin.
    private volatile Task _current = Task.CompletedTask;
    private DateTimeOffset _ends = DateTimeOffset.MinValue;

    /// <summary>The pause in force, completed when there is none.</summary>
    public Task Current => _current;

    /// <summary>
    /// Starts a pause of <paramref name="delay"/> (made by <paramref name="wait"/>) unless one in force ends later; returns
    /// the pause the throttled request waits out itself.
    /// </summary>
    public Task Begin(TimeSpan delay, Func<TimeSpan, CancellationToken, Task> wait)
    {
        var ends = DateTimeOffset.UtcNow + delay;
        lock (_gate)
        {
            if (_current.IsCompleted || ends > _ends)
            {
                // Not tied to one record's Ctrl+C: the pause belongs to every request of the client; waiters cancel alone.
                _current = wait(delay, CancellationToken.None);
                _ends = ends;
            }
            return _current;
        }
    }

    /// <summary>Waits for <paramref name="pause"/> to end, or throws as soon as <paramref name="cancellationToken"/> is cancelled.</summary>
    public static async Task WaitAsync(Task pause, CancellationToken cancellationToken)
    {
        if (pause.IsCompleted) return;
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(() => cancelled.TrySetResult(true)))
            await Task.WhenAny(pause, cancelled.Task).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
