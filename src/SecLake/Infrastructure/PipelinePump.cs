using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace SecLake.PowerShell;

/// <summary>
/// Runs the core's async calls for a cmdlet while keeping every Write-* on the pipeline thread, as PowerShell
/// requires: work posted from other threads (verbose lines, progress, output) is run here while the call is awaited.
/// Ctrl+C (<see cref="Stop"/>) cancels the call in flight and surfaces as PowerShell's own pipeline stop.
/// </summary>
internal sealed class PipelinePump : IDisposable
{
    private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
    private readonly BlockingCollection<Action> _pipelineThreadWork = new BlockingCollection<Action>();

    /// <summary>Cancelled when the user presses Ctrl+C or the pipeline is stopped.</summary>
    public CancellationToken StopToken => _stopping.Token;

    public void Stop() => _stopping.Cancel();

    /// <summary>Queues work that must run on the pipeline thread; it runs while <see cref="Run"/> waits, in order.</summary>
    public void Post(Action work)
    {
        if (!_pipelineThreadWork.IsAddingCompleted) _pipelineThreadWork.Add(work);
    }

    /// <summary>Runs <paramref name="operation"/> to the end on the pipeline thread, running posted work meanwhile.</summary>
    public void Run(Func<CancellationToken, Task> operation)
    {
        var task = operation(StopToken);
        // Wakes the loop below as soon as the task ends, instead of at the next poll.
        task.ContinueWith(_ => Post(() => { }), TaskScheduler.Default);
        while (!task.IsCompleted)
        {
            if (_pipelineThreadWork.TryTake(out var work, 250)) work();
        }
        while (_pipelineThreadWork.TryTake(out var remaining)) remaining();
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    public void Dispose()
    {
        _pipelineThreadWork.CompleteAdding();
        _pipelineThreadWork.Dispose();
        _stopping.Dispose();
    }
}
