using System.Text.Json.Nodes;
using SecLake.Emulator.Http;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.SecurityLake;

/// <summary>
/// Security Lake's errors with the GA model's member names (lower-case <c>message</c>, <c>resourceName</c>,
/// <c>resourceType</c>). Constraint violations are the GA model's only 400 error, BadRequestException, whose one
/// member is <c>message</c>: the message names every member that failed and the constraint it broke.
/// </summary>
internal static class SecurityLakeErrors
{
    public const string DataLakeType = "DataLake";
    public const string SubscriberType = "Subscriber";

    public static ServiceError Validation(Validator validator) => BadRequest(validator.Summary());

    /// <summary>A body that is not a JSON object.</summary>
    public static ServiceError CannotParse(string message) => BadRequest(message);

    public static ServiceError BadRequest(string message) =>
        new(400, "BadRequestException", new JsonObject { ["message"] = message });

    public static ServiceError ResourceNotFound(string resourceName, string resourceType, string message) =>
        Resource(404, "ResourceNotFoundException", resourceName, resourceType, message);

    public static ServiceError Conflict(string resourceName, string resourceType, string message) =>
        Resource(409, "ConflictException", resourceName, resourceType, message);

    /// <summary>Faults and unknown operations: the status's modeled error with just a message (plus Retry-After when given).</summary>
    public static ServiceError Other(int status, string code, string message, int? retryAfterSeconds = null)
    {
        var headers = new Dictionary<string, string>();
        // ThrottlingException.retryAfterSeconds is bound to the Retry-After header in the model.
        if (retryAfterSeconds is { } seconds) headers["Retry-After"] = seconds.ToString();
        return new ServiceError(status, code, new JsonObject { ["message"] = message }, headers);
    }

    private static ServiceError Resource(int status, string code, string resourceName, string resourceType, string message) =>
        new(status, code, new JsonObject
        {
            ["message"] = message,
            ["resourceName"] = resourceName,
            ["resourceType"] = resourceType,
        });

    // ---- organization ----

    public const string OrganizationConfigurationType = "DataLakeOrganizationConfiguration";
    public const string DelegatedAdministratorType = "DelegatedAdministrator";

    /// <summary>403 AccessDeniedException with the model's members, <c>message</c> and <c>errorCode</c>.</summary>
    public static ServiceError AccessDenied(string errorCode, string message) =>
        new(403, "AccessDeniedException", new JsonObject { ["message"] = message, ["errorCode"] = errorCode });
}
