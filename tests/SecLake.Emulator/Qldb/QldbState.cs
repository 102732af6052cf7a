using SecLake.Emulator.State;

namespace SecLake.Emulator.Qldb;

/// <summary>
/// The ledgers of one account and region: a dictionary by name (lookups O(1)), a sorted index of names (a page
/// starts at its cursor in O(log n) instead of sorting or scanning every ledger), and a queue of deleted ledgers by
/// the time they are gone (each request drops only those whose time has come).
/// </summary>
internal sealed class LedgerSet
{
    /// <summary>Above every valid ledger name ([A-Za-z0-9-]) in ordinal order: the upper end of a page's view.</summary>
    private const string AfterEveryName = "\uffff";

    private readonly Dictionary<string, Ledger> _byName = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _names = new(StringComparer.Ordinal);
    private readonly PriorityQueue<Ledger, DateTimeOffset> _deleting = new();

    /// <summary>Ledgers that exist, DELETING ones included (they count against the quota until they are gone).</summary>
    public int Count => _byName.Count;

    public bool ContainsKey(string name) => _byName.ContainsKey(name);

    public bool TryGetValue(string name, out Ledger ledger) => _byName.TryGetValue(name, out ledger!);

    public void Add(Ledger ledger)
    {
        _byName.Add(ledger.Name, ledger);
        _names.Add(ledger.Name);
    }

    /// <summary>DeleteLedger: DELETING until <paramref name="goneAt"/>, then gone.</summary>
    public void MarkDeleting(Ledger ledger, DateTimeOffset goneAt)
    {
        ledger.GoneAt = goneAt;
        _deleting.Enqueue(ledger, goneAt);
    }

    /// <summary>Up to <paramref name="count"/> ledgers in name order whose names sort after <paramref name="after"/> (null: from the start).</summary>
    public List<Ledger> Page(string? after, int count)
    {
        var page = new List<Ledger>(Math.Min(count, _byName.Count));
        if (count <= 0) return page;
        IEnumerable<string> names = _names;
        if (after is not null)
        {
            if (string.CompareOrdinal(after, AfterEveryName) >= 0) return page;
            names = _names.GetViewBetween(after, AfterEveryName);
        }
        foreach (var name in names)
        {
            if (after is not null && string.CompareOrdinal(name, after) <= 0) continue;
            page.Add(_byName[name]);
            if (page.Count == count) break;
        }
        return page;
    }

    /// <summary>Whether any ledger's name sorts after <paramref name="name"/>.</summary>
    public bool AnyAfter(string name) => _names.Max is { } max && string.CompareOrdinal(max, name) > 0;

    /// <summary>Forgets the ledgers whose deletion has completed by <paramref name="now"/>.</summary>
    public void DropGone(DateTimeOffset now)
    {
        while (_deleting.TryPeek(out var ledger, out var goneAt) && goneAt <= now)
        {
            _deleting.Dequeue();
            if (_byName.TryGetValue(ledger.Name, out var current) && ReferenceEquals(current, ledger))
            {
                _byName.Remove(ledger.Name);
                _names.Remove(ledger.Name);
            }
        }
    }
}

/// <summary>All ledgers, per account and region, behind one lock.</summary>
internal sealed class QldbState
{
    private readonly object _gate = new();
    private readonly Dictionary<Scope, LedgerSet> _ledgers = new();

    /// <summary>Runs <paramref name="action"/> under the lock on the scope's ledgers, after dropping deleted ones.</summary>
    public T Use<T>(Scope scope, DateTimeOffset now, Func<LedgerSet, T> action)
    {
        lock (_gate)
        {
            if (!_ledgers.TryGetValue(scope, out var ledgers)) _ledgers[scope] = ledgers = new LedgerSet();
            ledgers.DropGone(now);
            return action(ledgers);
        }
    }

    public void Clear()
    {
        lock (_gate) _ledgers.Clear();
    }
}
