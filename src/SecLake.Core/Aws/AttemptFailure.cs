using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Amazon.Runtime;

namespace SecLake.Aws;

/// <summary>What one failed attempt tells about the request: nothing was done, it may have been done, or the service said no.</summary>
internal enum AttemptVerdict
{
    /// <summary>The service answered with an error that sending again will not change: report it.</summary>
    Final,

    /// <summary>Nothing was done (throttled, 503, no connection made): sending again is safe for every operation.</summary>
    NotDone,

    /// <summary>It may have been done: the connection broke after the request went out, the answer was cut off, none came in time, or a 500/502/504.</summary>
    Unknown,
}

/// <summary>How an attempt failed without an answer, as SecLake names it (never a .NET type name).</summary>
internal enum TransportFailure
{
    /// <summary>No connection was made (refused, host not found, unreachable): the request never left.</summary>
    NotConnected,

    /// <summary>The connection broke or closed before an answer came.</summary>
    Broken,

    /// <summary>An answer began but could not be read (cut off, or not the JSON the model promises).</summary>
    Unreadable,

    /// <summary>No answer within the attempt's time.</summary>
    TimedOut,
}

/// <summary>One failed attempt, classified for the retry loop: its verdict, how to wait, and what to tell the user.</summary>
internal sealed class AttemptFailure
{
    /// <summary>The SDK's throttling codes (RetryPolicy.ThrottlingErrorCodes), plus the code SecLake gives a bare 429.</summary>
    private static readonly HashSet<string> ThrottlingCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded", "BandwidthLimitExceeded",
        "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
    };

    private static readonly HashSet<string> TimeoutCodes = new HashSet<string>(StringComparer.Ordinal) { "RequestTimeout", "RequestTimeoutException" };

    private AttemptFailure(AttemptVerdict verdict, Exception exception, TransportFailure? transport, string description)
    {
        Verdict = verdict;
        Exception = exception;
        Transport = transport;
        Description = description;
    }

    public AttemptVerdict Verdict { get; }

    /// <summary>The service's error (a <see cref="ServiceException"/>) or the transport exception as caught.</summary>
    public Exception Exception { get; }

    /// <summary>Set when no answer came (or none could be read); null for a service's error answer.</summary>
    public TransportFailure? Transport { get; }

    /// <summary>What happened, in words: "the connection was closed before an answer came", "HTTP 503 ServiceUnavailable".</summary>
    public string Description { get; }

    public bool Throttled { get; private set; }

    /// <summary>The Retry-After the service sent with its error, if any.</summary>
    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>A service's error answer: throttling and 503 mean nothing was done; 500, 502, 504 and timeout codes may hide a change.</summary>
    public static AttemptFailure FromService(ServiceException e, ISet<string> notRetryableCodes)
    {
        var status = (int)e.StatusCode;
        var description = $"HTTP {status} {e.ErrorCode}";
        var throttled = !notRetryableCodes.Contains(e.ErrorCode) && (status == 429 || ThrottlingCodes.Contains(e.ErrorCode));
        AttemptVerdict verdict;
        if (notRetryableCodes.Contains(e.ErrorCode)) verdict = AttemptVerdict.Final;
        else if (throttled || status == 503) verdict = AttemptVerdict.NotDone;
        else if (status == 500 || status == 502 || status == 504 || TimeoutCodes.Contains(e.ErrorCode)) verdict = AttemptVerdict.Unknown;
        else verdict = AttemptVerdict.Final;
        return new AttemptFailure(verdict, e, null, description) { Throttled = throttled, RetryAfter = e.RetryAfter };
    }

    /// <summary>
    /// An attempt that ended without a readable answer; null when <paramref name="e"/> is not a transport failure (a bug, a
    /// credentials failure) and must go to the caller as it is. <paramref name="attemptTimedOut"/>: the attempt's own timer fired.
    /// </summary>
    public static AttemptFailure? FromTransport(Exception e, bool attemptTimedOut, TimeSpan attemptLimit)
    {
        if (attemptTimedOut || e is OperationCanceledException || e is TimeoutException || Find<TimeoutException>(e) != null)
            return new AttemptFailure(AttemptVerdict.Unknown, e, TransportFailure.TimedOut, $"no answer within {Deadline.Seconds(attemptLimit)} s");
        if (e is AmazonUnmarshallingException unreadable)
        {
            var status = (int)unreadable.StatusCode;
            return new AttemptFailure(AttemptVerdict.Unknown, e, TransportFailure.Unreadable,
                status > 0 ? $"the answer (HTTP {status}) was cut off or could not be read" : "the answer was cut off or could not be read");
        }
        if (Find<JsonException>(e) != null)
            return new AttemptFailure(AttemptVerdict.Unknown, e, TransportFailure.Unreadable, "the answer was not the JSON the service model describes");
        if (NotConnectedReason(e) is string reason)
            return new AttemptFailure(AttemptVerdict.NotDone, e, TransportFailure.NotConnected, "no connection could be made (" + reason + ")");
        if (e is IOException || e is WebException || e is ObjectDisposedException || Find<IOException>(e) != null || Find<System.Net.Http.HttpRequestException>(e) != null
            || Find<WebException>(e) != null || Find<SocketException>(e) != null)
            return new AttemptFailure(AttemptVerdict.Unknown, e, TransportFailure.Broken, "the connection was closed before an answer came");
        return null;
    }

    /// <summary>Why no connection could be made, when that is what <paramref name="e"/> says; null otherwise.</summary>
    private static string? NotConnectedReason(Exception e)
    {
        if (Find<SocketException>(e) is SocketException socket)
        {
            switch (socket.SocketErrorCode)
            {
                case SocketError.ConnectionRefused: return "connection refused";
                case SocketError.HostNotFound:
                case SocketError.NoData:
                case SocketError.TryAgain: return "host name not found";
                case SocketError.HostUnreachable:
                case SocketError.HostDown: return "host unreachable";
                case SocketError.NetworkUnreachable:
                case SocketError.NetworkDown: return "network unreachable";
                case SocketError.AddressNotAvailable: return "address not available";
            }
        }
        if (Find<WebException>(e) is WebException web)
        {
            switch (web.Status)
            {
                case WebExceptionStatus.ConnectFailure: return "connection failed";
                case WebExceptionStatus.NameResolutionFailure:
                case WebExceptionStatus.ProxyNameResolutionFailure: return "host name not found";
            }
        }
        return null;
    }

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? current = e; current != null; current = current.InnerException)
        {
            if (current is T found) return found;
            if (current is AggregateException aggregate && aggregate.InnerExceptions.Count == 1 && aggregate.InnerExceptions[0] is T inner) return inner;
        }
        return null;
    }
}
