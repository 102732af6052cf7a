using System.Net;
using System.Text.Json;
using Amazon.Runtime;

namespace SecLake.Aws;

/// <summary>Turns an error response into the service's typed exception (its own type per modeled error).</summary>
public interface IServiceErrorFactory
{
    ServiceException Create(ServiceErrorResponse error);
}

/// <summary>
/// An error response on its way through the SDK's pipeline. The SDK's clock-skew correction (<see cref="ClockSkewHandler"/>)
/// and SecLake's trace (<see cref="RequestTraceHandler"/>) work on <see cref="AmazonServiceException"/>s, so the
/// unmarshaller raises this one, with the code, status and request id the SDK reads. The types scripts catch
/// (<see cref="ServiceException"/> and its subclasses, in SecLake.Contracts) cannot derive from an SDK type; the client
/// turns this into one of them once the pipeline is done with it, before <see cref="RetryLoop"/> sees it. Never leaves
/// SecLake.Core.
/// </summary>
internal sealed class ServiceErrorCarrier : AmazonServiceException
{
    public ServiceErrorCarrier(ServiceErrorResponse error)
        : base(error.Message, error.Inner, ErrorTypeFor(error.StatusCode), error.Code, error.RequestId, error.StatusCode)
    {
        Error = error;
    }

    public ServiceErrorResponse Error { get; }

    private static ErrorType ErrorTypeFor(HttpStatusCode status) =>
        (int)status >= 500 ? ErrorType.Receiver : ErrorType.Sender;
}

/// <summary>Reads members of an error body beyond the message.</summary>
public static class ErrorBody
{
    public static string? ReadString(string? body, string member)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            using var doc = JsonDocument.Parse(body!);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty(member, out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
