namespace SecLake.Aws;

/// <summary>The category an HTTP status implies when the error type itself says nothing more (API-MAPPING.md).</summary>
public static class ErrorKinds
{
    public static ErrorKind FromStatus(int status) => status switch
    {
        400 => ErrorKind.InvalidArgument,
        401 => ErrorKind.AuthenticationError,
        402 => ErrorKind.QuotaExceeded,
        403 => ErrorKind.PermissionDenied,
        404 => ErrorKind.ObjectNotFound,
        409 => ErrorKind.ResourceBusy,
        412 => ErrorKind.InvalidOperation,
        429 => ErrorKind.LimitsExceeded,
        503 => ErrorKind.ResourceUnavailable,
        _ => ErrorKind.NotSpecified,
    };
}
