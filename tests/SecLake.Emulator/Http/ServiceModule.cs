using SecLake.Emulator.Model;

namespace SecLake.Emulator.Http;

/// <summary>
/// One emulated service: its model (which gives the routes and the input constraints), the handlers of the
/// operations it emulates (bound by name, see <see cref="OperationBinder"/>), and how its errors look on the wire.
/// </summary>
internal abstract class ServiceModule
{
    /// <summary><paramref name="handlers"/>: objects whose public OperationResult Name(OperationContext) methods handle the operations of those names.</summary>
    protected ServiceModule(ServiceModel model, object[] handlers)
    {
        Model = model;
        Handlers = OperationBinder.Bind(model, handlers);
    }

    public ServiceModel Model { get; }

    /// <summary>The SigV4 signing name, also the service name in recorded requests: qldb or securitylake.</summary>
    public string SigningName => Model.SigningName;

    /// <summary>Operation name -> handler, for the operations the emulator emulates.</summary>
    public IReadOnlyDictionary<string, OperationHandler> Handlers { get; }

    /// <summary>The service's name in the emulator's own messages: QLDB, Security Lake.</summary>
    protected abstract string DisplayName { get; }

    /// <summary>An error answer as this service sends one (its body's message member, a Retry-After header when given).</summary>
    protected abstract ServiceError Error(int status, string code, string message, int? retryAfterSeconds = null);

    /// <summary>The service's error code for an injected fault of <paramref name="status"/> that names none.</summary>
    protected abstract string DefaultCode(int status);

    /// <summary>A request body that is not a JSON object.</summary>
    public abstract ServiceError MalformedBody(string message);

    /// <summary>An injected fault as this service would send that error.</summary>
    public ServiceError FaultError(Fault fault)
    {
        var code = fault.ErrorCode ?? DefaultCode(fault.StatusCode);
        return Error(fault.StatusCode, code, fault.Message ?? $"Injected fault: {code}", fault.RetryAfterSeconds);
    }

    /// <summary>A signed request for a path and method no operation of this service binds.</summary>
    public ServiceError UnknownOperation(string method, string path) =>
        Error(404, "UnknownOperationException", $"The emulator's {DisplayName} has no operation for {method} {path}.");

    /// <summary>A request for an operation the model has and the emulator does not emulate.</summary>
    public ServiceError NotEmulated(OperationModel operation, string method, string path) =>
        Error(404, "UnknownOperationException",
            $"The emulator's {DisplayName} does not emulate {operation.Name} ({operation.Method} {operation.RequestUri}), requested as {method} {path}.");
}
