using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace SecLake.Aws;

/// <summary>Carries a <see cref="RestRequest"/> through the SDK pipeline, which only accepts its own request type.</summary>
internal sealed class RestWebServiceRequest : AmazonWebServiceRequest
{
    public RestWebServiceRequest(RestRequest rest, int attempt)
    {
        Rest = rest;
        Attempt = attempt;
    }

    public RestRequest Rest { get; }

    /// <summary>The retry loop's attempt number, for the trace.</summary>
    public int Attempt { get; }
}

/// <summary>The JSON body and headers of a successful response, parsed by the service client rather than the SDK.</summary>
internal sealed class RestWebServiceResponse : AmazonWebServiceResponse
{
    /// <summary>The body; an empty object for an empty body.</summary>
    public JsonElement Body { get; set; }

    public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Turns a <see cref="RestRequest"/> into the SDK's <see cref="IRequest"/>.</summary>
internal sealed class RestRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    private readonly ServiceDefinition _service;

    public RestRequestMarshaller(ServiceDefinition service) => _service = service;

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var rest = ((RestWebServiceRequest)input).Rest;
        var request = new DefaultRequest(input, _service.ServiceId) { HttpMethod = rest.Method };

        // The SDK encodes path segments itself, so hand it decoded segment values behind placeholders;
        // it re-encodes them with the same RFC 3986 rules UriLabel used (an encoded '/' stays inside its segment).
        var segments = rest.Path.Split('/');
        var template = new StringBuilder();
        for (int i = 1; i < segments.Length; i++)
        {
            var key = "{p" + i + "}";
            template.Append('/').Append(key);
            request.PathResources[key] = Uri.UnescapeDataString(segments[i]);
        }
        request.ResourcePath = template.Length == 0 ? "/" : template.ToString();

        foreach (var group in rest.Query.GroupBy(q => q.Key))
        {
            var values = group.Select(q => q.Value).ToList();
            if (values.Count == 1) request.ParameterCollection.Add(group.Key, values[0]);
            else request.ParameterCollection.Add(group.Key, values);
        }
        if (rest.Query.Count > 0) request.UseQueryString = true;

        if (rest.Body != null)
        {
            request.Content = rest.Body;
            request.Headers["Content-Type"] = "application/json";
        }
        else
        {
            // A body-less request carries no Content-Type (the CLI sends none; some services reject one).
            request.Headers.Remove("Content-Type");
        }
        return request;
    }
}

/// <summary>
/// Reads a response without the SDK's JSON reader: success bodies are handed back raw, error bodies become a
/// <see cref="ServiceErrorCarrier"/> (code from <c>x-amzn-ErrorType</c>, body <c>__type</c> or <c>code</c>), which
/// the client turns into the service's typed exception once the SDK's pipeline is done with it.
/// </summary>
internal sealed class RestResponseUnmarshaller : JsonResponseUnmarshaller
{
    private readonly ServiceDefinition _service;

    private static readonly byte[] EmptyObject = Encoding.UTF8.GetBytes("{}");

    public RestResponseUnmarshaller(ServiceDefinition service) => _service = service;

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        // Read and parsed here, inside the SDK's unmarshalling step: an answer cut off or not JSON fails this attempt as
        // unreadable (AmazonUnmarshallingException), and is never reported as a success.
        var bytes = ReadBody(context);
        using var document = JsonDocument.Parse(bytes.Length == 0 ? EmptyObject : bytes);
        var response = new RestWebServiceResponse { Body = document.RootElement.Clone() };
        foreach (var name in context.ResponseData.GetHeaderNames())
            response.Headers[name] = context.ResponseData.GetHeaderValue(name);
        return response;
    }

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception? innerException, HttpStatusCode statusCode)
    {
        var body = ReadBody(context);
        var text = body.Length == 0 ? null : Encoding.UTF8.GetString(body);
        var headers = context.ResponseData;
        var requestId = headers.GetHeaderValue("x-amzn-RequestId") ?? headers.GetHeaderValue("x-amz-request-id");
        var (code, message) = ErrorWireFormat.Read(headers.GetHeaderValue("x-amzn-ErrorType"), text);
        if (code == null)
        {
            // The SDK retries only errors with a throttling code; a bare 429 (an API gateway or proxy in front
            // of the service) is the same condition, so give it the generic throttling code.
            code = (int)statusCode == 429 ? "TooManyRequestsException" : "Http" + (int)statusCode;
        }
        message ??= $"{_service.ServiceId} returned HTTP {(int)statusCode} ({statusCode}) with no error message.";
        return new ServiceErrorCarrier(new ServiceErrorResponse(code, message, requestId, statusCode, text, innerException, RetryAfter(headers.GetHeaderValue("Retry-After"))));
    }

    /// <summary>Retry-After in its delta-seconds form (what AWS services send); an HTTP date is not used by them.</summary>
    internal static TimeSpan? RetryAfter(string? header) =>
        int.TryParse(header?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;

    private static byte[] ReadBody(JsonUnmarshallerContext context)
    {
        var buffered = context.GetResponseBodyBytes();
        if (buffered != null && buffered.Length > 0) return buffered;
        var stream = context.Stream;
        if (stream == null) return Array.Empty<byte>();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public override bool HasStreamingProperty => false;
}

/// <summary>The restJson1 error conventions, kept apart from the SDK so they can be tested directly.</summary>
public static class ErrorWireFormat
{
    /// <summary>
    /// Error code and message from the <c>x-amzn-ErrorType</c> header and/or the JSON body. The code loses anything
    /// after <c>:</c> and before <c>#</c>; the message is the body's <c>message</c> or <c>Message</c>.
    /// </summary>
    public static (string? Code, string? Message) Read(string? errorTypeHeader, string? body)
    {
        string? code = Normalize(errorTypeHeader);
        string? message = null;
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                using var doc = JsonDocument.Parse(body!);
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in doc.RootElement.EnumerateObject())
                    {
                        if (p.Value.ValueKind != JsonValueKind.String) continue;
                        var name = p.Name;
                        if (code == null && (name == "__type" || name == "code" || name == "Code")) code = Normalize(p.Value.GetString());
                        else if (message == null && (name == "message" || name == "Message" || name == "errorMessage")) message = p.Value.GetString();
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's HTML page, say): keep the header's code, report no message.
            }
        }
        return (code, message);
    }

    internal static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var code = raw!;
        var colon = code.IndexOf(':');
        if (colon >= 0) code = code.Substring(0, colon);
        var hash = code.IndexOf('#');
        if (hash >= 0) code = code.Substring(hash + 1);
        code = code.Trim();
        return code.Length == 0 ? null : code;
    }
}
