using System.Globalization;
using System.Text.Json.Nodes;

namespace SecLake.Emulator.Http;

/// <summary>How the two protocols write timestamps: QLDB epoch seconds (a JSON number), Security Lake ISO-8601 strings.</summary>
internal static class WireFormat
{
    /// <summary>Epoch seconds with millisecond precision, e.g. 1732170000.123.</summary>
    public static JsonNode EpochSeconds(DateTimeOffset time) =>
        JsonValue.Create(decimal.Round(time.ToUnixTimeMilliseconds() / 1000m, 3))!;

    /// <summary>ISO-8601 in UTC with milliseconds, e.g. 2026-11-21T10:00:00.123Z.</summary>
    public static JsonNode Iso8601(DateTimeOffset time) =>
        JsonValue.Create(time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))!;
}
