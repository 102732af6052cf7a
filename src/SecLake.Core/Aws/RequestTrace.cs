using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace SecLake.Aws;

/// <summary>One HTTP attempt of one operation, as -Verbose shows it. Carries no credentials, headers or bodies.</summary>
public sealed class RequestTrace
{
    public RequestTrace(string service, string operation, string method, string url, int attempt, int? statusCode, string? requestId, string? errorCode, TimeSpan elapsed)
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
    }

    public string Service { get; }
    public string Operation { get; }
    public string Method { get; }
    public string Url { get; }
    public int Attempt { get; }
    public int? StatusCode { get; }
    public string? RequestId { get; }
    public string? ErrorCode { get; }
    public TimeSpan Elapsed { get; }

    public override string ToString()
    {
        var outcome = ErrorCode != null ? $"{StatusCode?.ToString() ?? "no response"} {ErrorCode}" : StatusCode?.ToString() ?? "no response";
        var id = RequestId != null ? $", request id {RequestId}" : "";
        return $"{Service} {Operation}: {Method} {Url} attempt {Attempt} -> {outcome}{id} in {Elapsed.TotalMilliseconds:0} ms";
    }
}

/// <summary>Sits inside the SDK's retry handler, so it sees (and reports) every attempt.</summary>
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
        catch (AmazonServiceException e)
        {
            Report(executionContext, stopwatch, e.StatusCode == 0 ? (int?)null : (int)e.StatusCode, e.RequestId, e.ErrorCode);
            throw;
        }
        catch (Exception e)
        {
            Report(executionContext, stopwatch, null, null, e.GetType().Name);
            throw;
        }
    }

    private void Report(IExecutionContext context, Stopwatch stopwatch, int? status, string? requestId, string? errorCode)
    {
        var request = context.RequestContext.Request;
        var rest = ((RestWebServiceRequest)context.RequestContext.OriginalRequest).Rest;
        var url = request.Endpoint != null ? new Uri(request.Endpoint, rest.Path).ToString() : rest.Path;
        _sink(new RequestTrace(_service, rest.OperationName, rest.Method, url, context.RequestContext.Retries + 1, status, requestId, errorCode, stopwatch.Elapsed));
    }
}
