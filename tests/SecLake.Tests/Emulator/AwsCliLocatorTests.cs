using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>How CLI-dependent tests report a missing CLI: skipped, with what to install.</summary>
public sealed class AwsCliLocatorTests
{
    [Fact]
    public void A_service_no_CLI_knows_is_unavailable_with_an_install_hint()
    {
        Assert.Null(AwsCli.Locate("no-such-service"));
        Assert.Equal("AWS CLI with no-such-service not found on this machine: install the AWS CLI", AwsCli.UnavailableReason("no-such-service"));
    }

    [Fact]
    public void An_AwsCliFact_for_a_missing_CLI_is_skipped_saying_why()
    {
        var fact = new AwsCliFactAttribute("no-such-service");

        Assert.Equal("AWS CLI with no-such-service not found on this machine: install the AWS CLI", fact.Skip);
    }
}
