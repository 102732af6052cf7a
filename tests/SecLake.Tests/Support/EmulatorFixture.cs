using SecLake.Aws;
using SecLake.Emulator;
using SecLake.Qldb;
using SecLake.SecurityLake;
using Xunit;

namespace SecLake.Tests.Support;

/// <summary>
/// The in-process emulator on a free port, and the ways tests talk to it: <see cref="Client"/> sends signed raw
/// HTTP (the emulator's own wire tests), <see cref="Settings"/> are connection settings for SecLake's SDK-backed
/// clients, and <see cref="ConnectQldb"/> / <see cref="ConnectSecurityLake"/> are those clients. Shared by a test
/// class as its IClassFixture (see <see cref="SharedEmulatorTests{TFixture}"/>), or started for one test with
/// <see cref="StartAsync"/>. State transitions are immediate unless a variant below, or the caller, sets delays.
/// </summary>
public class EmulatorFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string Region = "us-east-1";

    private readonly Action<EmulatorOptions> _configure;
    private bool _disposed;

    public EmulatorFixture() : this(_ => { })
    {
    }

    /// <param name="configure">Changes the options (delays, limits, more credentials) before the emulator starts.</param>
    protected EmulatorFixture(Action<EmulatorOptions> configure) => _configure = configure;

    public EmulatorHost Host { get; private set; } = null!;
    public SignedClient Client { get; private set; } = null!;
    public Uri Endpoint => Host.Endpoint;

    /// <summary>An emulator of its own for one test (options no shared fixture has); dispose it at the end.</summary>
    public static async Task<EmulatorFixture> StartAsync(Action<EmulatorOptions> configure)
    {
        var emulator = new EmulatorFixture(configure);
        await emulator.InitializeAsync();
        return emulator;
    }

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions
        {
            LedgerCreateDelay = TimeSpan.Zero,
            LedgerDeleteDelay = TimeSpan.Zero,
            DataLakeDelay = TimeSpan.Zero,
        };
        _configure(options);
        Host = await EmulatorHost.StartAsync(options);
        Client = new SignedClient(Host.Endpoint);
    }

    /// <summary>Forgets all resources, recorded requests and pending faults.</summary>
    public void Reset() => Host.Reset();

    /// <summary>Connection settings for the emulator's default account, with the environment shut out.</summary>
    public ConnectionSettings Settings(string? secretKey = null, string region = Region) => new()
    {
        Region = region,
        AccessKey = EmulatorCredential.Default.AccessKey,
        SecretKey = secretKey ?? EmulatorCredential.Default.SecretKey,
        EndpointUrl = Host.Endpoint.ToString(),
        Environment = _ => null,
    };

    /// <summary>SecLake's QLDB client through the AWS SDK pipeline, on <see cref="Settings"/>.</summary>
    public QldbClient ConnectQldb(string region = Region, Action<RequestTrace>? trace = null, string? secretKey = null) =>
        QldbService.Connect(Settings(secretKey, region), trace);

    /// <summary>SecLake's Security Lake client through the AWS SDK pipeline, on <see cref="Settings"/>.</summary>
    public SecurityLakeClient ConnectSecurityLake(string region = Region, Action<RequestTrace>? trace = null) =>
        SecurityLakeService.Connect(Settings(region: region), trace);

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        Client?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
    }
}

/// <summary>
/// An emulator that also accepts a temporary credential (with a session token) acting in a second account, for
/// account-isolation and session-token tests.
/// </summary>
public sealed class SecondAccountFixture() : EmulatorFixture(options => options.Credentials.Add(new EmulatorCredential
{
    AccessKey = Temporary.AccessKey,
    SecretKey = Temporary.SecretKey,
    SessionToken = Temporary.SessionToken,
    AccountId = SecondAccountId,
}))
{
    public const string SecondAccountId = "210987654321";

    public static readonly TestCredentials Temporary = new("ASIATEMPORARYEXAMPLE", "temporary/secret/key", "session-token-123");
}

/// <summary>
/// An emulator that treats <see cref="OutsideAccount"/> as outside the caller's organization, so CreateAwsLogSource and
/// DeleteAwsLogSource answer it in their <c>failed</c> list.
/// </summary>
public sealed class OrganizationFixture() : EmulatorFixture(options => options.AccountsOutsideOrganization.Add(OutsideAccount))
{
    public const string OutsideAccount = "999988887777";
}

/// <summary>
/// State transitions of 300 ms: long enough for SDK-level tests to see CREATING, INITIALIZED and PENDING before their
/// waiters see the end state, short enough to keep those tests quick.
/// </summary>
public sealed class ShortDelaysFixture() : EmulatorFixture(options =>
{
    options.LedgerCreateDelay = TimeSpan.FromMilliseconds(300);
    options.LedgerDeleteDelay = TimeSpan.FromMilliseconds(300);
    options.DataLakeDelay = TimeSpan.FromMilliseconds(300);
})
{
}

/// <summary>
/// A test class sharing one emulator among its tests: each test starts from an empty emulator (xunit runs the tests of
/// a class one at a time, so resetting in the constructor is safe).
/// </summary>
public abstract class SharedEmulatorTests<TFixture> : IClassFixture<TFixture> where TFixture : EmulatorFixture
{
    protected SharedEmulatorTests(TFixture emulator)
    {
        Emulator = emulator;
        emulator.Reset();
    }

    protected TFixture Emulator { get; }

    /// <summary>Signed raw HTTP to the emulator.</summary>
    protected SignedClient Client => Emulator.Client;
}
