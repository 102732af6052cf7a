using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SecLake.Emulator.Http;

/// <summary>
/// Unsigned endpoints under /_emulator/ so another process (Pester tests) can drive the emulator:
/// health, the request log, reset, and fault injection. They are not recorded.
/// </summary>
internal sealed class ControlEndpoints(RequestLog log, FaultInjector faults, Action reset)
{
    public const string Prefix = "/_emulator/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task HandleAsync(HttpContext http, string path, string requestId)
    {
        var method = http.Request.Method.ToUpperInvariant();
        switch (method, path.TrimEnd('/'))
        {
            case ("GET", "/_emulator/health"):
                await Reply(http, requestId, 200, new JsonObject { ["status"] = "ok" });
                break;
            case ("GET", "/_emulator/requests"):
                await Reply(http, requestId, 200, JsonSerializer.SerializeToNode(log.Snapshot(), Json));
                break;
            case ("POST", "/_emulator/reset"):
                reset();
                await Reply(http, requestId, 200, new JsonObject { ["reset"] = true });
                break;
            case ("POST", "/_emulator/faults"):
                await AddFault(http, requestId);
                break;
            case ("DELETE", "/_emulator/faults"):
                faults.Clear();
                await Reply(http, requestId, 200, new JsonObject { ["cleared"] = true });
                break;
            default:
                await Reply(http, requestId, 404, new JsonObject { ["message"] = $"No control endpoint {method} {path}." });
                break;
        }
    }

    private async Task AddFault(HttpContext http, string requestId)
    {
        FaultRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<FaultRequest>(http.Request.Body, Json, http.RequestAborted);
        }
        catch (JsonException e)
        {
            await Reply(http, requestId, 400, new JsonObject { ["message"] = $"Invalid fault JSON: {e.Message}" });
            return;
        }
        if (request is null || request.Count < 1 || request.StatusCode < 0 || request.LatencyMs < 0)
        {
            await Reply(http, requestId, 400, new JsonObject { ["message"] = "A fault needs count >= 1, statusCode >= 0 and latencyMs >= 0." });
            return;
        }

        faults.Add(request.Service ?? "*", request.Operation ?? "*", new Fault
        {
            StatusCode = request.StatusCode,
            ErrorCode = request.ErrorCode,
            Message = request.Message,
            RetryAfterSeconds = request.RetryAfterSeconds,
            Latency = TimeSpan.FromMilliseconds(request.LatencyMs),
        }, request.Count);
        await Reply(http, requestId, 200, JsonSerializer.SerializeToNode(request, Json));
    }

    private static Task Reply(HttpContext http, string requestId, int status, JsonNode? body) =>
        ServicePipeline.WriteAsync(http, requestId, status, body, errorType: null);

    /// <summary>The JSON body of POST /_emulator/faults.</summary>
    private sealed record FaultRequest(
        string? Service,
        string? Operation,
        int Count = 1,
        int StatusCode = 0,
        string? ErrorCode = null,
        string? Message = null,
        int? RetryAfterSeconds = null,
        int LatencyMs = 0);
}
