using System;
using System.Collections.Generic;
using System.Linq;
using SecLake.Emulator.State;

namespace SecLake.Emulator.Qldb;

/// <summary>All ledgers, per account and region, behind one lock.</summary>
internal sealed class QldbState
{
    private readonly object _gate = new();
    private readonly Dictionary<Scope, SortedDictionary<string, Ledger>> _ledgers = new();

    /// <summary>Runs <paramref name="action"/> under the lock on the scope's ledgers, after dropping deleted ones.</summary>
    public T Use<T>(Scope scope, DateTimeOffset now, Func<SortedDictionary<string, Ledger>, T> action)
    {
        lock (_gate)
        {
            if (!_ledgers.TryGetValue(scope, out var ledgers))
                _ledgers[scope] = ledgers = new SortedDictionary<string, Ledger>(StringComparer.Ordinal);
            foreach (var gone in ledgers.Values.Where(l => l.IsGoneAt(now)).ToList())
                ledgers.Remove(gone.Name);
            return action(ledgers);
        }
    }

    public void Clear()
    {
        lock (_gate) _ledgers.Clear();
    }
}
