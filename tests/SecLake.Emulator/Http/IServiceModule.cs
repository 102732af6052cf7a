namespace SecLake.Emulator.Http;

/// <summary>One emulated service: its routes and how its errors look on the wire.</summary>
internal interface IServiceModule
{
    /// <summary>The SigV4 signing name, also the service name in recorded requests: qldb or securitylake.</summary>
    string SigningName { get; }

    void Register(Router router);

    /// <summary>An injected fault as this service would send that error.</summary>
    ServiceError FaultError(Fault fault);

    /// <summary>A request body that is not a JSON object.</summary>
    ServiceError MalformedBody(string message);

    /// <summary>A signed request for a path and method no operation of this service binds.</summary>
    ServiceError UnknownOperation(string method, string path);
}
