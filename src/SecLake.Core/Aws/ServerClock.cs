using System;
using System.Globalization;
using System.Threading;

namespace SecLake.Aws;

/// <summary>
/// The service's clock as seen from here, from the Date header of its answers: lookups after an unknown outcome compare
/// a resource's creation time (the service's clock) with when the request went out (this machine's), and the two need not
/// agree.
/// </summary>
internal sealed class ServerClock
{
    // Service time minus local time, in ticks. Each answer's Date (one-second resolution, stamped before the answer
    // travelled) gives a lower bound of the true offset; the highest bound seen is the closest (long.MinValue: none yet).
    private long _offsetTicks = long.MinValue;

    public TimeSpan Offset
    {
        get
        {
            var ticks = Interlocked.Read(ref _offsetTicks);
            return ticks == long.MinValue ? TimeSpan.Zero : TimeSpan.FromTicks(ticks);
        }
    }

    /// <summary>Learns (a lower bound of) the offset from an answer's Date header (RFC 1123), received at <paramref name="receivedUtc"/>.</summary>
    public void Observe(string? dateHeader, DateTimeOffset receivedUtc)
    {
        if (dateHeader == null) return;
        if (!DateTimeOffset.TryParseExact(dateHeader.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var serverTime)) return;
        var bound = (serverTime - receivedUtc).Ticks;
        while (true)
        {
            var known = Interlocked.Read(ref _offsetTicks);
            if (known != long.MinValue && known >= bound) return;
            if (Interlocked.CompareExchange(ref _offsetTicks, bound, known) == known) return;
        }
    }

    /// <summary>
    /// The earliest service time at which a request sent at local time <paramref name="sentUtc"/> can have been carried
    /// out: the local time moved to the service's clock, less one second for the Date header's resolution.
    /// </summary>
    public DateTimeOffset NotBefore(DateTimeOffset sentUtc) => sentUtc + Offset - TimeSpan.FromSeconds(1);
}
