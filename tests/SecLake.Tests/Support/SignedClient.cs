using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SecLake.Tests.Support;

/// <summary>How one request is signed and, for rejection tests, spoilt after signing.</summary>
public sealed record SendOptions
{
    public string Region { get; init; } = "us-east-1";
    public TestCredentials Credentials { get; init; } = TestCredentials.Default;

    /// <summary>The service in the credential scope; null = the service the request is for.</summary>
    public string? SigningService { get; init; }

    public DateTimeOffset? SignTime { get; init; }
    public bool SendContentSha256 { get; init; }
    public bool Unsigned { get; init; }

    /// <summary>Runs after signing: change a header, or replace the body (see <see cref="ReplaceBody"/>).</summary>
    public Action<HttpRequestMessage>? AfterSigning { get; init; }

    /// <summary>Sends this body instead of the signed one.</summary>
    public string? ReplaceBody { get; init; }
}

/// <summary>A service answer: status, AWS headers and the JSON body (null when empty).</summary>
public sealed record ServiceReply(int Status, string? ErrorType, string? RequestId, JsonNode? Json, string Text, HttpResponseHeaders Headers)
{
    public string? ContentType { get; init; }

    public string? Message => (Json?["message"] ?? Json?["Message"])?.GetValue<string>();

    public override string ToString() => $"{Status} {ErrorType} {Text}";
}

/// <summary>Sends SigV4-signed REST-JSON requests to an emulator, as an AWS SDK would.</summary>
public sealed class SignedClient : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Uri _endpoint;

    public SignedClient(Uri endpoint) => _endpoint = endpoint;

    public Task<ServiceReply> QldbAsync(HttpMethod method, string pathAndQuery, JsonNode? body = null, SendOptions? options = null) =>
        SendAsync("qldb", method, pathAndQuery, body, options);

    public Task<ServiceReply> SecurityLakeAsync(HttpMethod method, string pathAndQuery, JsonNode? body = null, SendOptions? options = null) =>
        SendAsync("securitylake", method, pathAndQuery, body, options);

    public async Task<ServiceReply> SendAsync(string service, HttpMethod method, string pathAndQuery, JsonNode? body, SendOptions? options = null)
    {
        options ??= new SendOptions();
        var bytes = body is null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(body.ToJsonString());
        using var request = new HttpRequestMessage(method, new Uri(_endpoint, pathAndQuery.TrimStart('/')));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        if (!options.Unsigned)
        {
            TestSigV4Signer.Sign(request, bytes, options.Credentials, options.Region, options.SigningService ?? service,
                options.SignTime, options.SendContentSha256);
        }
        if (options.ReplaceBody is not null)
        {
            var contentType = request.Content?.Headers.ContentType;
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(options.ReplaceBody));
            request.Content.Headers.ContentType = contentType;
        }
        options.AfterSigning?.Invoke(request);

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ServiceReply(
            (int)response.StatusCode,
            Header(response, "x-amzn-ErrorType"),
            Header(response, "x-amzn-RequestId"),
            text.Length == 0 ? null : JsonNode.Parse(text),
            text,
            response.Headers)
        {
            ContentType = response.Content.Headers.ContentType?.MediaType,
        };
    }

    /// <summary>Plain unsigned HTTP, for the /_emulator/ control endpoints.</summary>
    public Task<HttpResponseMessage> RawAsync(HttpMethod method, string path, string? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri(_endpoint, path.TrimStart('/')));
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.FirstOrDefault()
        : null;
}
