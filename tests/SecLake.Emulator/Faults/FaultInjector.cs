namespace SecLake.Emulator;

/// <summary>
/// Pending faults for the next calls of an operation. Thread-safe. Each call is offered to the pending faults in
/// the order they were added; the first that matches the call's service and operation and fires is applied. A
/// fault fires for the matching calls after its first <c>skip</c> ones, either for the next <c>count</c> of them, or
/// (<see cref="AddRandom"/>) for each with probability <c>rate</c>, drawn from its own generator seeded with
/// <c>seed</c>, so a run of calls meets the same faults every time.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<PendingFault> _pending = new();

    /// <summary>
    /// Matching calls of (service, operation) after the first <paramref name="skip"/> get <paramref name="fault"/>,
    /// <paramref name="count"/> of them; "*" matches any service or operation.
    /// </summary>
    public void Add(string service, string operation, Fault fault, int count = 1, int skip = 0)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "A fault applies to at least one call.");
        AddPending(service, operation, fault, count, skip, rate: null, seed: 0);
    }

    /// <summary>
    /// Each matching call (after the first <paramref name="skip"/>) gets <paramref name="fault"/> with probability
    /// <paramref name="rate"/> (0 &lt; rate ≤ 1), reproducibly for a given <paramref name="seed"/>; at most
    /// <paramref name="count"/> times (null: no limit, until cleared).
    /// </summary>
    public void AddRandom(string service, string operation, Fault fault, double rate, int seed, int? count = null, int skip = 0)
    {
        if (!(rate > 0 && rate <= 1)) throw new ArgumentOutOfRangeException(nameof(rate), rate, "A rate is a probability above 0 and at most 1.");
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "A fault applies to at least one call.");
        AddPending(service, operation, fault, count, skip, rate, seed);
    }

    public void Clear()
    {
        lock (_gate) _pending.Clear();
    }

    /// <summary>The fault this call gets, if any (consuming one use of it).</summary>
    internal Fault? Take(string service, string operation)
    {
        lock (_gate)
        {
            for (var i = 0; i < _pending.Count; i++)
            {
                var pending = _pending[i];
                if (!pending.Matches(service, operation) || !pending.Fires()) continue;
                if (pending.Remaining is { } remaining)
                {
                    pending.Remaining = remaining - 1;
                    if (pending.Remaining == 0) _pending.RemoveAt(i);
                }
                return pending.Fault;
            }
            return null;
        }
    }

    private void AddPending(string service, string operation, Fault fault, int? count, int skip, double? rate, int seed)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        if (fault.StallFor < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(fault), fault.StallFor, "A stall lasts zero or more time.");
        lock (_gate) _pending.Add(new PendingFault(service, operation, fault, count, skip, rate, seed));
    }

    private sealed class PendingFault(string service, string operation, Fault fault, int? count, int skip, double? rate, int seed)
    {
        private readonly Random? _random = rate is null ? null : new Random(seed);
        private int _toSkip = skip;

        public Fault Fault { get; } = fault;

        /// <summary>Uses left; null for a rate without a count.</summary>
        public int? Remaining { get; set; } = count;

        public bool Matches(string callService, string callOperation) =>
            (service == "*" || string.Equals(service, callService, StringComparison.OrdinalIgnoreCase)) &&
            (operation == "*" || string.Equals(operation, callOperation, StringComparison.OrdinalIgnoreCase));

        /// <summary>Called once per matching call offered to this fault: counts it against skip, then draws (with a rate).</summary>
        public bool Fires()
        {
            if (_toSkip > 0)
            {
                _toSkip--;
                return false;
            }
            return _random is null || _random.NextDouble() < rate;
        }
    }
}
