using System;
using System.Threading.Tasks;
using SecLake.Emulator;
using Xunit;

namespace SecLake.Tests.Support;

/// <summary>
/// One emulator per test class (IClassFixture), on a free port, with zero transition delays so resources are
/// usable at once. Test classes call <see cref="Reset"/> from their constructor: tests of a class run one at a time.
/// </summary>
public class EmulatorFixture : IAsyncLifetime
{
    public EmulatorHost Host { get; private set; } = null!;
    public SignedClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions
        {
            LedgerCreateDelay = TimeSpan.Zero,
            LedgerDeleteDelay = TimeSpan.Zero,
            DataLakeDelay = TimeSpan.Zero,
        };
        Configure(options);
        Host = await EmulatorHost.StartAsync(options);
        Client = new SignedClient(Host.Endpoint);
    }

    public void Reset() => Host.Reset();

    /// <summary>Lets a derived fixture change the options (more credentials, delays) before the start.</summary>
    protected virtual void Configure(EmulatorOptions options)
    {
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
