using SecLake.Aws;

namespace SecLake.Qldb
{
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
        protected QldbResourceException(ServiceErrorResponse error) : base(error)
        {
            ResourceType = ErrorBody.ReadString(error.RawBody, "ResourceType");
            ResourceName = ErrorBody.ReadString(error.RawBody, "ResourceName");
        }

        public string? ResourceType { get; }
        public string? ResourceName { get; }
    }

    /// <summary>400: one or more parameters in the request aren't valid.</summary>
    public sealed class InvalidParameterException : QldbException
    {
        public InvalidParameterException(ServiceErrorResponse error) : base(error) => ParameterName = ErrorBody.ReadString(error.RawBody, "ParameterName");

        public string? ParameterName { get; }
        public override ErrorKind Kind => ErrorKind.InvalidArgument;
    }

    /// <summary>400: the account's ledger (or other resource) quota is reached.</summary>
    public sealed class LimitExceededException : QldbException
    {
        public LimitExceededException(ServiceErrorResponse error) : base(error) => ResourceType = ErrorBody.ReadString(error.RawBody, "ResourceType");

        public string? ResourceType { get; }
        public override ErrorKind Kind => ErrorKind.QuotaExceeded;
    }

    /// <summary>409: a ledger with that name already exists.</summary>
    public sealed class ResourceAlreadyExistsException : QldbResourceException
    {
        public ResourceAlreadyExistsException(ServiceErrorResponse error) : base(error) { }
        public override ErrorKind Kind => ErrorKind.ResourceExists;
    }

    /// <summary>409: the resource can't be modified now (it is being created, updated or deleted).</summary>
    public sealed class ResourceInUseException : QldbResourceException
    {
        public ResourceInUseException(ServiceErrorResponse error) : base(error) { }
        public override ErrorKind Kind => ErrorKind.ResourceBusy;
    }

    /// <summary>404: no such ledger or resource.</summary>
    public sealed class ResourceNotFoundException : QldbResourceException
    {
        public ResourceNotFoundException(ServiceErrorResponse error) : base(error) { }
        public override ErrorKind Kind => ErrorKind.ObjectNotFound;
    }

    /// <summary>412: a condition wasn't met (deletion protection is on).</summary>
    public sealed class ResourcePreconditionNotMetException : QldbResourceException
    {
        public ResourcePreconditionNotMetException(ServiceErrorResponse error) : base(error) { }
        public override ErrorKind Kind => ErrorKind.InvalidOperation;
    }

    /// <summary>Maps QLDB error codes to their exception types.</summary>
    public sealed class QldbErrorFactory : IServiceErrorFactory
    {
        public static readonly QldbErrorFactory Instance = new QldbErrorFactory();

        public ServiceException Create(ServiceErrorResponse error) => error.Code switch
        {
            "InvalidParameterException" => new InvalidParameterException(error),
            "LimitExceededException" => new LimitExceededException(error),
            "ResourceAlreadyExistsException" => new ResourceAlreadyExistsException(error),
            "ResourceInUseException" => new ResourceInUseException(error),
            "ResourceNotFoundException" => new ResourceNotFoundException(error),
            "ResourcePreconditionNotMetException" => new ResourcePreconditionNotMetException(error),
            _ => new QldbException(error),
        };
    }
}
