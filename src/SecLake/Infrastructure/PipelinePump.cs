using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace SecLake.PowerShell;

/// <summary>
/// Runs the core's async calls for a cmdlet while keeping every Write-* on the pipeline thread, as PowerShell
/// requires: up to <see cref="Limit"/> records' work in flight (-ThrottleLimit), what each writes handed to the
/// pipeline thread in input order (<see cref="OrderedWorkPump"/>, which holds the scheduling and is tested on its
/// own). Ctrl+C (<see cref="Stop"/>) cancels every call in flight and surfaces as PowerShell's own pipeline stop.
/// </summary>
internal sealed class PipelinePump : IDisposable
{
    private readonly OrderedWorkPump _work = new OrderedWorkPump();

    /// <summary>Cancelled when the user presses Ctrl+C, the pipeline is stopped, or the command ends early.</summary>
    public CancellationToken StopToken => _work.StopToken;

    /// <summary>Records whose work may be in flight at once (-ThrottleLimit).</summary>
    public int Limit
    {
        get => _work.Limit;
        set => _work.Limit = value;
    }

    /// <summary>True while records run concurrently, so that their verbose lines say which record they are about.</summary>
    public bool Concurrent => _work.Limit > 1;

    public void Stop() => _work.Stop();

    /// <summary>Queues work that must run on the pipeline thread (verbose lines, progress) at the next pump, any order.</summary>
    public void Post(Action work) => _work.Post(work);

    /// <summary>
    /// Starts one record's work and returns once fewer than <see cref="Limit"/> records are pending (with a limit of 1:
    /// once it has ended and everything it wrote is written). <paramref name="finish"/> runs on the pipeline thread in
    /// input order with the work's failure, or null.
    /// </summary>
    public OrderedWorkPump.Unit Start(Func<OrderedWorkPump.Unit, CancellationToken, Task> work, Action<Exception?> finish) =>
        Stopping(() => _work.Start(work, finish));

    /// <summary>Runs <paramref name="action"/> (something the pipeline thread writes itself) after the pending records' output.</summary>
    public void InOrder(Action action) => _work.InOrder(action);

    /// <summary>Waits for every pending record, writing what they write (end of input, or before a terminating error).</summary>
    public void Drain() => Stopping(() =>
    {
        _work.Drain();
        return true;
    });

    private T Stopping<T>(Func<T> pump)
    {
        try
        {
            return pump();
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>Cancels whatever is still in flight: the command ended (an error with -ErrorAction Stop, a downstream Select-Object -First).</summary>
    public void Dispose() => _work.Stop();
}
