using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace SecLake.Aws
{
    /// <summary>Small helpers for writing request bodies and reading response members with System.Text.Json.</summary>
    public static class JsonBody
    {
        public static byte[] Write(Action<Utf8JsonWriter> writeMembers)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writeMembers(writer);
                writer.WriteEndObject();
            }
            return stream.ToArray();
        }

        public static string? String(this JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        public static bool? Bool(this JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && (v.ValueKind == JsonValueKind.True || v.ValueKind == JsonValueKind.False) ? v.GetBoolean() : (bool?)null;

        public static int? Int(this JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : (int?)null;

        public static JsonElement? Object(this JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : (JsonElement?)null;

        public static JsonElement.ArrayEnumerator Array(this JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : default;

        /// <summary>A restJson1 timestamp in epoch seconds (a JSON number, possibly fractional) as UTC.</summary>
        public static DateTime? EpochSeconds(this JsonElement e, string name)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Number) return null;
            var millis = (long)Math.Round(v.GetDouble() * 1000, MidpointRounding.AwayFromZero);
            return DateTimeOffset.FromUnixTimeMilliseconds(millis).UtcDateTime;
        }

        /// <summary>A timestamp as an ISO-8601 string (date-time format) as UTC.</summary>
        public static DateTime? IsoTimestamp(this JsonElement e, string name)
        {
            var text = e.String(name);
            return text != null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
                ? value.UtcDateTime : (DateTime?)null;
        }
    }
}
