using SecLake.Emulator.Http;
using SecLake.Emulator.Model;

namespace SecLake.Emulator.Qldb;

/// <summary>
/// Amazon QLDB (restJson1, signing name qldb): the routes of every operation of qldb-2019-01-02.service-2.json;
/// the ledger and tagging operations SecLake uses are emulated by the [OperationHandlers("qldb")] classes.
/// </summary>
internal sealed class QldbModule : IServiceModule
{
    public const string ModelFile = "qldb-2019-01-02.service-2.json";

    /// <summary><paramref name="handlers"/>: objects whose public OperationResult Name(OperationContext) methods handle the operations of those names.</summary>
    public QldbModule(ServiceModel model, params object[] handlers)
    {
        Model = model;
        Handlers = OperationBinder.Bind(model, handlers);
    }

    public ServiceModel Model { get; }

    public IReadOnlyDictionary<string, OperationHandler> Handlers { get; }

    public ServiceError FaultError(Fault fault)
    {
        var code = fault.ErrorCode ?? DefaultCode(fault.StatusCode);
        var error = QldbErrors.Other(fault.StatusCode, code, fault.Message ?? $"Injected fault: {code}");
        return fault.RetryAfterSeconds is { } seconds
            ? new ServiceError(error.StatusCode, error.Code, error.Body, new Dictionary<string, string> { ["Retry-After"] = seconds.ToString() })
            : error;
    }

    public ServiceError MalformedBody(string message) => QldbErrors.InvalidParameter(message, null);

    public ServiceError UnknownOperation(string method, string path) =>
        QldbErrors.Other(404, "UnknownOperationException", $"The emulator's QLDB has no operation for {method} {path}.");

    public ServiceError NotEmulated(OperationModel operation, string method, string path) =>
        QldbErrors.Other(404, "UnknownOperationException",
            $"The emulator's QLDB does not emulate {operation.Name} ({operation.Method} {operation.RequestUri}), requested as {method} {path}.");

    /// <summary>QLDB's model has no throttling or server errors, so these are AWS's common error codes.</summary>
    private static string DefaultCode(int status) => status switch
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
