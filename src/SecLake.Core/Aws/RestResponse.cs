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

    /// <summary>
    /// The answer to report for a request whose effect a <see cref="Resend.AfterCheck"/> lookup found (an operation
    /// whose response has no members, such as a delete): 200 and an empty object.
    /// </summary>
    public static RestResponse Empty()
    {
        using var document = JsonDocument.Parse("{}");
        return new RestResponse(200, null, document.RootElement.Clone(), new Dictionary<string, string>());
    }

    public int StatusCode { get; }
    public string? RequestId { get; }
    public JsonElement Body { get; }
    public IReadOnlyDictionary<string, string> Headers { get; }
}
