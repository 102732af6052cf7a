using SecLake.Aws;

namespace SecLake.SecurityLake;

/// <summary>Maps Security Lake error codes to their exception types (SecLake.Contracts), with the modeled members read from the body.</summary>
public sealed class SecurityLakeErrorFactory : IServiceErrorFactory
{
    public static readonly SecurityLakeErrorFactory Instance = new SecurityLakeErrorFactory();

    public ServiceException Create(ServiceErrorResponse error)
    {
        string? Member(string name) => ErrorBody.ReadString(error.RawBody, name);
        return error.Code switch
        {
            "AccessDeniedException" => new AccessDeniedException(error, modeledErrorCode: Member("errorCode")),
            "BadRequestException" => new BadRequestException(error),
            "ConflictException" => new ConflictException(error, resourceName: Member("resourceName"), resourceType: Member("resourceType")),
            "InternalServerException" => new InternalServerException(error),
            "ResourceNotFoundException" => new ResourceNotFoundException(error, resourceName: Member("resourceName"), resourceType: Member("resourceType")),
            "ThrottlingException" => new ThrottlingException(error, serviceCode: Member("serviceCode"), quotaCode: Member("quotaCode")),
            _ => new SecurityLakeException(error),
        };
    }
}
