using SecLake.Aws;

namespace SecLake.Qldb;

/// <summary>Maps QLDB error codes to their exception types (SecLake.Contracts), with the modeled members read from the body.</summary>
public sealed class QldbErrorFactory : IServiceErrorFactory
{
    public static readonly QldbErrorFactory Instance = new QldbErrorFactory();

    public ServiceException Create(ServiceErrorResponse error)
    {
        string? Member(string name) => ErrorBody.ReadString(error.RawBody, name);
        return error.Code switch
        {
            "InvalidParameterException" => new InvalidParameterException(error, parameterName: Member("ParameterName")),
            "LimitExceededException" => new LimitExceededException(error, resourceType: Member("ResourceType")),
            "ResourceAlreadyExistsException" => new ResourceAlreadyExistsException(error, resourceType: Member("ResourceType"), resourceName: Member("ResourceName")),
            "ResourceInUseException" => new ResourceInUseException(error, resourceType: Member("ResourceType"), resourceName: Member("ResourceName")),
            "ResourceNotFoundException" => new ResourceNotFoundException(error, resourceType: Member("ResourceType"), resourceName: Member("ResourceName")),
            "ResourcePreconditionNotMetException" => new ResourcePreconditionNotMetException(error, resourceType: Member("ResourceType"), resourceName: Member("ResourceName")),
            _ => new QldbException(error),
        };
    }
}
