using System;

namespace SecLake;

/// <summary>A wait ran out of time before reaching its target state.</summary>
public sealed class WaitTimeoutException : TimeoutException
{
    public WaitTimeoutException(string message, string? lastState) : base(message) => LastState = lastState;

    /// <summary>The state the resource was last seen in.</summary>
    public string? LastState { get; }
}
