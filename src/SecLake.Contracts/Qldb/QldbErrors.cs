using SecLake.Aws;

namespace SecLake.Qldb;

/// <summary>A QLDB error without a modeled type of its own (also the base of the modeled ones).</summary>
public class QldbException : ServiceException
{
    public QldbException(ServiceErrorResponse error) : base(error) { }

    public override string ServiceName => "QLDB";

    public override ErrorKind Kind => ErrorKinds.FromStatus((int)StatusCode);
}

/// <summary>A QLDB error that names a resource (most of the modeled ones).</summary>
public abstract class QldbResourceException : QldbException
{
    /// <param name="error">The response.</param>
    /// <param name="resourceType">The body's <c>ResourceType</c>.</param>
    /// <param name="resourceName">The body's <c>ResourceName</c>.</param>
    protected QldbResourceException(ServiceErrorResponse error, string? resourceType, string? resourceName) : base(error)
    {
        ResourceType = resourceType;
        ResourceName = resourceName;
    }

    public string? ResourceType { get; }
    public string? ResourceName { get; }
}

/// <summary>400: one or more parameters in the request aren't valid.</summary>
public sealed class InvalidParameterException : QldbException
{
    /// <param name="error">The response.</param>
    /// <param name="parameterName">The body's <c>ParameterName</c>.</param>
    public InvalidParameterException(ServiceErrorResponse error, string? parameterName = null) : base(error) => ParameterName = parameterName;

    public string? ParameterName { get; }
    public override ErrorKind Kind => ErrorKind.InvalidArgument;
}

/// <summary>400: the account's ledger (or other resource) quota is reached.</summary>
public sealed class LimitExceededException : QldbException
{
    /// <param name="error">The response.</param>
    /// <param name="resourceType">The body's <c>ResourceType</c>.</param>
    public LimitExceededException(ServiceErrorResponse error, string? resourceType = null) : base(error) => ResourceType = resourceType;

    public string? ResourceType { get; }
    public override ErrorKind Kind => ErrorKind.QuotaExceeded;
}

/// <summary>409: a ledger with that name already exists.</summary>
public sealed class ResourceAlreadyExistsException : QldbResourceException
{
    public ResourceAlreadyExistsException(ServiceErrorResponse error, string? resourceType = null, string? resourceName = null) : base(error, resourceType, resourceName) { }
    public override ErrorKind Kind => ErrorKind.ResourceExists;
}

/// <summary>409: the resource can't be modified now (it is being created, updated or deleted).</summary>
public sealed class ResourceInUseException : QldbResourceException
{
    public ResourceInUseException(ServiceErrorResponse error, string? resourceType = null, string? resourceName = null) : base(error, resourceType, resourceName) { }
    public override ErrorKind Kind => ErrorKind.ResourceBusy;
}

/// <summary>404: no such ledger or resource.</summary>
public sealed class ResourceNotFoundException : QldbResourceException
{
    public ResourceNotFoundException(ServiceErrorResponse error, string? resourceType = null, string? resourceName = null) : base(error, resourceType, resourceName) { }
    public override ErrorKind Kind => ErrorKind.ObjectNotFound;
}

/// <summary>412: a condition wasn't met (deletion protection is on).</summary>
public sealed class ResourcePreconditionNotMetException : QldbResourceException
{
    public ResourcePreconditionNotMetException(ServiceErrorResponse error, string? resourceType = null, string? resourceName = null) : base(error, resourceType, resourceName) { }
    public override ErrorKind Kind => ErrorKind.InvalidOperation;
}
