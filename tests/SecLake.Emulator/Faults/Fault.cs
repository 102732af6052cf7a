namespace SecLake.Emulator;

/// <summary>
/// What an injected fault does to a call. <see cref="FaultKind.Error"/> (the default): wait <see cref="Latency"/>,
/// then (unless <see cref="StatusCode"/> is 0) answer with an error in the service's wire form instead of running the
/// operation. The other kinds are transport faults: the connection is cut before or after the operation ran, held,
/// or cut in the middle of the answer (see <see cref="FaultKind"/>). <see cref="Latency"/> applies to every kind.
/// </summary>
public sealed record Fault
{
    public FaultKind Kind { get; init; } = FaultKind.Error;

    /// <summary>HTTP status of the error; 0 means no error (latency only). Only for <see cref="FaultKind.Error"/>.</summary>
    public int StatusCode { get; init; }

    /// <summary>The x-amzn-ErrorType code; null picks the service's usual code for the status (e.g. 429 ThrottlingException).</summary>
    public string? ErrorCode { get; init; }

    public string? Message { get; init; }

    /// <summary>Sent as the Retry-After header (the model's ThrottlingException.retryAfterSeconds).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Delay added before the call is answered (or, for transport faults, before the fault acts).</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>
    /// For <see cref="FaultKind.Stall"/> and <see cref="FaultKind.StallAfter"/>: how long the request is held before the
    /// connection is closed without an answer; null holds it until the client gives up (or the emulator stops).
    /// </summary>
    public TimeSpan? StallFor { get; init; }

    /// <summary>Whether the operation runs (and changes state) before the fault acts on the connection.</summary>
    public bool RunsOperation => Kind is FaultKind.ResetAfter or FaultKind.StallAfter or FaultKind.HalfBody;

    public static Fault Throttling(int? retryAfterSeconds = null) =>
        new() { StatusCode = 429, RetryAfterSeconds = retryAfterSeconds };

    public static Fault InternalError() => new() { StatusCode = 500 };

    public static Fault Delay(TimeSpan latency) => new() { Latency = latency };

    /// <summary>The operation runs, then the connection is aborted without an answer.</summary>
    public static Fault ResetAfter() => new() { Kind = FaultKind.ResetAfter };

    /// <summary>The connection is aborted without running the operation.</summary>
    public static Fault CloseBefore() => new() { Kind = FaultKind.CloseBefore };

    /// <summary>No answer for <paramref name="holdFor"/> (null: until the client gives up), then the connection is closed; the operation runs first when <paramref name="afterRunning"/>.</summary>
    public static Fault Stall(TimeSpan? holdFor = null, bool afterRunning = false) =>
        new() { Kind = afterRunning ? FaultKind.StallAfter : FaultKind.Stall, StallFor = holdFor };

    /// <summary>The operation runs; its status, headers and half its body are sent, then the connection is aborted.</summary>
    public static Fault HalfBody() => new() { Kind = FaultKind.HalfBody };
}

/// <summary>What a fault does. On the control endpoint: error, reset-after, close-before, stall, stall-after, half-body.</summary>
public enum FaultKind
{
    /// <summary>An error answer in the service's wire form (or only latency, with status 0). The operation does not run.</summary>
    Error,

    /// <summary>The operation runs and changes state; then the connection is aborted without a response.</summary>
    ResetAfter,

    /// <summary>The connection is aborted without running the operation.</summary>
    CloseBefore,

    /// <summary>The request is held without running the operation, then the connection is closed without an answer.</summary>
    Stall,

    /// <summary>The operation runs; then the request is held and the connection closed without an answer.</summary>
    StallAfter,

    /// <summary>The operation runs; status, headers and a truncated body are sent, then the connection is aborted.</summary>
    HalfBody,
}

/// <summary>The wire names of <see cref="FaultKind"/> (the control endpoint's "kind").</summary>
public static class FaultKinds
{
    public static string Name(FaultKind kind) => kind switch
    {
        FaultKind.Error => "error",
        FaultKind.ResetAfter => "reset-after",
        FaultKind.CloseBefore => "close-before",
        FaultKind.Stall => "stall",
        FaultKind.StallAfter => "stall-after",
        FaultKind.HalfBody => "half-body",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? name, out FaultKind kind)
    {
        foreach (var candidate in Enum.GetValues<FaultKind>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = FaultKind.Error;
        return false;
    }
}
