using System.Text.Json.Nodes;

namespace SecLake.Emulator.Http;

/// <summary>
/// An error answer in the service's wire form: HTTP status, the code sent in x-amzn-ErrorType, and a JSON body
/// whose members are named exactly as the model's error shape names them. Operations throw it; the pipeline writes it.
/// </summary>
internal sealed class ServiceError : Exception
{
    public ServiceError(int statusCode, string code, JsonObject body, IReadOnlyDictionary<string, string>? headers = null)
        : base($"{code}: {body["message"] ?? body["Message"]}")
    {
        StatusCode = statusCode;
        Code = code;
        Body = body;
        Headers = headers ?? new Dictionary<string, string>();
    }

    public int StatusCode { get; }
    public string Code { get; }
    public JsonObject Body { get; }
    public IReadOnlyDictionary<string, string> Headers { get; }
}

/// <summary>
/// Errors of the AWS authentication layer, which sits in front of every service and is not in the models:
/// lower-case <c>message</c> as AWS sends for these.
/// </summary>
internal static class AuthErrors
{
    public static ServiceError MissingAuthenticationToken() =>
        Create(403, "MissingAuthenticationTokenException", "Missing Authentication Token");

    public static ServiceError UnrecognizedClient() =>
        Create(403, "UnrecognizedClientException", "The security token included in the request is invalid.");

    public static ServiceError InvalidSignature(string message) => Create(403, "InvalidSignatureException", message);

    public static ServiceError IncompleteSignature(string message) => Create(400, "IncompleteSignatureException", message);

    private static ServiceError Create(int status, string code, string message) =>
        new(status, code, new JsonObject { ["message"] = message });
}
