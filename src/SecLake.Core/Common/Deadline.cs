using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SecLake;

/// <summary>
/// The time one piece of work (one pipeline record) may take, waits included. <see cref="RunAsync"/> runs the work with
/// it as <see cref="Current"/>, so every request and wait inside sees how much is left without each method passing it on:
/// the retry loop cuts an attempt at the end and says which endpoint did not answer, and waiters make their last poll in
/// time. Work still running at the end is cancelled and reported as <see cref="OperationTimeoutException"/>.
/// </summary>
public sealed class Deadline
{
    private static readonly AsyncLocal<Deadline?> CurrentDeadline = new AsyncLocal<Deadline?>();
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    private Deadline(TimeSpan limit) => Limit = limit;

    /// <summary>The deadline of the work this code runs in (flows with async calls); null outside <see cref="RunAsync"/>.</summary>
    public static Deadline? Current => CurrentDeadline.Value;

    /// <summary>The whole time given, e.g. the record's -TimeoutSec.</summary>
    public TimeSpan Limit { get; }

    public TimeSpan Elapsed => _watch.Elapsed;

    public TimeSpan Remaining
    {
        get
        {
            var left = Limit - _watch.Elapsed;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    public bool IsExpired => _watch.Elapsed >= Limit;

    /// <summary>
    /// Runs <paramref name="work"/> with a deadline of <paramref name="limit"/> from now: its token is cancelled at the end
    /// (and by <paramref name="cancellationToken"/>). Cancellation by the deadline comes out as <see cref="OperationTimeoutException"/>;
    /// by <paramref name="cancellationToken"/> (Ctrl+C) as the <see cref="OperationCanceledException"/> it is.
    /// </summary>
    public static Task RunAsync(TimeSpan limit, CancellationToken cancellationToken, Func<CancellationToken, Task> work) =>
        RunAsync(limit, cancellationToken, async token =>
        {
            await work(token).ConfigureAwait(false);
            return true;
        });

    /// <summary><see cref="RunAsync(TimeSpan, CancellationToken, Func{CancellationToken, Task})"/> for work with a result.</summary>
    public static async Task<T> RunAsync<T>(TimeSpan limit, CancellationToken cancellationToken, Func<CancellationToken, Task<T>> work)
    {
        var deadline = new Deadline(limit);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(limit);
        // Set inside this async method: the value flows into the work and is gone again for the caller.
        CurrentDeadline.Value = deadline;
        try
        {
            return await work(timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && deadline.IsExpired)
        {
            throw new OperationTimeoutException(
                $"The work did not finish within the -TimeoutSec of {Seconds(limit)} s and was stopped.",
                limit, null, outcomeUnknown: false, "Run it again with a larger -TimeoutSec.");
        }
    }

    internal static string Seconds(TimeSpan time) =>
        time.TotalSeconds.ToString(time.TotalSeconds < 10 ? "0.0" : "0", System.Globalization.CultureInfo.InvariantCulture);
}
