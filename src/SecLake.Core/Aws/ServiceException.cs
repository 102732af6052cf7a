using System;
using System.Net;
using Amazon.Runtime;

namespace SecLake.Aws
{
    /// <summary>
    /// Base of every modeled (and unmodeled) service error SecLake raises. Derives from the SDK's
    /// <see cref="AmazonServiceException"/> so the SDK's retry policy sees code and status as it expects.
    /// The cmdlet layer never names these types (they live beside the AWS SDK in SecLake's private load
    /// context); it reads them through <see cref="SecLake.ServiceErrorMapper"/>.
    /// </summary>
    public abstract class ServiceException : AmazonServiceException
    {
        protected ServiceException(ServiceErrorResponse error)
            : base(error.Message, error.Inner, ErrorTypeFor(error.StatusCode), error.Code, error.RequestId, error.StatusCode)
        {
            Body = error.RawBody;
            RetryAfter = error.RetryAfter;
        }

        /// <summary>How long the service asked the caller to wait before trying again (the Retry-After header), if it did.</summary>
        public System.TimeSpan? RetryAfter { get; }

        /// <summary>The service's name as users know it, e.g. <c>QLDB</c> or <c>SecurityLake</c>.</summary>
        public abstract string ServiceName { get; }

        /// <summary>What kind of failure this is; names match PowerShell's ErrorCategory members.</summary>
        public abstract ErrorKind Kind { get; }

        /// <summary>The error body as received (JSON text), for members beyond the message.</summary>
        public string? Body { get; }

        private static ErrorType ErrorTypeFor(HttpStatusCode status) =>
            (int)status >= 500 ? ErrorType.Receiver : ErrorType.Sender;
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

    /// <summary>Turns an error response into the service's typed exception (its own type per modeled error).</summary>
    public interface IServiceErrorFactory
    {
        ServiceException Create(ServiceErrorResponse error);
    }
}
