using SecLake.Aws;
using SecLake.Qldb;
using SecLake.SecurityLake;
using Xunit;

namespace SecLake.Tests.Aws;

/// <summary>
/// An endpoint that is set is used or refused, never quietly replaced by the real AWS endpoint; one carrying a user name
/// or password is refused without being shown.
/// </summary>
public sealed class EndpointSafetyTests
{
    private static ConnectionSettings Settings(params (string Name, string Value)[] environment) => new()
    {
        Region = "us-east-1",
        AccessKey = "AKIAIOSFODNN7EXAMPLE",
        SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        Environment = name => environment.FirstOrDefault(v => v.Name == name).Value,
    };

    private static ConnectionSetupException Refusal(ConnectionSettings settings) =>
        Assert.Throws<ConnectionSetupException>(() => QldbService.Connect(settings, null));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_blank_EndpointUrl_given_is_refused_not_read_as_the_AWS_endpoint(string? value)
    {
        var settings = Settings();
        settings.EndpointUrl = value;
        settings.EndpointUrlGiven = true;
        var error = Refusal(settings);
        Assert.Equal("EmptyEndpointUrl", error.ErrorId);
        Assert.Equal(ErrorKind.InvalidArgument, error.Kind);
        Assert.True(error.TerminatesCommand);
        Assert.Contains("The endpoint URL from -EndpointUrl is empty", error.Message);
    }

    [Theory]
    [InlineData("AWS_ENDPOINT_URL_QLDB")]
    [InlineData("AWS_ENDPOINT_URL")]
    public void A_blank_endpoint_variable_is_refused(string variable)
    {
        var error = Refusal(Settings((variable, " ")));
        Assert.Equal("EmptyEndpointUrl", error.ErrorId);
        Assert.Contains(variable, error.Message);
    }

    [Fact]
    public void Without_any_endpoint_setting_the_service_endpoint_is_used()
    {
        var client = SecurityLakeService.Connect(Settings(), null);
        Assert.Null(client.Connection!.EndpointUrl);
    }

    [Theory]
    [InlineData("https://user:s3cr3t-pa55@vpce.example.com/")]
    [InlineData("http://s3cr3t-pa55@127.0.0.1:5000")]
    public void An_endpoint_with_user_info_is_refused_without_showing_it(string url)
    {
        var settings = Settings();
        settings.EndpointUrl = url;
        var error = Refusal(settings);
        Assert.Equal("EndpointUrlWithCredentials", error.ErrorId);
        Assert.DoesNotContain("s3cr3t-pa55", error.Message);
        Assert.Contains("***@", error.Message);
    }

    [Fact]
    public void An_unparsable_endpoint_is_shown_with_its_user_info_masked()
    {
        var settings = Settings();
        settings.EndpointUrl = "ftp://user:s3cr3t-pa55@host/";
        var error = Refusal(settings);
        Assert.Equal("InvalidEndpointUrl", error.ErrorId);
        Assert.DoesNotContain("s3cr3t-pa55", error.Message);
    }
}
