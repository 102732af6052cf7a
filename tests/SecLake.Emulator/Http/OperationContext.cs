using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SecLake.Emulator.Http;

/// <summary>What an operation needs to run: who calls (account, signing region), the bound inputs, the clock.</summary>
internal sealed class OperationContext(
    string accountId,
    string region,
    IReadOnlyDictionary<string, string> labels,
    IReadOnlyList<KeyValuePair<string, string>> query,
    string bodyText,
    DateTimeOffset now,
    Func<string, ServiceError> malformedBody)
{
    private JsonObject? _body;

    public string AccountId => accountId;

    /// <summary>The region of the credential scope: the region whose state the call reads and changes.</summary>
    public string Region => region;

    public DateTimeOffset Now => now;

    public string Label(string name) => labels[name];

    public string? QueryValue(string name) => query.Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();

    public List<string>? QueryValues(string name)
    {
        var values = query.Where(p => p.Key == name).Select(p => p.Value).ToList();
        return values.Count == 0 ? null : values;
    }

    /// <summary>The JSON body; an empty body reads as {}. Anything but a JSON object is the service's malformed-request error.</summary>
    public JsonObject Body
    {
        get
        {
            if (_body is not null) return _body;
            if (string.IsNullOrWhiteSpace(bodyText)) return _body = new JsonObject();
            try
            {
                return _body = JsonNode.Parse(bodyText) as JsonObject
                               ?? throw malformedBody("The request body must be a JSON object.");
            }
            catch (JsonException e)
            {
                throw malformedBody($"The request body is not valid JSON: {e.Message}");
            }
        }
    }
}

/// <summary>A successful answer: status (the model's responseCode, 200) and JSON body; null body = empty body.</summary>
internal sealed record OperationResult(int StatusCode, JsonNode? Body)
{
    public static OperationResult Ok(JsonNode body) => new(200, body);

    /// <summary>For operations without an output shape: 200 and no body.</summary>
    public static OperationResult Empty() => new(200, null);
}
