namespace SecLake.Emulator.Http;

/// <summary>
/// The last <c>capacity</c> service requests in arrival order (a ring buffer: older ones are dropped, so a long
/// benchmark does not grow the emulator's memory); capacity 0 records nothing. Readers get a snapshot.
/// </summary>
internal sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly RecordedRequest?[] _ring;
    private int _next;
    private int _count;

    public RequestLog(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _ring = new RecordedRequest?[capacity];
    }

    public int Capacity => _ring.Length;

    /// <summary>Requests dropped because the log was full (or off) since the last <see cref="Clear"/>.</summary>
    public long Dropped { get; private set; }

    public void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            if (_ring.Length == 0)
            {
                Dropped++;
                return;
            }
            if (_count == _ring.Length) Dropped++;
            else _count++;
            _ring[_next] = request;
            _next = (_next + 1) % _ring.Length;
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            var result = new RecordedRequest[_count];
            var start = (_next - _count + _ring.Length) % Math.Max(_ring.Length, 1);
            for (var i = 0; i < _count; i++) result[i] = _ring[(start + i) % _ring.Length]!;
            return result;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Array.Clear(_ring);
            _next = 0;
            _count = 0;
            Dropped = 0;
        }
    }
}
