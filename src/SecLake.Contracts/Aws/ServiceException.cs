using System;
using System.Net;

namespace SecLake.Aws;

/// <summary>
/// Base of every modeled (and unmodeled) service error SecLake raises: what a cmdlet's ErrorRecord carries as its
/// exception, so scripts catch it by type (<c>catch [SecLake.Qldb.ResourceNotFoundException]</c>). Deliberately not
/// an SDK type: the AWS SDK lives in SecLake's private load context, out of reach of scripts. Inside the SDK's
/// pipeline (retries, Retry-After, tracing) an error response travels as an SDK exception of SecLake.Core's own and
/// becomes this type where the request leaves the pipeline.
/// </summary>
public abstract class ServiceException : Exception
{
    protected ServiceException(ServiceErrorResponse error)
        : base(error.Message, error.Inner)
    {
        ErrorCode = error.Code;
        RequestId = error.RequestId;
        StatusCode = error.StatusCode;
        Body = error.RawBody;
        RetryAfter = error.RetryAfter;
    }

    /// <summary>The service's error code, e.g. <c>ResourceNotFoundException</c> (the ErrorRecord's id starts with it).</summary>
    public string ErrorCode { get; }

    /// <summary>The request id the service gave the failed request (x-amzn-RequestId), if any.</summary>
    public string? RequestId { get; }

    /// <summary>The HTTP status of the error response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>How long the service asked the caller to wait before trying again (the Retry-After header), if it did.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The service's name as users know it, e.g. <c>QLDB</c> or <c>SecurityLake</c>.</summary>
    public abstract string ServiceName { get; }

    /// <summary>What kind of failure this is; names match PowerShell's ErrorCategory members.</summary>
    public abstract ErrorKind Kind { get; }

    /// <summary>The error body as received (JSON text), for members beyond the message.</summary>
    public string? Body { get; }
}

/// <summary>An error response as read off the wire, before it becomes a typed exception.</summary>
public sealed class ServiceErrorResponse
{
    public ServiceErrorResponse(string code, string message, string? requestId, HttpStatusCode statusCode, string? rawBody, Exception? inner, TimeSpan? retryAfter = null)
    {
        RetryAfter = retryAfter;
        Code = code;
        Message = message;
        RequestId = requestId;
        StatusCode = statusCode;
        RawBody = rawBody;
        Inner = inner;
    }

    /// <summary>Error code with any <c>:...</c> suffix and <c>...#</c> prefix stripped.</summary>
    public string Code { get; }
    public string Message { get; }
    public string? RequestId { get; }
    public HttpStatusCode StatusCode { get; }
    public string? RawBody { get; }
    public Exception? Inner { get; }

    /// <summary>The Retry-After header, when the response had one.</summary>
    public TimeSpan? RetryAfter { get; }
}
