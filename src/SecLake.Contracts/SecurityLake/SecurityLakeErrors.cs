using System;
using System.Collections.Generic;
using System.Linq;
using SecLake.Aws;

namespace SecLake.SecurityLake;

/// <summary>
/// A Security Lake error response. Used as is for codes the GA model does not declare (its <see cref="Kind"/>
/// then follows the HTTP status); the six modeled errors derive from it so one catch handles every service error.
/// </summary>
public class SecurityLakeException : ServiceException
{
    public SecurityLakeException(ServiceErrorResponse error) : base(error) { }

    public override string ServiceName => "SecurityLake";

    public override ErrorKind Kind => ErrorKinds.FromStatus((int)StatusCode);
}

/// <summary>A Security Lake error that names a resource.</summary>
public abstract class SecurityLakeResourceException : SecurityLakeException
{
    /// <param name="error">The response.</param>
    /// <param name="resourceName">The body's <c>resourceName</c>.</param>
    /// <param name="resourceType">The body's <c>resourceType</c>.</param>
    protected SecurityLakeResourceException(ServiceErrorResponse error, string? resourceName, string? resourceType) : base(error)
    {
        ResourceName = resourceName;
        ResourceType = resourceType;
    }

    public string? ResourceName { get; }
    public string? ResourceType { get; }
}

/// <summary>GA <c>AccessDeniedException</c> (403).</summary>
public sealed class AccessDeniedException : SecurityLakeException
{
    /// <param name="error">The response.</param>
    /// <param name="modeledErrorCode">The body's <c>errorCode</c>.</param>
    public AccessDeniedException(ServiceErrorResponse error, string? modeledErrorCode = null) : base(error) => ModeledErrorCode = modeledErrorCode;

    /// <summary>The body member <c>errorCode</c> (named apart from <c>ErrorCode</c>, which is the error type).</summary>
    public string? ModeledErrorCode { get; }

    public override ErrorKind Kind => ErrorKind.PermissionDenied;
}

/// <summary>GA <c>BadRequestException</c> (400).</summary>
public sealed class BadRequestException : SecurityLakeException
{
    public BadRequestException(ServiceErrorResponse error) : base(error) { }

    public override ErrorKind Kind => ErrorKind.InvalidArgument;
}

/// <summary>GA <c>ConflictException</c> (409).</summary>
public sealed class ConflictException : SecurityLakeResourceException
{
    public ConflictException(ServiceErrorResponse error, string? resourceName = null, string? resourceType = null) : base(error, resourceName, resourceType) { }

    public override ErrorKind Kind => ErrorKind.ResourceBusy;
}

/// <summary>GA <c>InternalServerException</c> (500, a fault the SDK retries).</summary>
public sealed class InternalServerException : SecurityLakeException
{
    public InternalServerException(ServiceErrorResponse error) : base(error) { }

    public override ErrorKind Kind => ErrorKind.NotSpecified;
}

/// <summary>GA <c>ResourceNotFoundException</c> (404).</summary>
public sealed class ResourceNotFoundException : SecurityLakeResourceException
{
    public ResourceNotFoundException(ServiceErrorResponse error, string? resourceName = null, string? resourceType = null) : base(error, resourceName, resourceType) { }

    public override ErrorKind Kind => ErrorKind.ObjectNotFound;
}

/// <summary>GA <c>ThrottlingException</c> (429, throttling: the SDK retries it).</summary>
public sealed class ThrottlingException : SecurityLakeException
{
    /// <param name="error">The response.</param>
    /// <param name="serviceCode">The body's <c>serviceCode</c>.</param>
    /// <param name="quotaCode">The body's <c>quotaCode</c>.</param>
    public ThrottlingException(ServiceErrorResponse error, string? serviceCode = null, string? quotaCode = null) : base(error)
    {
        ServiceCode = serviceCode;
        QuotaCode = quotaCode;
        RetryAfterSeconds = error.RetryAfter.HasValue ? (int)error.RetryAfter.Value.TotalSeconds : (int?)null;
    }

    public string? ServiceCode { get; }
    public string? QuotaCode { get; }

    /// <summary>The <c>Retry-After</c> header, as the model locates <c>retryAfterSeconds</c>.</summary>
    public int? RetryAfterSeconds { get; }

    public override ErrorKind Kind => ErrorKind.LimitsExceeded;
}

/// <summary>A Region asked for by name has no data lake: Security Lake is not enabled there.</summary>
public sealed class DataLakeNotEnabledException : SecLakeException
{
    public DataLakeNotEnabledException(string region)
        : base("DataLakeNotFound", ErrorKind.ObjectNotFound, $"Security Lake is not enabled in {region}: there is no data lake there.",
            "Enable it with New-SLDataLake, or list the enabled Regions with Get-SLDataLake.") => Region = region;

    public string Region { get; }
}

/// <summary>One Region whose data-lake create or update FAILED, with the service's exception code and reason.</summary>
public sealed class DataLakeFailedException : SecLakeException
{
    public DataLakeFailedException(string region, string? code, string? reason)
        : base("DataLakeFailed", ErrorKind.InvalidResult, Describe(region, code, reason), "See the reason, then run New-SLDataLake or Update-SLDataLake for that Region again.")
    {
        Region = region;
        Code = code;
        Reason = reason;
    }

    public string Region { get; }

    /// <summary>GA <c>updateStatus.exception.code</c>, when the service gave one.</summary>
    public string? Code { get; }

    /// <summary>GA <c>updateStatus.exception.reason</c>, when the service gave one.</summary>
    public string? Reason { get; }

    private static string Describe(string region, string? code, string? reason)
    {
        // The reason usually ends a sentence already; don't end the message with "..".
        var detail = string.Join(": ", new[] { code, reason }.Where(s => !string.IsNullOrEmpty(s))).TrimEnd('.');
        return $"The data lake in {region} FAILED{(detail.Length > 0 ? ": " + detail : " (the service gave no reason)")}.";
    }
}

/// <summary>
/// A wait ended with one or more Regions FAILED. Carries each failure and every data lake's final state, so
/// completed Regions can still be reported.
/// </summary>
public sealed class DataLakeOperationFailedException : Exception
{
    public DataLakeOperationFailedException(IReadOnlyList<DataLakeFailedException> failures, IReadOnlyList<DataLake> dataLakes)
        : base(string.Join(" ", failures.Select(f => f.Message)))
    {
        Failures = failures;
        DataLakes = dataLakes;
    }

    public IReadOnlyList<DataLakeFailedException> Failures { get; }
    public IReadOnlyList<DataLake> DataLakes { get; }
}

/// <summary>
/// An account that CreateAwsLogSource or DeleteAwsLogSource answered in its <c>failed</c> list: the request went through
/// for the other accounts, not for this one. The service fails an account that is not part of the caller's organization.
/// </summary>
public sealed class LogSourceAccountFailedException : SecLakeException
{
    /// <param name="accountId">The account the service listed as failed.</param>
    /// <param name="adding">True for CreateAwsLogSource, false for DeleteAwsLogSource.</param>
    /// <param name="sourceNames">The GA source names of the request.</param>
    /// <param name="regions">The Regions of the request.</param>
    public LogSourceAccountFailedException(string accountId, bool adding, IReadOnlyList<string> sourceNames, IReadOnlyList<string> regions)
        : base("LogSourceAccountFailed", ErrorKind.InvalidOperation, Describe(accountId, adding, sourceNames, regions),
            "Check that the account is a member of your organization and that you call as its Security Lake delegated administrator (or from the account itself), then run the command again for it.")
    {
        AccountId = accountId;
        Operation = adding ? "CreateAwsLogSource" : "DeleteAwsLogSource";
        SourceNames = sourceNames;
        Regions = regions;
    }

    public string AccountId { get; }

    /// <summary>CreateAwsLogSource or DeleteAwsLogSource.</summary>
    public string Operation { get; }

    public IReadOnlyList<string> SourceNames { get; }
    public IReadOnlyList<string> Regions { get; }

    private static string Describe(string accountId, bool adding, IReadOnlyList<string> sourceNames, IReadOnlyList<string> regions) =>
        $"Security Lake did not {(adding ? "add" : "remove")} {string.Join(", ", sourceNames)} in {string.Join(", ", regions)} for account {accountId}: " +
        $"the service listed the account as failed, which it does for an account that is not part of your organization.";
}
