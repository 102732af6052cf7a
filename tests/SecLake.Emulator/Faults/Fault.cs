using System;

namespace SecLake.Emulator;

/// <summary>
/// What an injected fault does to a call: wait <see cref="Latency"/>, then (unless <see cref="StatusCode"/> is 0)
/// answer with an error in the service's wire form instead of running the operation.
/// </summary>
public sealed record Fault
{
    /// <summary>HTTP status of the error; 0 means no error (latency only).</summary>
    public int StatusCode { get; init; }

    /// <summary>The x-amzn-ErrorType code; null picks the service's usual code for the status (e.g. 429 ThrottlingException).</summary>
    public string? ErrorCode { get; init; }

    public string? Message { get; init; }

    /// <summary>Sent as the Retry-After header (the model's ThrottlingException.retryAfterSeconds).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Delay added before the call is answered.</summary>
    public TimeSpan Latency { get; init; }

    public static Fault Throttling(int? retryAfterSeconds = null) =>
        new() { StatusCode = 429, RetryAfterSeconds = retryAfterSeconds };

    public static Fault InternalError() => new() { StatusCode = 500 };

    public static Fault Delay(TimeSpan latency) => new() { Latency = latency };
}
