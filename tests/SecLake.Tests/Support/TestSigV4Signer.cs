using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SecLake.Emulator;

namespace SecLake.Tests.Support;

/// <summary>Access key, secret and optional session token a test signs with.</summary>
public sealed record TestCredentials(string AccessKey, string SecretKey, string? SessionToken = null)
{
    /// <summary>The emulator's default credential (the AWS documentation example key).</summary>
    public static readonly TestCredentials Default = new(EmulatorCredential.Default.AccessKey, EmulatorCredential.Default.SecretKey);
}

/// <summary>
/// A small client-side SigV4 signer for tests, written separately from the emulator's verifier so one can
/// check the other (both are checked against AWS's published vectors). It signs what HttpClient will send:
/// the URI's escaped path, encoded once more per segment as SigV4 requires for services other than S3.
/// </summary>
public static class TestSigV4Signer
{
    public const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>Adds Host, X-Amz-Date, optional X-Amz-Security-Token / X-Amz-Content-Sha256 and Authorization.</summary>
    public static void Sign(
        HttpRequestMessage request,
        byte[] body,
        TestCredentials credentials,
        string region,
        string service,
        DateTimeOffset? time = null,
        bool sendContentSha256 = false)
    {
        var uri = request.RequestUri ?? throw new ArgumentException("The request needs an absolute URI.");
        var amzDate = (time ?? DateTimeOffset.UtcNow).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var payloadHash = Hex(SHA256.HashData(body));

        request.Headers.Host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        request.Headers.Remove("X-Amz-Date");
        request.Headers.Add("X-Amz-Date", amzDate);
        if (credentials.SessionToken is not null) request.Headers.Add("X-Amz-Security-Token", credentials.SessionToken);
        if (sendContentSha256) request.Headers.Add("X-Amz-Content-Sha256", payloadHash);

        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = request.Headers.Host!,
            ["x-amz-date"] = amzDate,
        };
        if (credentials.SessionToken is not null) headers["x-amz-security-token"] = credentials.SessionToken;
        if (sendContentSha256) headers["x-amz-content-sha256"] = payloadHash;
        if (request.Content?.Headers.ContentType is { } contentType) headers["content-type"] = contentType.ToString();

        var signature = Signature(request.Method.Method, uri.AbsolutePath, uri.Query, headers, payloadHash,
            credentials.SecretKey, amzDate, region, service, out var signedHeaders);
        var scope = $"{amzDate[..8]}/{region}/{service}/aws4_request";
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={credentials.AccessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    /// <summary>The signature of a request given its wire path and query and its (lower-case) headers to sign.</summary>
    public static string Signature(
        string method, string wirePath, string wireQuery, IReadOnlyDictionary<string, string> headers, string payloadHash,
        string secretKey, string amzDate, string region, string service, out string signedHeaders)
    {
        var canonical = CanonicalRequest(method, wirePath, wireQuery, headers, payloadHash, out signedHeaders);
        var scope = $"{amzDate[..8]}/{region}/{service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";

        var key = Encoding.UTF8.GetBytes("AWS4" + secretKey);
        foreach (var part in new[] { amzDate[..8], region, service, "aws4_request" })
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    public static string CanonicalRequest(
        string method, string wirePath, string wireQuery, IReadOnlyDictionary<string, string> headers, string payloadHash,
        out string signedHeaders)
    {
        // Every segment as sent is escaped once more (so "%3A" becomes "%253A").
        var path = "/" + string.Join("/", wirePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
        var query = string.Join("&", wireQuery.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => (Key: Uri.EscapeDataString(Uri.UnescapeDataString(kv[0])),
                           Value: Uri.EscapeDataString(Uri.UnescapeDataString(kv.Length > 1 ? kv[1] : ""))))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ThenBy(kv => kv.Value, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}={kv.Value}"));
        var ordered = headers.OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
        signedHeaders = string.Join(";", ordered.Select(h => h.Key));
        var canonicalHeaders = string.Concat(ordered.Select(h => $"{h.Key}:{h.Value.Trim()}\n"));
        return $"{method}\n{path}\n{query}\n{canonicalHeaders}\n{signedHeaders}\n{payloadHash}";
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
