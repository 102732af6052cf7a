using System.Reflection;
using System.Runtime.Loader;
using SecLake.Aws;
using SecLake.Tests.Isolation.Support;
using Xunit;

namespace SecLake.Tests.Isolation;

/// <summary>
/// -Credential crossing the boundary: credentials objects built by other AWSSDK.Core builds (each in a context of its
/// own, as they would be in another module), read by SecLake through their public GetCredentials() shape.
/// </summary>
public sealed class ForeignCredentialsTests
{
    public static TheoryData<string> ForeignVersions => new() { IsolationAssets.Foreign37, IsolationAssets.Foreign40 };

    [Theory]
    [MemberData(nameof(ForeignVersions))]
    public void Basic_credentials_of_another_sdk_are_read_through_their_shape(string version)
    {
        WithForeignSdk(version, sdk =>
        {
            var foreign = Create(sdk, "Amazon.Runtime.BasicAWSCredentials", "AKIDFOREIGN", "secret-" + version);
            Assert.NotSame(typeof(Amazon.Runtime.AWSCredentials).Assembly, foreign.GetType().Assembly);

            var keys = ForeignCredentials.TryWrap(foreign)!.GetCredentials();

            Assert.Equal("AKIDFOREIGN", keys.AccessKey);
            Assert.Equal("secret-" + version, keys.SecretKey);
            Assert.False(keys.UseToken);
        });
    }

    [Theory]
    [MemberData(nameof(ForeignVersions))]
    public void Session_credentials_of_another_sdk_keep_their_token(string version)
    {
        WithForeignSdk(version, sdk =>
        {
            var foreign = Create(sdk, "Amazon.Runtime.SessionAWSCredentials", "ASIAFOREIGN", "secret", "token-" + version);

            var keys = ForeignCredentials.TryWrap(foreign)!.GetCredentials();

            Assert.Equal(("ASIAFOREIGN", "secret", "token-" + version), (keys.AccessKey, keys.SecretKey, keys.Token));
        });
    }

    [Theory]
    [MemberData(nameof(ForeignVersions))]
    public void Immutable_credentials_of_another_sdk_are_usable_as_they_are(string version)
    {
        WithForeignSdk(version, sdk =>
        {
            var basic = Create(sdk, "Amazon.Runtime.BasicAWSCredentials", "AKIDIMMUTABLE", "secret");
            var immutable = basic.GetType().GetMethod("GetCredentials", Type.EmptyTypes)!.Invoke(basic, null)!;

            Assert.Equal("AKIDIMMUTABLE", ForeignCredentials.TryWrap(immutable)!.GetCredentials().AccessKey);
        });
    }

    private static object Create(Assembly sdk, string type, params object[] arguments) =>
        Activator.CreateInstance(sdk.GetType(type, throwOnError: true)!, arguments)!;

    // Each foreign SDK in a collectible context of its own, unloaded afterwards: nothing reaches the default context,
    // where the test host's own AWSSDK.Core (the one SecLake.Core binds to in these tests) lives.
    private static void WithForeignSdk(string version, Action<Assembly> test)
    {
        var context = new AssemblyLoadContext("foreign-" + version, isCollectible: true);
        try
        {
            test(context.LoadFromAssemblyPath(IsolationAssets.ForeignSdkCore(version)));
        }
        finally
        {
            context.Unload();
        }
    }
}
