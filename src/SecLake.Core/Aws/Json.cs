using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SecLake.Aws;

/// <summary>
/// The one JSON helper of every service's wire: request bodies written member by member, response members read by
/// their model names (a missing or null member reads as null, never as an error).
/// </summary>
public static class Json
{
    // Relaxed escaping keeps '+', '/' and non-ASCII readable; a body is never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A UTF-8 JSON object whose members <paramref name="writeMembers"/> writes.</summary>
    public static byte[] Object(Action<Utf8JsonWriter> writeMembers)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    public static void StringIfSet(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value != null) writer.WriteString(name, value);
    }

    public static void StringArray(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    /// <summary>A JSON map of strings (QLDB's <c>Tags</c>), keys in ordinal order; a null value is written as null.</summary>
    public static void StringMap(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, string?>> map)
    {
        writer.WriteStartObject(name);
        foreach (var pair in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (pair.Value == null) writer.WriteNull(pair.Key);
            else writer.WriteString(pair.Key, pair.Value);
        }
        writer.WriteEndObject();
    }

    /// <summary>A list of <c>{"key": ..., "value": ...}</c> objects (Security Lake's <c>TagList</c>).</summary>
    public static void TagList(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, string>> tags)
    {
        writer.WriteStartArray(name);
        foreach (var tag in tags)
        {
            writer.WriteStartObject();
            writer.WriteString("key", tag.Key);
            writer.WriteString("value", tag.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>A member that is present and not null.</summary>
    public static JsonElement? Member(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : (JsonElement?)null;

    public static string? String(this JsonElement element, string name) =>
        element.Member(name) is JsonElement value && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool? Bool(this JsonElement element, string name) =>
        element.Member(name) is JsonElement value && (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False)
            ? value.GetBoolean()
            : (bool?)null;

    public static int? Int(this JsonElement element, string name) =>
        element.Member(name) is JsonElement value && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : (int?)null;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.Member(name) is JsonElement value && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToList()
            : Enumerable.Empty<JsonElement>();

    public static IList<string>? StringList(this JsonElement element, string name) =>
        element.Member(name) is JsonElement value && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : null;

    /// <summary>
    /// A timestamp as UTC, in either restJson1 form: epoch seconds (a JSON number, possibly fractional; QLDB) or
    /// ISO-8601 text (Security Lake's model).
    /// </summary>
    public static DateTime? Timestamp(this JsonElement element, string name)
    {
        switch (element.Member(name))
        {
            case JsonElement text when text.ValueKind == JsonValueKind.String:
                return DateTimeOffset.TryParse(text.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed.UtcDateTime : (DateTime?)null;
            case JsonElement number when number.ValueKind == JsonValueKind.Number:
                return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(number.GetDouble() * 1000, MidpointRounding.AwayFromZero)).UtcDateTime;
            default:
                return null;
        }
    }

    /// <summary>A JSON map of strings as a dictionary (a non-string value reads as null).</summary>
    public static Dictionary<string, string?> StringMap(this JsonElement element, string name)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (element.Member(name) is JsonElement value && value.ValueKind == JsonValueKind.Object)
            foreach (var member in value.EnumerateObject())
                map[member.Name] = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : null;
        return map;
    }

    /// <summary>A <c>TagList</c> as a map sorted by key (a repeated key keeps its last value).</summary>
    public static IDictionary<string, string> TagList(this JsonElement element, string name)
    {
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in element.Array(name))
        {
            var key = tag.String("key");
            if (key != null) tags[key] = tag.String("value") ?? "";
        }
        return tags;
    }
}
