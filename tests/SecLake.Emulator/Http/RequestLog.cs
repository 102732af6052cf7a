using System.Collections.Generic;

namespace SecLake.Emulator.Http;

/// <summary>Every service request in arrival order; readers get a snapshot.</summary>
internal sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = new();

    public void Add(RecordedRequest request)
    {
        lock (_gate) _requests.Add(request);
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate) return _requests.ToArray();
    }

    public void Clear()
    {
        lock (_gate) _requests.Clear();
    }
}
