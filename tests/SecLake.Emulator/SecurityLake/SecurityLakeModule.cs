using SecLake.Emulator.Http;

namespace SecLake.Emulator.SecurityLake;

/// <summary>Amazon Security Lake GA API (restJson1, signing name securitylake): data lakes, subscribers, tags.</summary>
internal sealed class SecurityLakeModule(
    DataLakeOperations dataLakes,
    SubscriberOperations subscribers,
    SecurityLakeTagOperations tags) : IServiceModule
{
    public string SigningName => "securitylake";

    public void Register(Router router)
    {
        router.AddServicePrefix("/v1", SigningName);

        router.Add(SigningName, "CreateDataLake", "POST", "/v1/datalake", dataLakes.CreateDataLake);
        router.Add(SigningName, "UpdateDataLake", "PUT", "/v1/datalake", dataLakes.UpdateDataLake);
        router.Add(SigningName, "DeleteDataLake", "POST", "/v1/datalake/delete", dataLakes.DeleteDataLake);
        router.Add(SigningName, "ListDataLakes", "GET", "/v1/datalakes", dataLakes.ListDataLakes);
        router.Add(SigningName, "CreateSubscriber", "POST", "/v1/subscribers", subscribers.CreateSubscriber);
        router.Add(SigningName, "ListSubscribers", "GET", "/v1/subscribers", subscribers.ListSubscribers);
        router.Add(SigningName, "GetSubscriber", "GET", "/v1/subscribers/{subscriberId}", subscribers.GetSubscriber);
        router.Add(SigningName, "UpdateSubscriber", "PUT", "/v1/subscribers/{subscriberId}", subscribers.UpdateSubscriber);
        router.Add(SigningName, "DeleteSubscriber", "DELETE", "/v1/subscribers/{subscriberId}", subscribers.DeleteSubscriber);
        router.Add(SigningName, "TagResource", "POST", "/v1/tags/{resourceArn}", tags.TagResource);
        router.Add(SigningName, "UntagResource", "DELETE", "/v1/tags/{resourceArn}", tags.UntagResource);
        router.Add(SigningName, "ListTagsForResource", "GET", "/v1/tags/{resourceArn}", tags.ListTagsForResource);
    }

    public ServiceError FaultError(Fault fault)
    {
        var code = fault.ErrorCode ?? DefaultCode(fault.StatusCode);
        return SecurityLakeErrors.Other(fault.StatusCode, code, fault.Message ?? $"Injected fault: {code}", fault.RetryAfterSeconds);
    }

    public ServiceError MalformedBody(string message) => SecurityLakeErrors.CannotParse(message);

    public ServiceError UnknownOperation(string method, string path) =>
        SecurityLakeErrors.Other(404, "UnknownOperationException", $"The emulator's Security Lake has no operation for {method} {path}.");

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
