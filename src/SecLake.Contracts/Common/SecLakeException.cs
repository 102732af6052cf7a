using System;

namespace SecLake;

/// <summary>
/// Failure categories. The names are PowerShell <c>ErrorCategory</c> member names so the cmdlet layer can
/// convert by name without this assembly referencing PowerShell.
/// </summary>
public enum ErrorKind
{
    NotSpecified,
    InvalidArgument,
    InvalidOperation,
    ObjectNotFound,
    PermissionDenied,
    ResourceBusy,
    ResourceExists,
    ResourceUnavailable,
    LimitsExceeded,
    QuotaExceeded,
    AuthenticationError,
    ConnectionError,
    OperationTimeout,
    OperationStopped,
    InvalidResult,
}

/// <summary>
/// A failure SecLake itself detects (not a service's error response), carrying how PowerShell should show it: a
/// stable error id, a category and what to do about it.
/// </summary>
public abstract class SecLakeException : Exception
{
    protected SecLakeException(string errorId, ErrorKind kind, string message, string? recommendedAction = null, Exception? inner = null)
        : base(message, inner)
    {
        ErrorId = errorId;
        Kind = kind;
        RecommendedAction = recommendedAction;
    }

    /// <summary>Stable id for the ErrorRecord, e.g. <c>NoCredentials</c>, <c>DataLakeNotFound</c>.</summary>
    public string ErrorId { get; }

    public ErrorKind Kind { get; }

    public string? RecommendedAction { get; }

    /// <summary>True for setup failures (no credentials, no region) that no later pipeline record can escape.</summary>
    public virtual bool TerminatesCommand => false;
}
