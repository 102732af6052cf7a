using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SecLake.Emulator.Auth;

/// <summary>
/// The AWS Signature Version 4 algorithm for non-S3 services, written from the AWS documentation (no SDK).
/// Everything works on the request as it was sent on the wire: the path and query are the raw, already
/// percent-encoded text, which is why the canonical path ends up encoded a second time (as the spec requires
/// for every service but S3, and as botocore and the AWS SDK for .NET do).
/// </summary>
public static class SigV4
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>
    /// Canonical URI: dot segments and empty segments removed (AWS services require consecutive slashes to be
    /// collapsed), then every byte URI-encoded except unreserved characters and '/'.
    /// </summary>
    public static string CanonicalUri(string rawPath)
    {
        var normalized = NormalizePath(rawPath);
        return UriEncode(normalized, keepSlash: true);
    }

    /// <summary>RFC 3986 dot-segment removal plus removal of empty segments; keeps a leading and a trailing slash.</summary>
    public static string NormalizePath(string rawPath)
    {
        if (string.IsNullOrEmpty(rawPath)) return "/";
        var output = new List<string>();
        foreach (var segment in rawPath.Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == "..")
            {
                if (output.Count > 0) output.RemoveAt(output.Count - 1);
                continue;
            }
            output.Add(segment);
        }
        var trailing = rawPath.EndsWith('/') && output.Count > 0 ? "/" : "";
        return "/" + string.Join('/', output) + trailing;
    }

    /// <summary>
    /// Canonical query: each name and value decoded from the wire form and encoded again strictly (RFC 3986),
    /// sorted by encoded name then encoded value (ordinal), joined with '&amp;'. A name without '=' gets an empty value.
    /// </summary>
    public static string CanonicalQueryString(string rawQuery)
    {
        if (string.IsNullOrEmpty(rawQuery)) return "";
        var pairs = new List<(string Key, string Value)>();
        foreach (var part in rawQuery.TrimStart('?').Split('&'))
        {
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=');
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            pairs.Add((UriEncode(Uri.UnescapeDataString(key), keepSlash: false),
                       UriEncode(Uri.UnescapeDataString(value), keepSlash: false)));
        }
        return string.Join('&', pairs
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
    }

    /// <summary>
    /// The canonical headers block (each "name:value\n") for the signed header names, in the order given.
    /// Values are trimmed and runs of whitespace collapsed to one space; repeated headers are joined with ','.
    /// </summary>
    public static string CanonicalHeaders(IReadOnlyList<string> signedHeaders, Func<string, IEnumerable<string>> valuesOf)
    {
        var builder = new StringBuilder();
        foreach (var name in signedHeaders)
        {
            var values = valuesOf(name).Select(CollapseWhitespace);
            builder.Append(name.ToLowerInvariant()).Append(':').Append(string.Join(',', values)).Append('\n');
        }
        return builder.ToString();
    }

    public static string CanonicalRequest(
        string method,
        string rawPath,
        string rawQuery,
        IReadOnlyList<string> signedHeaders,
        Func<string, IEnumerable<string>> headerValues,
        string payloadHash)
    {
        return string.Join('\n',
            method.ToUpperInvariant(),
            CanonicalUri(rawPath),
            CanonicalQueryString(rawQuery),
            CanonicalHeaders(signedHeaders, headerValues),
            string.Join(';', signedHeaders),
            payloadHash);
    }

    public static string CredentialScope(string date, string region, string service) =>
        $"{date}/{region}/{service}/aws4_request";

    public static string StringToSign(string amzDate, string credentialScope, string canonicalRequest) =>
        string.Join('\n', Algorithm, amzDate, credentialScope, HexSha256(Encoding.UTF8.GetBytes(canonicalRequest)));

    /// <summary>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").</summary>
    public static byte[] SigningKey(string secretKey, string date, string region, string service)
    {
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        return Hmac(key, "aws4_request");
    }

    public static string Signature(byte[] signingKey, string stringToSign) =>
        Convert.ToHexStringLower(Hmac(signingKey, stringToSign));

    public static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>URI-encodes UTF-8 bytes: A-Z a-z 0-9 - _ . ~ stay, '/' stays when asked, the rest become %XX (upper case).</summary>
    public static string UriEncode(string value, bool keepSlash)
    {
        var builder = new StringBuilder(value.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (IsUnreserved(c) || (keepSlash && c == '/')) builder.Append(c);
            else builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static bool IsUnreserved(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.' or '~';

    private static string CollapseWhitespace(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
