using System.Reflection;
using SecLake.PowerShell.Loading;
using Xunit;

namespace SecLake.Tests.Isolation;

/// <summary>
/// Windows PowerShell 5.1's side of the loader (there is no .NET Framework here to run it end to end): which failed
/// requests SecLake answers from deps/ in the one shared load context.
/// </summary>
public sealed class FrameworkRequestRulesTests
{
    private const string AwsKey = "885c28607f98e604";
    private const string MicrosoftKey = "cc7b13ffcd2ddd51";
    private static readonly AssemblyName ShippedSdk = Name("AWSSDK.Core", "4.0.0.0", AwsKey);
    private static readonly AssemblyName ShippedJson = Name("System.Text.Json", "8.0.0.0", MicrosoftKey);

    [Fact]
    public void SecLake_s_own_requests_roll_forward_to_the_shipped_version_like_a_binding_redirect()
    {
        Assert.True(FrameworkRequestRules.ShouldServe(Name("System.Text.Json", "6.0.0.0", MicrosoftKey), ShippedJson, requestedBySecLake: true));
        Assert.True(FrameworkRequestRules.ShouldServe(Name("AWSSDK.Core", "4.0.0.0", AwsKey), ShippedSdk, requestedBySecLake: true));
        Assert.True(FrameworkRequestRules.ShouldServe(new AssemblyName("AWSSDK.Core"), ShippedSdk, requestedBySecLake: true));
    }

    [Fact]
    public void SecLake_s_own_requests_for_a_newer_version_than_shipped_are_not_answered()
    {
        Assert.False(FrameworkRequestRules.ShouldServe(Name("System.Text.Json", "9.0.0.0", MicrosoftKey), ShippedJson, requestedBySecLake: true));
    }

    [Fact]
    public void Another_module_s_request_for_its_own_sdk_version_is_left_alone()
    {
        // AWS.Tools 4's AWSSDK.Core is 3.3.0.0; handing it SecLake's 4.0.0.0 would break it.
        Assert.False(FrameworkRequestRules.ShouldServe(Name("AWSSDK.Core", "3.3.0.0", AwsKey), ShippedSdk, requestedBySecLake: false));
    }

    [Fact]
    public void Requests_without_a_known_requester_get_only_the_exact_identity_and_never_a_partial_name()
    {
        Assert.True(FrameworkRequestRules.ShouldServe(Name("AWSSDK.Core", "4.0.0.0", AwsKey), ShippedSdk, requestedBySecLake: false));
        Assert.False(FrameworkRequestRules.ShouldServe(new AssemblyName("AWSSDK.Core"), ShippedSdk, requestedBySecLake: false));
        Assert.False(FrameworkRequestRules.ShouldServe(Name("System.Text.Json", "6.0.0.0", MicrosoftKey), ShippedJson, requestedBySecLake: false));
    }

    [Fact]
    public void A_different_public_key_or_name_is_never_answered()
    {
        Assert.False(FrameworkRequestRules.ShouldServe(Name("AWSSDK.Core", "4.0.0.0", MicrosoftKey), ShippedSdk, requestedBySecLake: true));
        Assert.False(FrameworkRequestRules.ShouldServe(Name("AWSSDK.S3", "4.0.0.0", AwsKey), ShippedSdk, requestedBySecLake: true));
    }

    private static AssemblyName Name(string name, string version, string publicKeyToken) =>
        new($"{name}, Version={version}, Culture=neutral, PublicKeyToken={publicKeyToken}");
}
