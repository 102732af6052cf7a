using SecLake.Emulator.Http;
using SecLake.Emulator.Model;

namespace SecLake.Emulator.SecurityLake;

/// <summary>
/// Amazon Security Lake GA API (restJson1, signing name securitylake): the routes of every operation of
/// securitylake-2018-05-10.service-2.json; data lakes, subscribers and tags are emulated by the [OperationHandlers("securitylake")] classes.
/// </summary>
internal sealed class SecurityLakeModule(ServiceModel model, params object[] handlers) : ServiceModule(model, handlers)
{
    public const string ModelFile = "securitylake-2018-05-10.service-2.json";

    protected override string DisplayName => "Security Lake";

    protected override ServiceError Error(int status, string code, string message, int? retryAfterSeconds = null) =>
        SecurityLakeErrors.Other(status, code, message, retryAfterSeconds);

    public override ServiceError MalformedBody(string message) => SecurityLakeErrors.CannotParse(message);

    /// <summary>The GA model's error for each status.</summary>
    protected override string DefaultCode(int status) => status switch
    {
        400 => "BadRequestException",
        403 => "AccessDeniedException",
        404 => "ResourceNotFoundException",
        409 => "ConflictException",
        429 => "ThrottlingException",
        503 => "ServiceUnavailable",
        >= 500 => "InternalServerException",
        _ => "BadRequestException",
    };
}
