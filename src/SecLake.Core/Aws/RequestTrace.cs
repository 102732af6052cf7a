using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace SecLake.Aws;

/// <summary>
/// One HTTP attempt of one operation, or one decision of the retry loop, as -Verbose shows it. Carries no credentials,
/// headers or bodies. Attempt numbers are the retry loop's, so they count every request that went out.
/// </summary>
public sealed class RequestTrace
{
    public RequestTrace(string service, string operation, string method, string url, int attempt, int? statusCode, string? requestId, string? errorCode, TimeSpan elapsed,
        string? failure = null)
    {
        Service = service;
        Operation = operation;
        Method = method;
        Url = url;
        Attempt = attempt;
        StatusCode = statusCode;
        RequestId = requestId;
        ErrorCode = errorCode;
        Elapsed = elapsed;
        Failure = failure;
    }

    private RequestTrace(string service, string operation, string decision)
        : this(service, operation, "", "", 0, null, null, null, TimeSpan.Zero) => Note = decision;

    public string Service { get; }
    public string Operation { get; }
    public string Method { get; }
    public string Url { get; }
    public int Attempt { get; }
    public int? StatusCode { get; }
    public string? RequestId { get; }
    public string? ErrorCode { get; }
    public TimeSpan Elapsed { get; }

    /// <summary>How an attempt failed without a readable answer, in words (the connection closed, the answer was cut off, no answer in time).</summary>
    public string? Failure { get; }

    /// <summary>Set for a decision of the retry loop (wait and send again, look a change up, give up) rather than an attempt.</summary>
    public string? Note { get; }

    /// <summary>True for an HTTP attempt, false for a decision (<see cref="Note"/>).</summary>
    public bool IsAttempt => Note == null;

    /// <summary>A decision of the retry loop about one request.</summary>
    public static RequestTrace Decision(string service, string operation, string decision) => new RequestTrace(service, operation, decision);

    public override string ToString()
    {
        if (Note != null) return $"{Service} {Operation}: {Note}";
        var outcome = Failure != null ? Failure
            : ErrorCode != null ? $"{StatusCode?.ToString() ?? "no response"} {ErrorCode}" : StatusCode?.ToString() ?? "no response";
        var id = RequestId != null ? $", request id {RequestId}" : "";
        return $"{Service} {Operation}: {Method} {Url} attempt {Attempt} -> {outcome}{id} in {Elapsed.TotalMilliseconds:0} ms";
    }
}

/// <summary>
/// Sits directly inside <see cref="ClockSkewHandler"/> and reports every answer (success or the service's error) with the
/// retry loop's attempt number. Attempts that end without a readable answer are reported by the retry loop, which knows
/// why (time limit, Ctrl+C, a cut-off body): an answer whose body was lost is never shown as a success.
/// </summary>
internal sealed class RequestTraceHandler : PipelineHandler
{
    private readonly string _service;
    private readonly Action<RequestTrace> _sink;

    public RequestTraceHandler(string service, Action<RequestTrace> sink)
    {
        _service = service;
        _sink = sink;
    }

    public override void InvokeSync(IExecutionContext executionContext) =>
        throw new NotSupportedException("SecLake calls services asynchronously only.");

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var result = await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
            var response = executionContext.ResponseContext.Response;
            Report(executionContext, stopwatch, (int?)response?.HttpStatusCode, response?.ResponseMetadata?.RequestId, null);
            return result;
        }
        catch (ServiceErrorCarrier e)
        {
            Report(executionContext, stopwatch, e.StatusCode == 0 ? (int?)null : (int)e.StatusCode, e.RequestId, e.ErrorCode);
            throw;
        }
    }

    private void Report(IExecutionContext context, Stopwatch stopwatch, int? status, string? requestId, string? errorCode)
    {
        var request = context.RequestContext.Request;
        var original = (RestWebServiceRequest)context.RequestContext.OriginalRequest;
        var rest = original.Rest;
        var url = request.Endpoint != null ? new Uri(request.Endpoint, rest.Path).ToString() : rest.Path;
        _sink(new RequestTrace(_service, rest.OperationName, rest.Method, url, original.Attempt, status, requestId, errorCode, stopwatch.Elapsed));
    }
}
