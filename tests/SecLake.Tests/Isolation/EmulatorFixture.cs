using Xunit;
using SecLake.Emulator;

namespace SecLake.Tests.Isolation;

/// <summary>One emulator for the coexistence tests; each probe creates ledgers of its own, so the limit is raised.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private EmulatorHost? _host;

    public string Url => _host?.Endpoint.ToString() ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _host = await EmulatorHost.StartAsync(new EmulatorOptions { LedgerLimit = 10_000 });

    public async Task DisposeAsync()
    {
        if (_host != null) await _host.DisposeAsync();
    }
}
