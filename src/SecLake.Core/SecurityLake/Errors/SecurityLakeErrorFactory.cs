using System.Globalization;
using Amazon.Runtime.Internal;
using SecLake.Aws;

namespace SecLake.SecurityLake
{
    /// <summary>
    /// Turns a Security Lake error response into the GA model's typed exception, reading the modeled members
    /// (resourceName, resourceType, errorCode, serviceCode, quotaCode) from the JSON body and
    /// <c>retryAfterSeconds</c> from the <c>Retry-After</c> header where the model puts it.
    /// </summary>
    public sealed class SecurityLakeErrorFactory : IServiceErrorFactory
    {
        public static SecurityLakeErrorFactory Instance { get; } = new SecurityLakeErrorFactory();

        public ServiceException Create(ServiceErrorResponse error)
        {
            switch (error.Code)
            {
                case "AccessDeniedException":
                    return new AccessDeniedException(error, Member(error, "errorCode"));
                case "BadRequestException":
                    return new BadRequestException(error);
                case "ConflictException":
                    return new ConflictException(error, Member(error, "resourceName"), Member(error, "resourceType"));
                case "InternalServerException":
                    return new InternalServerException(error);
                case "ResourceNotFoundException":
                    return new ResourceNotFoundException(error, Member(error, "resourceName"), Member(error, "resourceType"));
                case "ThrottlingException":
                    return new ThrottlingException(error, Member(error, "serviceCode"), Member(error, "quotaCode"), error.RetryAfter.HasValue ? (int)error.RetryAfter.Value.TotalSeconds : (int?)null);
                default:
                    return new SecurityLakeException(error);
            }
        }

        private static string? Member(ServiceErrorResponse error, string name) => ErrorBody.ReadString(error.RawBody, name);
    }
}
