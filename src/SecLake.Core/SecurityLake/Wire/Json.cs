using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SecLake.SecurityLake
{
    /// <summary>Small helpers for writing request bodies and reading response members by their model names.</summary>
    internal static class Json
    {
        // Relaxed escaping keeps '+', '/' and non-ASCII readable; the body is never embedded in HTML.
        private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

        /// <summary>A GA <c>TagList</c>: <c>[{"key": ..., "value": ...}]</c>.</summary>
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

        public static JsonElement? Member(this JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                ? value
                : (JsonElement?)null;

        public static string? String(this JsonElement element, string name) =>
            element.Member(name) is JsonElement value && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

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

        /// <summary>A timestamp as UTC: ISO-8601 text as the model says, or epoch seconds should a number arrive.</summary>
        public static DateTime? Timestamp(this JsonElement element, string name)
        {
            switch (element.Member(name))
            {
                case JsonElement text when text.ValueKind == JsonValueKind.String:
                    return DateTimeOffset.Parse(text.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime;
                case JsonElement number when number.ValueKind == JsonValueKind.Number:
                    return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(number.GetDouble() * 1000)).UtcDateTime;
                default:
                    return null;
            }
        }

        /// <summary>A GA <c>TagList</c> as a map (a repeated key keeps its last value).</summary>
        public static IDictionary<string, string> Tags(this JsonElement element, string name)
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
}
