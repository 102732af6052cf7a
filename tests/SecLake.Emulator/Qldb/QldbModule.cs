using SecLake.Emulator.Http;
using SecLake.Emulator.Model;

namespace SecLake.Emulator.Qldb;

/// <summary>
/// Amazon QLDB (restJson1, signing name qldb): the routes of every operation of qldb-2019-01-02.service-2.json;
/// the ledger and tagging operations SecLake uses are emulated by the [OperationHandlers("qldb")] classes.
/// </summary>
internal sealed class QldbModule(ServiceModel model, params object[] handlers) : ServiceModule(model, handlers)
{
    public const string ModelFile = "qldb-2019-01-02.service-2.json";

    protected override string DisplayName => "QLDB";

    protected override ServiceError Error(int status, string code, string message, int? retryAfterSeconds = null)
    {
        var error = QldbErrors.Other(status, code, message);
        return retryAfterSeconds is { } seconds
            ? new ServiceError(error.StatusCode, error.Code, error.Body, new Dictionary<string, string> { ["Retry-After"] = seconds.ToString() })
            : error;
    }

    public override ServiceError MalformedBody(string message) => QldbErrors.InvalidParameter(message, null);

    /// <summary>QLDB's model has no throttling or server errors, so these are AWS's common error codes.</summary>
    protected override string DefaultCode(int status) => status switch
    {
        400 => "InvalidParameterException",
        403 => "AccessDeniedException",
        404 => "ResourceNotFoundException",
        409 => "ResourceInUseException",
        412 => "ResourcePreconditionNotMetException",
        429 => "ThrottlingException",
        503 => "ServiceUnavailable",
        >= 500 => "InternalFailure",
        _ => "BadRequest",
    };
}
