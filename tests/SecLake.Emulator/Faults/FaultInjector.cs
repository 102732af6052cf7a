using System;
using System.Collections.Generic;

namespace SecLake.Emulator;

/// <summary>Queues faults for the next calls of an operation. Thread-safe; faults are consumed in the order added.</summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<PendingFault> _pending = new();

    /// <summary>The next <paramref name="count"/> calls of (service, operation) get <paramref name="fault"/>; "*" matches any.</summary>
    public void Add(string service, string operation, Fault fault, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(fault);
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "A fault applies to at least one call.");
        lock (_gate) _pending.Add(new PendingFault(service, operation, fault, count));
    }

    public void Clear()
    {
        lock (_gate) _pending.Clear();
    }

    /// <summary>Consumes one use of the first fault matching the call, if any.</summary>
    internal Fault? Take(string service, string operation)
    {
        lock (_gate)
        {
            for (var i = 0; i < _pending.Count; i++)
            {
                var pending = _pending[i];
                if (!pending.Matches(service, operation)) continue;
                pending.Remaining--;
                if (pending.Remaining == 0) _pending.RemoveAt(i);
                return pending.Fault;
            }
            return null;
        }
    }

    private sealed class PendingFault(string service, string operation, Fault fault, int count)
    {
        public Fault Fault { get; } = fault;
        public int Remaining { get; set; } = count;

        public bool Matches(string callService, string callOperation) =>
            (service == "*" || string.Equals(service, callService, StringComparison.OrdinalIgnoreCase)) &&
            (operation == "*" || string.Equals(operation, callOperation, StringComparison.OrdinalIgnoreCase));
    }
}
