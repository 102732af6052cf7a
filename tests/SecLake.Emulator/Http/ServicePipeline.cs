using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using SecLake.Emulator.Auth;

namespace SecLake.Emulator.Http;

/// <summary>
/// Handles one signed service request: verify SigV4, find the operation, apply any injected fault, run the
/// operation, record the request, and write the answer with x-amzn-RequestId (and x-amzn-ErrorType on errors).
/// Transport faults cut the connection instead of answering (before or after the operation ran), hold it, or cut it
/// half way through the body; a request that got no status line is recorded with status 0.
/// </summary>
internal sealed class ServicePipeline(
    IReadOnlyList<ServiceModule> modules,
    Router router,
    SigV4Verifier verifier,
    FaultInjector faults,
    RequestLog log,
    TimeProvider clock,
    CancellationToken stopping)
{
    public async Task HandleAsync(HttpContext http, string requestId)
    {
        var wire = await ReadAsync(http);
        var path = SigV4.NormalizePath(wire.RawPath);
        var pathService = router.ServiceOf(path);
        var auth = verifier.Verify(wire, pathService);
        var service = pathService ?? auth.Authorization?.Service ?? "";
        var match = router.Match(wire.Method, path);
        var operation = match?.Route.Operation.Name ?? "";

        int status;
        JsonNode? body;
        string? errorType = null;
        IReadOnlyDictionary<string, string> extraHeaders = new Dictionary<string, string>();
        Fault? fault = null;
        try
        {
            if (!auth.Succeeded) throw auth.Error!;
            var module = modules.FirstOrDefault(m => m.SigningName == service);
            if (module is null || match is null || match.Route.Service != service)
                throw (module ?? modules[0]).UnknownOperation(wire.Method, wire.RawPath);
            if (match.Route.Handler is null)
                throw module.NotEmulated(match.Route.Operation, wire.Method, wire.RawPath);

            fault = faults.Take(service, operation);
            if (fault is not null)
            {
                if (fault.Latency > TimeSpan.Zero) await Task.Delay(fault.Latency, http.RequestAborted);
                if (fault.Kind == FaultKind.Error && fault.StatusCode != 0) throw module.FaultError(fault);
                if (fault.Kind is FaultKind.CloseBefore or FaultKind.Stall)
                {
                    // The operation never runs: nothing changes, and the client gets no answer.
                    Record(wire, auth, service, operation, 0);
                    await DropAsync(http, fault);
                    return;
                }
            }

            var context = new OperationContext(
                module.Model, match.Route.Operation,
                auth.Credential!.AccountId, auth.Authorization!.Region, match.Labels, wire.QueryParameters(), wire.BodyText,
                clock.GetUtcNow(), module.MalformedBody);
            var result = match.Route.Handler(context);
            (status, body) = (result.StatusCode, result.Body);
        }
        catch (ServiceError error)
        {
            (status, body, errorType, extraHeaders) = (error.StatusCode, error.Body, error.Code, error.Headers);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // An emulator bug: answer like an AWS internal failure, with the cause for whoever debugs it.
            (status, body, errorType) = (500, new JsonObject { ["message"] = $"Emulator failure: {error}" }, "InternalFailure");
        }

        if (fault is { Kind: FaultKind.ResetAfter or FaultKind.StallAfter })
        {
            // The operation ran (and changed whatever it changes); the answer is lost.
            Record(wire, auth, service, operation, 0);
            await DropAsync(http, fault);
            return;
        }

        // Recorded before the answer leaves, so a client that reads the log right after its call sees the call.
        Record(wire, auth, service, operation, status);
        if (fault is { Kind: FaultKind.HalfBody })
        {
            await WriteHalfAsync(http, requestId, status, body, errorType, extraHeaders);
            return;
        }
        await WriteAsync(http, requestId, status, body, errorType, extraHeaders);
    }

    private void Record(WireRequest wire, AuthResult auth, string service, string operation, int status) =>
        log.Add(new RecordedRequest(
            service, operation, wire.Method, wire.RawPath, wire.RawQuery,
            wire.Headers.ToDictionary(h => h.Key, h => string.Join(',', h.Value)),
            wire.BodyText,
            auth.Authorization?.SignedHeaders ?? Array.Empty<string>(),
            status,
            auth.Credential?.AccountId ?? "",
            auth.Authorization?.Region ?? ""));

    /// <summary>No answer: hold the request first for a stall (until its time is up, the client gives up or the emulator stops), then cut the connection.</summary>
    private async Task DropAsync(HttpContext http, Fault fault)
    {
        if (fault.Kind is FaultKind.Stall or FaultKind.StallAfter)
        {
            using var hold = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
            try
            {
                await Task.Delay(fault.StallFor ?? Timeout.InfiniteTimeSpan, hold.Token);
            }
            catch (OperationCanceledException)
            {
                // The client gave up or the emulator is stopping: the connection goes either way.
            }
        }
        http.Abort();
    }

    /// <summary>
    /// Status, headers and the first half of the body (announced at its full length), then the connection is closed:
    /// Kestrel closes it after the output it holds is sent, as it does for an answer shorter than its Content-Length.
    /// An empty answer announces one byte it never sends, so the client waits for a body it does not get.
    /// </summary>
    private static async Task WriteHalfAsync(
        HttpContext http, string requestId, int status, JsonNode? body, string? errorType, IReadOnlyDictionary<string, string> extraHeaders)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.Headers["x-amzn-RequestId"] = requestId;
        if (errorType is not null) response.Headers["x-amzn-ErrorType"] = errorType;
        foreach (var (name, value) in extraHeaders) response.Headers[name] = value;
        var bytes = body is null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(body.ToJsonString());
        if (body is not null) response.ContentType = "application/json";
        response.ContentLength = Math.Max(bytes.Length, 1);
        try
        {
            await response.StartAsync(http.RequestAborted);
            await response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), http.RequestAborted);
            await response.Body.FlushAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or System.IO.IOException)
        {
            // The client is gone already.
        }
    }

    public static async Task WriteAsync(
        HttpContext http, string requestId, int status, JsonNode? body, string? errorType, IReadOnlyDictionary<string, string>? extraHeaders = null)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.Headers["x-amzn-RequestId"] = requestId;
        if (errorType is not null) response.Headers["x-amzn-ErrorType"] = errorType;
        foreach (var (name, value) in extraHeaders ?? new Dictionary<string, string>()) response.Headers[name] = value;
        if (body is null)
        {
            response.ContentLength = 0;
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        response.ContentType = "application/json";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private static async Task<WireRequest> ReadAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
        var headers = http.Request.Headers.Select(h => new KeyValuePair<string, string[]>(h.Key, h.Value.Select(v => v ?? "").ToArray()));
        return new WireRequest(http.Request.Method, rawTarget, headers, buffer.ToArray());
    }
}
