using SecLake.Aws;
using Xunit;

namespace SecLake.Tests.Aws;

public class RetryAfterTests
{
    [Theory]
    [InlineData("7", 7)]
    [InlineData(" 12 ", 12)]
    [InlineData("0", 0)]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("-1", null)]
    [InlineData("Wed, 21 Oct 2026 07:28:00 GMT", null)]
    public void Retry_After_is_read_in_its_delta_seconds_form(string? header, int? seconds)
    {
        Assert.Equal(seconds.HasValue ? TimeSpan.FromSeconds(seconds.Value) : null, RestResponseUnmarshaller.RetryAfter(header));
    }
}
