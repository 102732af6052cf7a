using System.Net;
using SecLake.Aws;
using SecLake.SecurityLake;
using Xunit;

namespace SecLake.Tests.SecurityLake;

/// <summary>Every modeled error becomes its own type, kind, code and request id, with the modeled members read.</summary>
public sealed class ErrorFactoryTests
{
    private static ServiceException Create(string code, HttpStatusCode status, string? body, TimeSpan? retryAfter = null) =>
        SecurityLakeErrorFactory.Instance.Create(new ServiceErrorResponse(code, "the service says no", "req-42", status, body, null, retryAfter));

    public static TheoryData<string, int, Type, ErrorKind> Modeled => new()
    {
        { "AccessDeniedException", 403, typeof(AccessDeniedException), ErrorKind.PermissionDenied },
        { "BadRequestException", 400, typeof(BadRequestException), ErrorKind.InvalidArgument },
        { "ConflictException", 409, typeof(ConflictException), ErrorKind.ResourceBusy },
        { "InternalServerException", 500, typeof(InternalServerException), ErrorKind.NotSpecified },
        { "ResourceNotFoundException", 404, typeof(ResourceNotFoundException), ErrorKind.ObjectNotFound },
        { "ThrottlingException", 429, typeof(ThrottlingException), ErrorKind.LimitsExceeded },
    };

    [Theory]
    [MemberData(nameof(Modeled))]
    public void Modeled_error_becomes_its_type(string code, int status, Type type, ErrorKind kind)
    {
        var error = Create(code, (HttpStatusCode)status, """{"message":"the service says no"}""");

        Assert.IsType(type, error);
        Assert.IsAssignableFrom<SecurityLakeException>(error);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("req-42", error.RequestId);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal("SecurityLake", error.ServiceName);
        Assert.Equal("the service says no", error.Message);
        Assert.Equal("""{"message":"the service says no"}""", error.Body);
    }

    [Fact]
    public void Kind_follows_the_modeled_type_not_the_status()
    {
        // A modeled code with an unexpected status keeps the model's category.
        Assert.Equal(ErrorKind.ObjectNotFound, Create("ResourceNotFoundException", HttpStatusCode.BadRequest, null).Kind);
    }

    [Theory]
    [InlineData(400, ErrorKind.InvalidArgument)]
    [InlineData(401, ErrorKind.AuthenticationError)]
    [InlineData(402, ErrorKind.QuotaExceeded)]
    [InlineData(403, ErrorKind.PermissionDenied)]
    [InlineData(404, ErrorKind.ObjectNotFound)]
    [InlineData(409, ErrorKind.ResourceBusy)]
    [InlineData(412, ErrorKind.InvalidOperation)]
    [InlineData(429, ErrorKind.LimitsExceeded)]
    [InlineData(500, ErrorKind.NotSpecified)]
    [InlineData(503, ErrorKind.ResourceUnavailable)]
    public void Unmodeled_code_is_a_SecurityLakeException_of_the_status_kind(int status, ErrorKind kind)
    {
        var error = Create("UnrecognizedClientException", (HttpStatusCode)status, "not json");
        Assert.Equal(typeof(SecurityLakeException), error.GetType());
        Assert.Equal(kind, error.Kind);
        Assert.Equal("UnrecognizedClientException", error.ErrorCode);
    }

    [Fact]
    public void ResourceNotFound_and_Conflict_carry_resource_name_and_type()
    {
        const string body = """{"message":"m","resourceName":"arn:aws:securitylake:us-east-1:123456789012:data-lake/default","resourceType":"DataLake"}""";
        var notFound = Assert.IsType<ResourceNotFoundException>(Create("ResourceNotFoundException", HttpStatusCode.NotFound, body));
        var conflict = Assert.IsType<ConflictException>(Create("ConflictException", HttpStatusCode.Conflict, body));

        Assert.Equal("arn:aws:securitylake:us-east-1:123456789012:data-lake/default", notFound.ResourceName);
        Assert.Equal("DataLake", notFound.ResourceType);
        Assert.Equal("arn:aws:securitylake:us-east-1:123456789012:data-lake/default", conflict.ResourceName);
        Assert.Equal("DataLake", conflict.ResourceType);
    }

    [Fact]
    public void AccessDenied_carries_the_body_errorCode()
    {
        var error = Assert.IsType<AccessDeniedException>(Create("AccessDeniedException", HttpStatusCode.Forbidden, """{"message":"m","errorCode":"NotDelegatedAdministrator"}"""));
        Assert.Equal("NotDelegatedAdministrator", error.ModeledErrorCode);
        Assert.Equal("AccessDeniedException", error.ErrorCode);
    }

    [Fact]
    public void Throttling_carries_service_and_quota_codes_and_the_Retry_After_header()
    {
        var error = Assert.IsType<ThrottlingException>(Create("ThrottlingException", (HttpStatusCode)429,
            """{"message":"m","serviceCode":"securitylake","quotaCode":"L-1234"}""", SecLake.Aws.RestResponseUnmarshaller.RetryAfter(" 7 ")));

        Assert.Equal("securitylake", error.ServiceCode);
        Assert.Equal("L-1234", error.QuotaCode);
        Assert.Equal(7, error.RetryAfterSeconds);
    }

    [Fact]
    public void Throttling_without_a_Retry_After_header_has_none()
    {
        var error = Assert.IsType<ThrottlingException>(Create("ThrottlingException", (HttpStatusCode)429, "{}", SecLake.Aws.RestResponseUnmarshaller.RetryAfter(null)));
        Assert.Null(error.RetryAfterSeconds);
        Assert.Null(error.ServiceCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>gateway error</html>")]
    [InlineData("[]")]
    public void An_empty_or_foreign_body_still_gives_the_typed_error(string body)
    {
        var error = Assert.IsType<ConflictException>(Create("ConflictException", HttpStatusCode.Conflict, body));
        Assert.Null(error.ResourceName);
        Assert.Null(error.ResourceType);
    }

}
