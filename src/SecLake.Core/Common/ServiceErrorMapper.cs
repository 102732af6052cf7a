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
    public static ErrorDescription Describe(Exception exception, string? hint = null)
    {
        var description = DescribeCore(Unwrap(exception));
        if (hint == null) return description;
        return new ErrorDescription(description.ErrorId, description.Kind, hint + " " + description.Message, hint, description.TerminatesCommand);
    }

    private static ErrorDescription DescribeCore(Exception e)
    {
        switch (e)
        {
            case ServiceException service:
                var requestId = string.IsNullOrEmpty(service.RequestId) ? "" : $", request id {service.RequestId}";
                return new ErrorDescription(service.ErrorCode, service.Kind,
                    $"{service.Message} ({service.ServiceName} {service.ErrorCode}, HTTP {(int)service.StatusCode}{requestId})",
                    RecommendedActionFor(service), terminatesCommand: false);
            case SecLakeException detected:
                return new ErrorDescription(detected.ErrorId, detected.Kind, detected.Message, detected.RecommendedAction, detected.TerminatesCommand);
            case InputValidationException invalid:
                return new ErrorDescription("InvalidParameterValue", ErrorKind.InvalidArgument, invalid.Reason, null, terminatesCommand: false);
            case WaitTimeoutException timeout:
                return new ErrorDescription("WaitTimeout", ErrorKind.OperationTimeout, timeout.Message, "Run the Wait- cmdlet again with a larger -TimeoutSec.", terminatesCommand: false);
            case OperationCanceledException canceled:
                return new ErrorDescription("OperationStopped", ErrorKind.OperationStopped, canceled.Message, null, terminatesCommand: false);
            case TimeoutException timeout:
                return new ErrorDescription(OperationTimeoutException.Id, ErrorKind.OperationTimeout, timeout.Message,
                    "Try again later, or give the command more time with -TimeoutSec.", terminatesCommand: false);
            case HttpRequestException _:
            case System.Net.WebException _:
            case System.IO.IOException _:
            case AmazonClientException client when client.InnerException is HttpRequestException || client.InnerException is System.Net.WebException || client.InnerException is System.IO.IOException:
                // The retry loop reports every transport failure with its endpoint; these come from nowhere else.
                return ConnectionFailure();
            case AmazonClientException client when client.Message.IndexOf("credentials", StringComparison.OrdinalIgnoreCase) >= 0:
                return new ErrorDescription("CredentialsFailed", ErrorKind.AuthenticationError, CredentialFailures.SafeReason(client),
                    "Check the credentials given to -Credential, -ProfileName or the environment.", terminatesCommand: true);
            default:
                return new ErrorDescription(e.GetType().Name, ErrorKind.NotSpecified, e.Message, null, terminatesCommand: false);
        }
    }

    private static ErrorDescription ConnectionFailure() =>
        new ErrorDescription(ServiceConnectionException.ConnectionFailedId, ErrorKind.ConnectionError,
            "The service could not be reached: the connection failed or broke before an answer came.",
            "Check -Region and -EndpointUrl (or AWS_ENDPOINT_URL_*), the network and any proxy, then try again.", terminatesCommand: false);

    private static string? RecommendedActionFor(ServiceException e) => e.Kind switch
    {
        ErrorKind.PermissionDenied => "Check that the identity you use is allowed this action and that the request was signed with the right credentials and region.",
        ErrorKind.LimitsExceeded => "The request was still throttled after SecLake's retries; slow down or try again later.",
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
