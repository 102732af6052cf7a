using System.Collections.Generic;
using System.Text.Json;

namespace SecLake.Aws;

/// <summary>A successful (2xx) response: status, request id and the JSON body (an empty object when the body is empty).</summary>
public sealed class RestResponse
{
    public RestResponse(int statusCode, string? requestId, JsonElement body, IReadOnlyDictionary<string, string> headers)
    {
        StatusCode = statusCode;
        RequestId = requestId;
        Body = body;
        Headers = headers;
    }

    public int StatusCode { get; }
    public string? RequestId { get; }
    public JsonElement Body { get; }
    public IReadOnlyDictionary<string, string> Headers { get; }
}
