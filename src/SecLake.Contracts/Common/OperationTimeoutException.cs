using System;

namespace SecLake;

/// <summary>
/// A pipeline record ran out of its time (-TimeoutSec), or one HTTP attempt got no answer within its limit and no time
/// was left to try again. Error id <c>OperationTimeout</c>. The message names what was waited for (the operation and
/// endpoint when a request was in flight) and for how long; when a change may have been made it says what to check.
/// </summary>
public sealed class OperationTimeoutException : SecLakeException
{
    public const string Id = "OperationTimeout";

    public OperationTimeoutException(string message, TimeSpan limit, string? endpoint, bool outcomeUnknown, string? recommendedAction)
        : base(Id, ErrorKind.OperationTimeout, message, recommendedAction)
    {
        Limit = limit;
        Endpoint = endpoint;
        OutcomeUnknown = outcomeUnknown;
    }

    /// <summary>The time that ran out (the record's -TimeoutSec, or one attempt's limit).</summary>
    public TimeSpan Limit { get; }

    /// <summary>The URL of the request that did not answer, when one was in flight.</summary>
    public string? Endpoint { get; }

    /// <summary>True when the request may have been carried out: check the resource before trying again.</summary>
    public bool OutcomeUnknown { get; }
}
