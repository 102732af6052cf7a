using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>How CLI-dependent tests report a missing CLI: skipped, with what to install.</summary>
public sealed class AwsCliLocatorTests
{
    [Fact]
    public void AServiceNoCliKnowsIsUnavailableWithAnInstallHint()
    {
        Assert.Null(AwsCli.Locate("no-such-service"));
        Assert.Equal("AWS CLI with no-such-service not found on this machine: install the AWS CLI", AwsCli.UnavailableReason("no-such-service"));
    }

    [Fact]
    public void AnAwsCliFactForAMissingCliIsSkippedSayingWhy()
    {
        var fact = new AwsCliFactAttribute("no-such-service");

        Assert.Equal("AWS CLI with no-such-service not found on this machine: install the AWS CLI", fact.Skip);
    }
}
