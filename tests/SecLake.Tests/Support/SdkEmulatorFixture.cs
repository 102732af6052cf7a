using SecLake.Aws;
using SecLake.Emulator;
using Xunit;

namespace SecLake.Tests.Support;

/// <summary>One in-process emulator per test class, with short state delays; tests reset it as they need.</summary>
public sealed class SdkEmulatorFixture : IAsyncLifetime
{
    public EmulatorHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await EmulatorHost.StartAsync(new EmulatorOptions
    {
        LedgerCreateDelay = TimeSpan.FromMilliseconds(300),
        LedgerDeleteDelay = TimeSpan.FromMilliseconds(300),
        DataLakeDelay = TimeSpan.FromMilliseconds(300),
        LedgerLimit = 5,
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Connection settings for the emulator's test account, with the environment shut out.</summary>
    public ConnectionSettings Settings(string? secretKey = null, string region = "us-east-1") => new()
    {
        Region = region,
        AccessKey = EmulatorCredential.Default.AccessKey,
        SecretKey = secretKey ?? EmulatorCredential.Default.SecretKey,
        EndpointUrl = Host.Endpoint.ToString(),
        Environment = _ => null,
    };
}
