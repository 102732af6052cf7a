using System.Text.Json;
using System.Text.Json.Nodes;
using SecLake.Emulator.SecurityLake;

namespace SecLake.Emulator.Http;

/// <summary>
/// Unsigned endpoints under /_emulator/ so another process (Pester tests) can drive the emulator:
/// health, the request log, reset, fault injection, and the Security Lake exceptions a test wants listed. They are not recorded.
/// </summary>
internal sealed class ControlEndpoints(RequestLog log, FaultInjector faults, Action reset, SecurityLakeState securityLake)
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
            case ("POST", "/_emulator/securitylake/exceptions"):
                await AddDataLakeException(http, requestId);
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
        var kind = FaultKind.Error;
        if (request is null || request.Count < 1 || request.StatusCode < 0 || request.LatencyMs < 0 || request.Skip < 0 || request.StallMs < 0)
        {
            await Reply(http, requestId, 400, new JsonObject { ["message"] = "A fault needs count >= 1, statusCode >= 0, latencyMs >= 0, skip >= 0 and stallMs >= 0." });
            return;
        }
        if (request.Kind is not null && !FaultKinds.TryParse(request.Kind, out kind))
        {
            var kinds = string.Join(", ", Enum.GetValues<FaultKind>().Select(FaultKinds.Name));
            await Reply(http, requestId, 400, new JsonObject { ["message"] = $"Unknown fault kind '{request.Kind}'; the kinds are {kinds}." });
            return;
        }
        if (request.Rate is { } r && !(r > 0 && r <= 1))
        {
            await Reply(http, requestId, 400, new JsonObject { ["message"] = "A fault's rate is a probability above 0 and at most 1." });
            return;
        }

        var fault = new Fault
        {
            Kind = kind,
            StatusCode = request.StatusCode,
            ErrorCode = request.ErrorCode,
            Message = request.Message,
            RetryAfterSeconds = request.RetryAfterSeconds,
            Latency = TimeSpan.FromMilliseconds(request.LatencyMs),
            StallFor = request.StallMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        };
        var (service, operation) = (request.Service ?? "*", request.Operation ?? "*");
        if (request.Rate is { } rate) faults.AddRandom(service, operation, fault, rate, request.Seed ?? 0, request.Count, request.Skip);
        else faults.Add(service, operation, fault, request.Count ?? 1, request.Skip);
        await Reply(http, requestId, 200, JsonSerializer.SerializeToNode(request, Json));
    }

    // ---- Security Lake exceptions ----

    private async Task AddDataLakeException(HttpContext http, string requestId)
    {
        DataLakeExceptionRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<DataLakeExceptionRequest>(http.Request.Body, Json, http.RequestAborted);
        }
        catch (JsonException e)
        {
            await Reply(http, requestId, 400, new JsonObject { ["message"] = $"Invalid exception JSON: {e.Message}" });
            return;
        }
        if (request is null || string.IsNullOrEmpty(request.Region) || string.IsNullOrEmpty(request.Exception) || request.Remediation is null)
        {
            await Reply(http, requestId, 400, new JsonObject { ["message"] = "An exception needs region, exception and remediation." });
            return;
        }
        var account = request.AccountId ?? EmulatorCredential.Default.AccountId;
        try
        {
            securityLake.AddException(account, new DataLakeExceptionEntry(request.Region, request.Exception, request.Remediation, request.Timestamp ?? DateTimeOffset.UtcNow));
        }
        catch (InvalidOperationException e)
        {
            await Reply(http, requestId, 400, new JsonObject { ["message"] = e.Message });
            return;
        }
        await Reply(http, requestId, 200, JsonSerializer.SerializeToNode(request, Json));
    }

    /// <summary>
    /// The JSON body of POST /_emulator/securitylake/exceptions: an exception to record for <c>accountId</c> (default: the
    /// default credential's account) in <c>region</c>, which must have a data lake; <c>timestamp</c> defaults to now.
    /// </summary>
    private sealed record DataLakeExceptionRequest(string? AccountId, string? Region, string? Exception, string? Remediation, DateTimeOffset? Timestamp);

    private static Task Reply(HttpContext http, string requestId, int status, JsonNode? body) =>
        ServicePipeline.WriteAsync(http, requestId, status, body, errorType: null);

    /// <summary>
    /// The JSON body of POST /_emulator/faults. Which calls: service and operation ("*" or absent: any), the first
    /// <c>skip</c> matching calls pass, then <c>count</c> calls (default 1) or, with <c>rate</c>, each with that probability
    /// (generator seeded with <c>seed</c>, default 0; <c>count</c> then caps the number, absent: no cap). What happens:
    /// <c>kind</c> (error, reset-after, close-before, stall, stall-after, half-body; default error), the error's
    /// statusCode, errorCode, message and retryAfterSeconds, latencyMs before anything, and stallMs for the stalls.
    /// </summary>
    private sealed record FaultRequest(
        string? Service,
        string? Operation,
        int? Count = null,
        int StatusCode = 0,
        string? ErrorCode = null,
        string? Message = null,
        int? RetryAfterSeconds = null,
        int LatencyMs = 0,
        string? Kind = null,
        int Skip = 0,
        double? Rate = null,
        int? Seed = null,
        int? StallMs = null);
}
