using System.Text.Json;
using System.Text.Json.Nodes;
using SecLake.Emulator.Model;

namespace SecLake.Emulator.Validation;

/// <summary>
/// Reads the members of one JSON structure of a request body, checking each against its shape in the service model
/// (the member's target shape gives min, max, pattern and enum; the structure's <c>required</c> list says which
/// must be there) and reporting violations (with their member path) to a shared <see cref="Validator"/>. A JSON
/// null counts as absent. Naming a member the structure does not have is an emulator bug and throws.
/// </summary>
internal sealed class JsonMembers(JsonObject json, string path, Validator validator, ServiceModel model, ShapeModel structure)
{
    public JsonObject Json => json;

    public bool Has(string name) => json[name] is not null;

    public string? String(string name)
    {
        var (shape, required) = Member(name);
        var node = json[name];
        if (node is null) return validator.String(PathOf(name), null, shape.AsString, required);
        if (!TryGet(node, JsonValueKind.String, out string? value))
        {
            TypeMismatch(name, "string", node);
            return null;
        }
        return validator.String(PathOf(name), value, shape.AsString);
    }

    public bool? Boolean(string name)
    {
        var (_, required) = Member(name);
        var node = json[name];
        if (node is null)
        {
            if (required) validator.Missing(PathOf(name));
            return null;
        }
        if (node is JsonValue v && (v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)) return v.GetValue<bool>();
        TypeMismatch(name, "boolean", node);
        return null;
    }

    public int? Integer(string name)
    {
        var (shape, required) = Member(name);
        var node = json[name];
        if (node is null) return validator.Integer(PathOf(name), null, shape.AsInteger, required);
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int number))
            return validator.Integer(PathOf(name), number, shape.AsInteger);
        TypeMismatch(name, "integer", node);
        return null;
    }

    public JsonMembers? Structure(string name)
    {
        var (shape, required) = Member(name);
        var node = json[name];
        if (node is null)
        {
            if (required) validator.Missing(PathOf(name));
            return null;
        }
        if (node is JsonObject obj) return new JsonMembers(obj, PathOf(name), validator, model, shape);
        TypeMismatch(name, "structure", node);
        return null;
    }

    public List<JsonMembers>? StructureList(string name)
    {
        var (list, array) = Array(name);
        if (array is null) return null;
        var item = model.Shape(list.ListMember!);
        var result = new List<JsonMembers>();
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{PathOf(name)}[{i}]";
            if (array[i] is JsonObject obj) result.Add(new JsonMembers(obj, itemPath, validator, model, item));
            else validator.Fail(itemPath, "Member must be a structure", Show(array[i]));
        }
        return result;
    }

    public List<string>? StringList(string name)
    {
        var (list, array) = Array(name);
        if (array is null) return null;
        var item = model.Shape(list.ListMember!).AsString;
        var result = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{PathOf(name)}[{i}]";
            if (array[i] is { } node && TryGet(node, JsonValueKind.String, out string? value))
                result.Add(validator.String(itemPath, value, item)!);
            else
                validator.Fail(itemPath, array[i] is null ? "Member must not be null" : "Member must be a string", Show(array[i]));
        }
        return result;
    }

    /// <summary>A string-to-string map; values may be null where the model allows it (QLDB tag values).</summary>
    public Dictionary<string, string?>? StringMap(string name)
    {
        var (shape, required) = Member(name);
        var node = json[name];
        if (node is null)
        {
            if (required) validator.Missing(PathOf(name));
            return null;
        }
        if (node is not JsonObject map)
        {
            TypeMismatch(name, "map", node);
            return null;
        }
        var key = model.Shape(shape.MapKey!).AsString;
        var value = model.Shape(shape.MapValue!).AsString;
        validator.Size(PathOf(name), map.Count, shape.AsSize, Show(map));
        var result = new Dictionary<string, string?>();
        foreach (var (entryKey, entryValue) in map)
        {
            validator.String($"{PathOf(name)}.key", entryKey, key);
            if (entryValue is null)
            {
                result[entryKey] = null;
            }
            else if (TryGet(entryValue, JsonValueKind.String, out string? text))
            {
                result[entryKey] = validator.String($"{PathOf(name)}.{entryKey}", text, value);
            }
            else
            {
                validator.Fail($"{PathOf(name)}.{entryKey}", "Member must be a string", Show(entryValue));
            }
        }
        return result;
    }

    /// <summary>A <c>long</c> member (Security Lake's exceptionTimeToLive), checked against its shape's min and max.</summary>
    public long? Long(string name)
    {
        var (shape, required) = Member(name);
        var node = json[name];
        if (node is null) return validator.Long(PathOf(name), null, shape.Min, shape.Max, required);
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out long number))
            return validator.Long(PathOf(name), number, shape.Min, shape.Max);
        TypeMismatch(name, "long", node);
        return null;
    }

    /// <summary>
    /// A string member that holds a secret (an API key): read like <see cref="String"/>, but a value of the wrong type
    /// is reported without being quoted, so the secret is in no error.
    /// </summary>
    public string? SecretString(string name)
    {
        var node = json[name];
        if (node is not null && !TryGet(node, JsonValueKind.String, out _))
        {
            validator.Fail(PathOf(name), "Member must be a string", "(a secret, not shown)");
            return null;
        }
        return String(name);
    }

    /// <summary>The member's target shape and whether the structure requires it.</summary>
    private (ShapeModel Shape, bool Required) Member(string name) =>
        (model.Shape(structure.Member(name).Shape), structure.IsRequired(name));

    private (ShapeModel List, JsonArray? Array) Array(string name)
    {
        var (shape, required) = Member(name);
        var node = json[name];
        if (node is null)
        {
            if (required) validator.Missing(PathOf(name));
            return (shape, null);
        }
        if (node is not JsonArray array)
        {
            TypeMismatch(name, "list", node);
            return (shape, null);
        }
        validator.Size(PathOf(name), array.Count, shape.AsSize, Show(array));
        return (shape, array);
    }

    private string PathOf(string name) => path.Length == 0 ? name : $"{path}.{name}";

    private void TypeMismatch(string name, string expected, JsonNode node) =>
        validator.Fail(PathOf(name), $"Member must be a {expected}", Show(node));

    private static bool TryGet(JsonNode node, JsonValueKind kind, out string? value)
    {
        value = null;
        if (node is not JsonValue v || v.GetValueKind() != kind) return false;
        value = v.GetValue<string>();
        return true;
    }

    private static string Show(JsonNode? node) => node is null ? "null" : $"'{node.ToJsonString()}'";
}
