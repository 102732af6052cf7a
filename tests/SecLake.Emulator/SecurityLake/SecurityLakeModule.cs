using SecLake.Emulator.Http;
using SecLake.Emulator.Model;

namespace SecLake.Emulator.SecurityLake;

/// <summary>
/// Amazon Security Lake GA API (restJson1, signing name securitylake): the routes of every operation of
/// securitylake-2018-05-10.service-2.json; data lakes, subscribers and tags are emulated by the [OperationHandlers("securitylake")] classes.
/// </summary>
internal sealed class SecurityLakeModule : IServiceModule
{
    public const string ModelFile = "securitylake-2018-05-10.service-2.json";

    /// <summary><paramref name="handlers"/>: objects whose public OperationResult Name(OperationContext) methods handle the operations of those names.</summary>
    public SecurityLakeModule(ServiceModel model, params object[] handlers)
    {
        Model = model;
        Handlers = OperationBinder.Bind(model, handlers);
    }

    public ServiceModel Model { get; }

    public IReadOnlyDictionary<string, OperationHandler> Handlers { get; }

    public ServiceError FaultError(Fault fault)
    {
        var code = fault.ErrorCode ?? DefaultCode(fault.StatusCode);
        return SecurityLakeErrors.Other(fault.StatusCode, code, fault.Message ?? $"Injected fault: {code}", fault.RetryAfterSeconds);
    }

    public ServiceError MalformedBody(string message) => SecurityLakeErrors.CannotParse(message);

    public ServiceError UnknownOperation(string method, string path) =>
        SecurityLakeErrors.Other(404, "UnknownOperationException", $"The emulator's Security Lake has no operation for {method} {path}.");

    public ServiceError NotEmulated(OperationModel operation, string method, string path) =>
        SecurityLakeErrors.Other(404, "UnknownOperationException",
            $"The emulator's Security Lake does not emulate {operation.Name} ({operation.Method} {operation.RequestUri}), requested as {method} {path}.");

    /// <summary>The GA model's error for each status.</summary>
    private static string DefaultCode(int status) => status switch
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
