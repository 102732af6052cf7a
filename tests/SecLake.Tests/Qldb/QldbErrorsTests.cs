using System.Net;
using SecLake.Aws;
using SecLake.Qldb;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Qldb;

/// <summary>Every modeled QLDB error: code -> exception type -> ErrorRecord id and category (API-MAPPING.md).</summary>
public class QldbErrorsTests
{
    public static ServiceException Error(string code, int status, string body = """{"Message":"boom"}""") =>
        QldbErrorFactory.Instance.Create(new ServiceErrorResponse(code, "boom", "req-42", (HttpStatusCode)status, body, null));

    public static TheoryData<string, Type, string> Modeled => new()
    {
        { "InvalidParameterException", typeof(InvalidParameterException), "InvalidArgument" },
        { "LimitExceededException", typeof(LimitExceededException), "QuotaExceeded" },
        { "ResourceAlreadyExistsException", typeof(ResourceAlreadyExistsException), "ResourceExists" },
        { "ResourceInUseException", typeof(ResourceInUseException), "ResourceBusy" },
        { "ResourceNotFoundException", typeof(ResourceNotFoundException), "ObjectNotFound" },
        { "ResourcePreconditionNotMetException", typeof(ResourcePreconditionNotMetException), "InvalidOperation" },
    };

    [Theory]
    [MemberData(nameof(Modeled))]
    public void Each_modeled_error_has_its_type_and_category(string code, Type type, string category)
    {
        var status = ServiceModel.Qldb.ErrorStatus(code);
        var e = Error(code, status);
        Assert.IsType(type, e);
        Assert.Equal(code, e.ErrorCode);
        Assert.Equal("req-42", e.RequestId);
        Assert.Equal((HttpStatusCode)status, e.StatusCode);
        Assert.Equal("boom", e.Message);

        var description = ServiceErrorMapper.Describe(e);
        Assert.StartsWith(code, description.ErrorId);
        Assert.Equal(category, description.Kind.ToString());
        Assert.Contains(description.Kind.ToString(), BuiltModule.ErrorCategoryNames);
        Assert.Contains("boom", description.Message);
        Assert.Contains("req-42", description.Message);
        Assert.False(description.TerminatesCommand);
    }

    [Fact]
    public void The_table_covers_every_error_in_the_model()
    {
        var covered = Modeled.Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(ServiceModel.Qldb.ErrorShapes().OrderBy(x => x), covered.OrderBy(x => x));
    }

    [Fact]
    public void Modeled_members_are_read_from_the_body()
    {
        var e = (ResourceAlreadyExistsException)Error("ResourceAlreadyExistsException", 409, """{"Message":"m","ResourceType":"LEDGER","ResourceName":"l1"}""");
        Assert.Equal("LEDGER", e.ResourceType);
        Assert.Equal("l1", e.ResourceName);
        var p = (InvalidParameterException)Error("InvalidParameterException", 400, """{"Message":"m","ParameterName":"Name"}""");
        Assert.Equal("Name", p.ParameterName);
    }

    [Theory]
    [InlineData("SomethingNew", 500, "NotSpecified")]
    [InlineData("AccessDeniedException", 403, "PermissionDenied")]
    [InlineData("TooManyRequestsException", 429, "LimitsExceeded")]
    [InlineData("Weird", 409, "ResourceBusy")]
    public void Unmodeled_errors_are_categorised_by_status(string code, int status, string category)
    {
        var e = Error(code, status);
        Assert.IsType<QldbException>(e);
        Assert.Equal(category, ServiceErrorMapper.Describe(e).Kind.ToString());
        Assert.Equal(code, ServiceErrorMapper.Describe(e).ErrorId);
    }

    [Theory]
    [InlineData("ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.qldb/", null, "ResourceNotFoundException", null)]
    [InlineData(null, """{"__type":"com.amazonaws.qldb#ResourceInUseException","Message":"busy"}""", "ResourceInUseException", "busy")]
    [InlineData(null, """{"code":"ThrottlingException","message":"slow down"}""", "ThrottlingException", "slow down")]
    [InlineData("ConflictException", """{"message":"x"}""", "ConflictException", "x")]
    [InlineData(null, "<html>bad gateway</html>", null, null)]
    [InlineData(null, null, null, null)]
    public void Error_code_and_message_follow_the_restJson1_conventions(string? header, string? body, string? code, string? message)
    {
        Assert.Equal((code, message), ErrorWireFormat.Read(header, body));
    }
}
