using System;
using System.Net.Http;
using Amazon.Runtime;
using SecLake.Aws;

namespace SecLake;

/// <summary>How a failure should appear in PowerShell: a stable id, a category, a message and what to do.</summary>
public sealed class ErrorDescription
{
    public ErrorDescription(string errorId, ErrorKind kind, string message, string? recommendedAction, bool terminatesCommand)
    {
        ErrorId = errorId;
        Kind = kind;
        Message = message;
        RecommendedAction = recommendedAction;
        TerminatesCommand = terminatesCommand;
    }

    /// <summary>Starts with the service's error code for service errors, e.g. <c>ResourceAlreadyExistsException</c>.</summary>
    public string ErrorId { get; }

    /// <summary>Name of the PowerShell ErrorCategory to use.</summary>
    public ErrorKind Kind { get; }

    public string Message { get; }
    public string? RecommendedAction { get; }

    /// <summary>True for setup failures (no credentials, no region) that no later pipeline record can escape.</summary>
    public bool TerminatesCommand { get; }
}

/// <summary>Translates any exception from the core into an <see cref="ErrorDescription"/> (API-MAPPING.md, "Documented errors -> PowerShell").</summary>
public static class ServiceErrorMapper
{
    /// <param name="exception">What went wrong.</param>
    /// <param name="hint">What the user can do about it, in cmdlet terms; it leads the message.</param>
    /// <param name="summary">
    /// Our own sentence in place of a service error's, when the cmdlet knows exactly what the error means (the
    /// service's code, HTTP status and request id stay). Service sentences name API operations, not cmdlets.
    /// </param>
    public static ErrorDescription Describe(Exception exception, string? hint = null, string? summary = null)
    {
        var unwrapped = Unwrap(exception);
        var description = summary != null && unwrapped is ServiceException service
            ? DescribeService(service, summary)
            : DescribeCore(unwrapped);
        if (hint == null) return description;
        // The hint leads the message; it is not repeated as the recommended action, which pwsh prints right after.
        return new ErrorDescription(description.ErrorId, description.Kind, hint + " " + description.Message, description.RecommendedAction, description.TerminatesCommand);
    }

    private static readonly string[] SignatureCodes = { "InvalidSignatureException", "SignatureDoesNotMatch" };

    private static ErrorDescription DescribeService(ServiceException service, string sentence) =>
        DescribeService(service, sentence, RecommendedActionFor(service));

    private static ErrorDescription DescribeService(ServiceException service, string sentence, string? recommendedAction)
    {
        var requestId = string.IsNullOrEmpty(service.RequestId) ? "" : $", request id {service.RequestId}";
        return new ErrorDescription(service.ErrorCode, service.Kind,
            $"{sentence} ({service.ServiceName} {service.ErrorCode}, HTTP {(int)service.StatusCode}{requestId})",
            recommendedAction, terminatesCommand: false);
    }

    private static ErrorDescription DescribeCore(Exception e)
    {
        switch (e)
        {
            case ServiceException service when Array.IndexOf(SignatureCodes, service.ErrorCode) >= 0:
                // The service's text is three sentences and a canonical-request dump (kept in -Verbose); what to
                // check is one line.
                return DescribeService(service, "The request signature does not match: check the secret key that goes with the access key " +
                    "(-SecretKey, the profile, or AWS_SECRET_ACCESS_KEY) and this computer's clock.", recommendedAction: null);
            case ServiceException service:
                return DescribeService(service, FirstParagraph(service.Message));
            case SecLakeException detected:
                return new ErrorDescription(detected.ErrorId, detected.Kind, detected.Message, detected.RecommendedAction, detected.TerminatesCommand);
            case InputValidationException invalid:
                return new ErrorDescription("InvalidParameterValue", ErrorKind.InvalidArgument, invalid.Reason, null, terminatesCommand: false);
            case WaitTimeoutException timeout:
                return new ErrorDescription("WaitTimeout", ErrorKind.OperationTimeout, timeout.Message, "Run the Wait- cmdlet again with a larger -TimeoutSec.", terminatesCommand: false);
            case OperationCanceledException canceled:
                return new ErrorDescription("OperationStopped", ErrorKind.OperationStopped, canceled.Message, null, terminatesCommand: false);
            case HttpRequestException http:
                return ConnectionFailure(http);
            case AmazonClientException client when client.InnerException is HttpRequestException || client.InnerException is System.Net.WebException || client.InnerException is System.IO.IOException:
                return ConnectionFailure(client);
            case AmazonClientException client when client.Message.IndexOf("credentials", StringComparison.OrdinalIgnoreCase) >= 0:
                return new ErrorDescription("CredentialsFailed", ErrorKind.AuthenticationError, client.Message,
                    "Check the credentials given to -Credential, -ProfileName or the environment.", terminatesCommand: true);
            default:
                return new ErrorDescription(e.GetType().Name, ErrorKind.NotSpecified, e.Message, null, terminatesCommand: false);
        }
    }

    private static ErrorDescription ConnectionFailure(Exception e) =>
        new ErrorDescription("ConnectionFailed", ErrorKind.ConnectionError,
            "The service could not be reached: " + (e.InnerException?.Message ?? e.Message),
            "Check -Region and -EndpointUrl (or AWS_ENDPOINT_URL_*) and your network or proxy.", terminatesCommand: false);

    /// <summary>
    /// A service message's first paragraph: a signature mismatch appends the canonical request and string to sign
    /// (about 20 lines) that help only when debugging a signer; they stay in the exception's Message and -Verbose.
    /// </summary>
    public static string FirstParagraph(string message)
    {
        var end = message.IndexOf("\n\n", StringComparison.Ordinal);
        var crlfEnd = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (crlfEnd >= 0 && (end < 0 || crlfEnd < end)) end = crlfEnd;
        return (end < 0 ? message : message.Substring(0, end)).Trim();
    }

    private static string? RecommendedActionFor(ServiceException e) => e.Kind switch
    {
        ErrorKind.PermissionDenied => "Check that the identity you use is allowed this action and that the request was signed with the right credentials and region.",
        ErrorKind.LimitsExceeded => "The request was throttled after the SDK's retries; slow down or try again later.",
        ErrorKind.QuotaExceeded => "Remove resources you no longer need, or request a quota increase in Service Quotas.",
        _ => null,
    };

    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Count == 1) e = aggregate.InnerExceptions[0];
            else if (e is System.Reflection.TargetInvocationException { InnerException: { } inner }) e = inner;
            else return e;
        }
    }
}
