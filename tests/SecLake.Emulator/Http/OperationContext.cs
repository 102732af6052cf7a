using System.Text.Json;
using System.Text.Json.Nodes;
using SecLake.Emulator.Model;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.Http;

/// <summary>
/// What an operation needs to run: who calls (account, signing region), the bound inputs, the clock, and the
/// operation's input shape in the service model, which the member readers (<see cref="Input"/>, <see cref="UriMember"/>,
/// <see cref="QueryMember"/>, ...) check each value against.
/// </summary>
internal sealed class OperationContext(
    ServiceModel model,
    OperationModel operation,
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

    public OperationModel Operation => operation;

    public string Label(string name) => labels[name];

    public string? QueryValue(string name) => query.Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();

    public List<string>? QueryValues(string name)
    {
        var values = query.Where(p => p.Key == name).Select(p => p.Value).ToList();
        return values.Count == 0 ? null : values;
    }

    /// <summary>The input structure's body members, checked against the model as they are read.</summary>
    public JsonMembers Input(Validator validator) => new(Body, "", validator, model, InputShape);

    /// <summary>A member bound to a URI label, checked against its shape (reported under the member name).</summary>
    public string? UriMember(Validator validator, string member)
    {
        var (binding, shape, required) = Bound(member, "uri");
        return validator.String(member, labels.TryGetValue(binding.WireName, out var value) ? value : null, shape.AsString, required);
    }

    /// <summary>A string member bound to a query parameter.</summary>
    public string? QueryMember(Validator validator, string member)
    {
        var (binding, shape, required) = Bound(member, "querystring");
        return validator.String(member, QueryValue(binding.WireName), shape.AsString, required);
    }

    /// <summary>An integer member bound to a query parameter (text that is not a number is a violation).</summary>
    public int? QueryIntegerMember(Validator validator, string member)
    {
        var (binding, shape, required) = Bound(member, "querystring");
        var text = QueryValue(binding.WireName);
        if (text is null && required) validator.Missing(member);
        return validator.IntegerText(member, text, shape.AsInteger);
    }

    /// <summary>A list-of-strings member bound to a repeated query parameter: its size, then each item.</summary>
    public List<string>? QueryListMember(Validator validator, string member)
    {
        var (binding, shape, required) = Bound(member, "querystring");
        var values = QueryValues(binding.WireName);
        if (values is null)
        {
            if (required) validator.Missing(member);
            return null;
        }
        var item = model.Shape(shape.ListMember!).AsString;
        validator.Size(member, values.Count, shape.AsSize, $"'[{string.Join(", ", values)}]'");
        for (var i = 0; i < values.Count; i++) validator.String($"{member}[{i}]", values[i], item);
        return values;
    }

    private ShapeModel InputShape =>
        operation.InputShape is { } name ? model.Shape(name) : throw new InvalidOperationException($"{operation.Name} has no input shape.");

    private (MemberModel Binding, ShapeModel Shape, bool Required) Bound(string member, string location)
    {
        var input = InputShape;
        var binding = input.Member(member);
        if (binding.Location != location)
            throw new InvalidOperationException($"{operation.Name}'s member {member} is bound to {binding.Location ?? "the body"}, not {location}.");
        return (binding, model.Shape(binding.Shape), input.IsRequired(member));
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
