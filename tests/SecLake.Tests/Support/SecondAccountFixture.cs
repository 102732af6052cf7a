using SecLake.Emulator;

namespace SecLake.Tests.Support;

/// <summary>
/// An emulator that also accepts a temporary credential (with a session token) acting in a second account,
/// for isolation and session-token tests.
/// </summary>
public sealed class SecondAccountFixture : EmulatorFixture
{
    public const string SecondAccountId = "210987654321";

    public static readonly TestCredentials Temporary = new("ASIATEMPORARYEXAMPLE", "temporary/secret/key", "session-token-123");

    protected override void Configure(EmulatorOptions options) =>
        options.Credentials.Add(new EmulatorCredential
        {
            AccessKey = Temporary.AccessKey,
            SecretKey = Temporary.SecretKey,
            SessionToken = Temporary.SessionToken,
            AccountId = SecondAccountId,
        });
}
