using System;

namespace SecLake
{
    /// <summary>A poll's outcome during a wait, for Write-Progress.</summary>
    public sealed class WaitProgress
    {
        public WaitProgress(string activity, string status, TimeSpan elapsed, TimeSpan timeout)
        {
            Activity = activity;
            Status = status;
            Elapsed = elapsed;
            Timeout = timeout;
        }

        public string Activity { get; }
        public string Status { get; }
        public TimeSpan Elapsed { get; }
        public TimeSpan Timeout { get; }

        /// <summary>Share of the timeout used so far, 0..100.</summary>
        public int PercentComplete => Timeout <= TimeSpan.Zero ? 0 : (int)Math.Min(99, 100 * Elapsed.TotalMilliseconds / Timeout.TotalMilliseconds);
    }

    /// <summary>A wait ran out of time before reaching its target state.</summary>
    public sealed class WaitTimeoutException : TimeoutException
    {
        public WaitTimeoutException(string message, string? lastState) : base(message) => LastState = lastState;

        public string? LastState { get; }
    }
}
