using SecLake.Aws;

namespace SecLake.SecurityLake
{
    // One type per error the GA model declares, each carrying the model's members beyond "message".

    /// <summary>GA <c>AccessDeniedException</c> (403).</summary>
    public sealed class AccessDeniedException : SecurityLakeException
    {
        public AccessDeniedException(ServiceErrorResponse error, string? modeledErrorCode)
            : base(error)
        {
            ModeledErrorCode = modeledErrorCode;
        }

        /// <summary>The body member <c>errorCode</c> (named apart from the SDK's <c>ErrorCode</c>, which is the error type).</summary>
        public string? ModeledErrorCode { get; }

        public override ErrorKind Kind => ErrorKind.PermissionDenied;
    }

    /// <summary>GA <c>BadRequestException</c> (400).</summary>
    public sealed class BadRequestException : SecurityLakeException
    {
        public BadRequestException(ServiceErrorResponse error)
            : base(error)
        {
        }

        public override ErrorKind Kind => ErrorKind.InvalidArgument;
    }

    /// <summary>GA <c>ConflictException</c> (409).</summary>
    public sealed class ConflictException : SecurityLakeException
    {
        public ConflictException(ServiceErrorResponse error, string? resourceName, string? resourceType)
            : base(error)
        {
            ResourceName = resourceName;
            ResourceType = resourceType;
        }

        public string? ResourceName { get; }
        public string? ResourceType { get; }

        public override ErrorKind Kind => ErrorKind.ResourceBusy;
    }

    /// <summary>GA <c>InternalServerException</c> (500, a fault the SDK retries).</summary>
    public sealed class InternalServerException : SecurityLakeException
    {
        public InternalServerException(ServiceErrorResponse error)
            : base(error)
        {
        }

        public override ErrorKind Kind => ErrorKind.NotSpecified;
    }

    /// <summary>GA <c>ResourceNotFoundException</c> (404).</summary>
    public sealed class ResourceNotFoundException : SecurityLakeException
    {
        public ResourceNotFoundException(ServiceErrorResponse error, string? resourceName, string? resourceType)
            : base(error)
        {
            ResourceName = resourceName;
            ResourceType = resourceType;
        }

        public string? ResourceName { get; }
        public string? ResourceType { get; }

        public override ErrorKind Kind => ErrorKind.ObjectNotFound;
    }

    /// <summary>GA <c>ThrottlingException</c> (429, throttling: the SDK retries it).</summary>
    public sealed class ThrottlingException : SecurityLakeException
    {
        public ThrottlingException(ServiceErrorResponse error, string? serviceCode, string? quotaCode, int? retryAfterSeconds)
            : base(error)
        {
            ServiceCode = serviceCode;
            QuotaCode = quotaCode;
            RetryAfterSeconds = retryAfterSeconds;
        }

        public string? ServiceCode { get; }
        public string? QuotaCode { get; }

        /// <summary>The <c>Retry-After</c> header, as the model locates <c>retryAfterSeconds</c>.</summary>
        public int? RetryAfterSeconds { get; }

        public override ErrorKind Kind => ErrorKind.LimitsExceeded;
    }
}
