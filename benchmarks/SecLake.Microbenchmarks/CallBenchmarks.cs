using BenchmarkDotNet.Attributes;
using SecLake.Aws;
using SecLake.Emulator;
using SecLake.Qldb;

namespace SecLake.Microbenchmarks;

/// <summary>
/// One whole call on the QLDB client: validation, request, the SDK pipeline (credentials, SigV4, retry loop, HTTP to
/// an in-process emulator on 127.0.0.1, response reading). The emulator's own work is inside the figure: compare calls
/// with one another, not with the marshalling benchmarks.
/// </summary>
[MemoryDiagnoser]
public class CallBenchmarks
{
    private EmulatorHost _emulator = null!;
    private QldbClient _client = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LedgerCreateDelay = TimeSpan.Zero, LedgerDeleteDelay = TimeSpan.Zero });
        var credential = EmulatorCredential.Default;
        _client = QldbService.Connect(new ConnectionSettings
        {
            Region = "us-east-1",
            AccessKey = credential.AccessKey,
            SecretKey = credential.SecretKey,
            EndpointUrl = _emulator.Endpoint.ToString(),
            EndpointUrlGiven = true,
        }, null);
        await _client.CreateLedgerAsync(new CreateLedgerInput("orders", "STANDARD") { DeletionProtection = false });
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _emulator.DisposeAsync();

    /// <summary>A GET without a query.</summary>
    [Benchmark(Baseline = true)]
    public Task<QldbLedger> DescribeLedger() => _client.DescribeLedgerAsync("orders");

    /// <summary>A write with a JSON body; the same state after each.</summary>
    [Benchmark]
    public Task<QldbLedger> UpdateLedger() => _client.UpdateLedgerAsync("orders", deletionProtection: false, kmsKey: null);

    /// <summary>A list: one page, with its query.</summary>
    [Benchmark]
    public Task<List<QldbLedger>> ListLedgers() => _client.ListLedgersAsync();
}
