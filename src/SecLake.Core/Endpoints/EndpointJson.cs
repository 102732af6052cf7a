using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace SecLake.Endpoints
{
    /// <summary>
    /// Writes resolved properties and headers as the JSON the SDK's <c>Endpoint(url, attributesJson,
    /// headersJson)</c> constructor reads: properties as the rule set's object (so <c>authSchemes</c> arrives
    /// as a list of property bags), headers as an object of string arrays.
    /// </summary>
    internal static class EndpointJson
    {
        /// <summary>The JSON, or null when there is nothing to send (the SDK then leaves the member null).</summary>
        public static string? Properties(IReadOnlyDictionary<string, object?> properties) =>
            properties.Count == 0 ? null : Write(writer => WriteValue(writer, properties));

        /// <summary>The JSON, or null when there are no headers.</summary>
        public static string? Headers(IReadOnlyDictionary<string, IReadOnlyList<string>> headers) =>
            headers.Count == 0 ? null : Write(writer =>
            {
                writer.WriteStartObject();
                foreach (var header in headers)
                {
                    writer.WriteStartArray(header.Key);
                    foreach (var value in header.Value)
                    {
                        writer.WriteStringValue(value);
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            });

        private static string Write(System.Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                write(writer);
            }
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void WriteValue(Utf8JsonWriter writer, object? value)
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string s:
                    writer.WriteStringValue(s);
                    break;
                case bool b:
                    writer.WriteBooleanValue(b);
                    break;
                case int i:
                    writer.WriteNumberValue(i);
                    break;
                case IReadOnlyDictionary<string, object?> record:
                    writer.WriteStartObject();
                    foreach (var field in record)
                    {
                        writer.WritePropertyName(field.Key);
                        WriteValue(writer, field.Value);
                    }
                    writer.WriteEndObject();
                    break;
                case IReadOnlyList<object?> list:
                    writer.WriteStartArray();
                    foreach (var item in list)
                    {
                        WriteValue(writer, item);
                    }
                    writer.WriteEndArray();
                    break;
                default:
                    throw new EndpointResolutionException($"Endpoint property value of type {value.GetType().Name} cannot be passed to the SDK.");
            }
        }
    }
}
