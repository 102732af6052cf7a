using System.Text;

namespace SecLake.Emulator.Http;

/// <summary>A request as it arrived: raw (still percent-encoded) path and query, all headers, the body bytes.</summary>
internal sealed class WireRequest
{
    public WireRequest(string method, string rawTarget, IEnumerable<KeyValuePair<string, string[]>> headers, byte[] body)
    {
        Method = method.ToUpperInvariant();
        var question = rawTarget.IndexOf('?');
        RawPath = question < 0 ? rawTarget : rawTarget[..question];
        RawQuery = question < 0 ? "" : rawTarget[(question + 1)..];
        Headers = headers
            .GroupBy(h => h.Key.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.SelectMany(h => h.Value).ToList(), StringComparer.Ordinal);
        Body = body;
        BodyText = Encoding.UTF8.GetString(body);
    }

    public string Method { get; }
    public string RawPath { get; }
    public string RawQuery { get; }

    /// <summary>Lower-cased names; every value of a repeated header.</summary>
    public IReadOnlyDictionary<string, List<string>> Headers { get; }

    public byte[] Body { get; }
    public string BodyText { get; }

    public IEnumerable<string> HeaderValues(string name) =>
        Headers.TryGetValue(name.ToLowerInvariant(), out var values) ? values : Enumerable.Empty<string>();

    /// <summary>The header's values joined with ',' (how HTTP folds repeated headers), or null when absent.</summary>
    public string? Header(string name) =>
        Headers.TryGetValue(name.ToLowerInvariant(), out var values) ? string.Join(',', values) : null;

    /// <summary>Query parameters decoded, in order; a repeated name (a list member) appears once per value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryParameters()
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var part in RawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            result.Add(new(Uri.UnescapeDataString(key), Uri.UnescapeDataString(value)));
        }
        return result;
    }
}
