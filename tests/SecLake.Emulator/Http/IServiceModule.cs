using SecLake.Emulator.Model;

namespace SecLake.Emulator.Http;

/// <summary>
/// One emulated service: its model (which gives the routes and the input constraints), the handlers of the
/// operations it emulates (bound by name, see <see cref="OperationBinder"/>), and how its errors look on the wire.
/// </summary>
internal interface IServiceModule
{
    ServiceModel Model { get; }

    /// <summary>The SigV4 signing name, also the service name in recorded requests: qldb or securitylake.</summary>
    string SigningName => Model.SigningName;

    /// <summary>Operation name -> handler, for the operations the emulator emulates.</summary>
    IReadOnlyDictionary<string, OperationHandler> Handlers { get; }

    /// <summary>An injected fault as this service would send that error.</summary>
    ServiceError FaultError(Fault fault);

    /// <summary>A request body that is not a JSON object.</summary>
    ServiceError MalformedBody(string message);

    /// <summary>A signed request for a path and method no operation of this service binds.</summary>
    ServiceError UnknownOperation(string method, string path);

    /// <summary>A request for an operation the model has and the emulator does not emulate.</summary>
    ServiceError NotEmulated(OperationModel operation, string method, string path);
}
