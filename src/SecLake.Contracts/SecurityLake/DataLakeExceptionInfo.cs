using System;

namespace SecLake.SecurityLake;

/// <summary>
/// One Security Lake exception (GA <c>DataLakeException</c>, from <c>ListDataLakeExceptions</c>): a failure the service
/// could not retry, where and when it happened, and how to fix it. Named <c>...Info</c> because it describes an
/// exception; it is not one (nothing throws it, and <c>catch</c> could never see it).
/// </summary>
public sealed class DataLakeExceptionInfo
{
    /// <summary>GA <c>region</c>: where the exception occurred.</summary>
    public string? Region { get; set; }

    /// <summary>GA <c>timestamp</c>, in UTC.</summary>
    public DateTime? Timestamp { get; set; }

    /// <summary>GA <c>exception</c>: the underlying exception.</summary>
    public string? Exception { get; set; }

    /// <summary>GA <c>remediation</c>: the steps that fix it.</summary>
    public string? Remediation { get; set; }

    public override string ToString() => $"{Region}: {Exception}";
}
