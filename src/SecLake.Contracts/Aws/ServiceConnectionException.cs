using System;

namespace SecLake.Aws;

/// <summary>
/// No usable answer came from a service endpoint, after SecLake's retries: the connection could not be made or broke
/// (<c>ConnectionFailed</c>), an answer began but could not be read (<c>ResponseUnreadable</c>), or a change may have been
/// made and SecLake could not find out (<c>OutcomeUnknown</c>). The message names the operation, the endpoint, the
/// attempts and, when a change may have been made, what to check before trying again.
/// </summary>
public sealed class ServiceConnectionException : SecLakeException
{
    public const string ConnectionFailedId = "ConnectionFailed";
    public const string ResponseUnreadableId = "ResponseUnreadable";
    public const string OutcomeUnknownId = "OutcomeUnknown";

    public ServiceConnectionException(string errorId, string message, string service, string operation, string endpoint, int attempts,
        TimeSpan elapsed, bool outcomeUnknown, string? recommendedAction)
        : base(errorId, ErrorKind.ConnectionError, message, recommendedAction)
    {
        Service = service;
        Operation = operation;
        Endpoint = endpoint;
        Attempts = attempts;
        Elapsed = elapsed;
        OutcomeUnknown = outcomeUnknown;
    }

    /// <summary>The service, e.g. <c>QLDB</c>.</summary>
    public string Service { get; }

    /// <summary>The model's operation name, e.g. <c>CreateLedger</c>.</summary>
    public string Operation { get; }

    /// <summary>The URL the request went to (no credentials: SecLake refuses endpoints with user info).</summary>
    public string Endpoint { get; }

    /// <summary>How many times the request was sent.</summary>
    public int Attempts { get; }

    /// <summary>From the first attempt to the failure.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>True when the request may have been carried out: check the resource before trying again.</summary>
    public bool OutcomeUnknown { get; }
}
