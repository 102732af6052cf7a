using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace SecLake;

/// <summary>
/// Runs units of async work (one per pipeline record) with at most <see cref="Limit"/> of them started and not yet
/// finished, and runs what they hand back on ONE consumer thread (PowerShell's pipeline thread): each unit's ordered
/// actions (output, errors) in the order the units were started, each unit's immediate actions (verbose lines,
/// progress) as soon as the consumer pumps. The head unit (the oldest unfinished) streams its ordered actions as they
/// come; a later unit's are held until every earlier unit has finished. With a limit of 1 every unit is finished
/// before <see cref="Start"/> returns, so a limit of 1 behaves exactly like awaiting each unit in turn.
/// Every member except <see cref="Stop"/>, <see cref="Unit.Post"/>, <see cref="Post"/> and the work itself must be
/// called on the consumer thread. PowerShell-free so that its scheduling is tested without a runspace.
/// </summary>
public sealed class OrderedWorkPump
{
    private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
    private readonly ConcurrentQueue<Action> _immediate = new ConcurrentQueue<Action>();
    private readonly Queue<Unit> _units = new Queue<Unit>();
    private readonly ManualResetEventSlim _wake = new ManualResetEventSlim(false);
    private int _limit = 1;
    private volatile bool _closed;

    /// <summary>How many units may be started and not yet finished (written out) at once; at least 1.</summary>
    public int Limit
    {
        get => _limit;
        set => _limit = value < 1 ? throw new ArgumentOutOfRangeException(nameof(value), value, "The limit is at least 1.") : value;
    }

    /// <summary>Units started and not yet finished (in flight, or done and waiting for an earlier unit).</summary>
    public int Pending => _units.Count;

    /// <summary>Cancelled by <see cref="Stop"/> (Ctrl+C, the pipeline stopping, the command ending early).</summary>
    public CancellationToken StopToken => _stopping.Token;

    /// <summary>Cancels every unit in flight; nothing posted afterwards runs. Any thread.</summary>
    public void Stop()
    {
        _closed = true;
        try
        {
            _stopping.Cancel();
        }
        catch (AggregateException)
        {
            // A work's cancellation callback threw; the work itself reports it.
        }
        _wake.Set();
    }

    /// <summary>Queues an action for the consumer thread, run at its next pump whatever the order of units. Any thread.</summary>
    public void Post(Action action)
    {
        if (_closed) return;
        _immediate.Enqueue(action);
        _wake.Set();
    }

    /// <summary>
    /// Starts <paramref name="work"/> as the newest unit, then pumps until fewer than <see cref="Limit"/> units are
    /// pending. <paramref name="finish"/> runs on the consumer thread, in start order, once the unit's work has ended:
    /// with null, or with the work's exception (an <see cref="OperationCanceledException"/> after <see cref="Stop"/>
    /// is not given to it: it is thrown out of the pump instead).
    /// </summary>
    public Unit Start(Func<Unit, CancellationToken, Task> work, Action<Exception?>? finish = null)
    {
        var unit = new Unit(this, finish);
        _units.Enqueue(unit);
        Task task;
        try
        {
            task = work(unit, StopToken) ?? Task.CompletedTask;
        }
        catch (Exception e)
        {
            // A work that throws before its first await fails like one that throws after it.
            var failed = new TaskCompletionSource<bool>();
            failed.SetException(e);
            task = failed.Task;
        }
        unit.Task = task;
        if (task.IsCompleted) _wake.Set();
        else task.ContinueWith((_, state) => ((ManualResetEventSlim)state!).Set(), _wake, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        PumpUntil(() => _units.Count < _limit);
        return unit;
    }

    /// <summary>
    /// Runs <paramref name="action"/> in its place in the order: now when no unit is pending, else after every pending
    /// unit has finished (for what the consumer thread writes itself, such as a refusal of a later record).
    /// </summary>
    public void InOrder(Action action)
    {
        if (_units.Count == 0)
        {
            action();
            return;
        }
        var unit = new Unit(this, null) { Task = Task.CompletedTask };
        unit.Post(action);
        _units.Enqueue(unit);
    }

    /// <summary>Pumps until every pending unit has finished (end of input).</summary>
    public void Drain() => PumpUntil(() => _units.Count == 0);

    /// <summary>Runs what is ready now (immediate actions, the head units' output) without waiting.</summary>
    public void RunReady() => Flush();

    private void PumpUntil(Func<bool> done)
    {
        while (true)
        {
            _wake.Reset();
            Flush();
            if (done()) return;
            _wake.Wait();
        }
    }

    private void Flush()
    {
        while (true)
        {
            while (_immediate.TryDequeue(out var action)) action();
            if (_units.Count == 0) return;
            var head = _units.Peek();
            // Read before draining: every Post of a work happens before its task completes.
            var ended = head.Task!.IsCompleted;
            while (head.TryTake(out var action)) action();
            if (!ended) return;
            // Its verbose lines and progress came before it ended: they are written before what ends it.
            while (_immediate.TryDequeue(out var action)) action();
            _units.Dequeue();
            Exception? failure = null;
            try
            {
                // GetResult gives the work's own exception, also the OperationCanceledException of a canceled task
                // (an HTTP timeout must reach the record's error with its own message).
                head.Task.GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                failure = e;
            }
            if (failure is OperationCanceledException && _stopping.IsCancellationRequested)
            {
                // Stopped: the other units were cancelled too, and nothing more is written.
                _closed = true;
                _units.Clear();
                ExceptionDispatchInfo.Capture(failure).Throw();
            }
            head.Finish?.Invoke(failure);
        }
    }

    /// <summary>One unit of work: what it writes in order goes through <see cref="Post"/>.</summary>
    public sealed class Unit
    {
        private readonly OrderedWorkPump _pump;

        internal Unit(OrderedWorkPump pump, Action<Exception?>? finish)
        {
            _pump = pump;
            Finish = finish;
        }

        // Most units write once or twice: a small queue made on first use, under the unit's own lock, costs less per
        // record than a ConcurrentQueue's segment.
        private Queue<Action>? _actions;

        internal Action<Exception?>? Finish { get; }
        internal Task? Task { get; set; }

        /// <summary>Queues an action for the consumer thread in this unit's place in the order. Any thread.</summary>
        public void Post(Action action)
        {
            if (_pump._closed) return;
            lock (this) (_actions ??= new Queue<Action>(2)).Enqueue(action);
            _pump._wake.Set();
        }

        internal bool TryTake(out Action action)
        {
            lock (this)
            {
                if (_actions == null || _actions.Count == 0)
                {
                    action = null!;
                    return false;
                }
                action = _actions.Dequeue();
                return true;
            }
        }
    }
}
