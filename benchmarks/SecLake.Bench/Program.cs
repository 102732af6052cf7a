using System.Diagnostics;
using System.Text.Json;
using SecLake;
using SecLake.Aws;
using SecLake.Qldb;

// Usage: SecLake.Bench <create-ledgers|list-ledgers|describe-ledger> --endpoint URL [--count N] [--prefix P] [--concurrency K] [--warmup W] [--handoff 1]
//   create-ledgers: N CreateLedger calls (names P00001...), K in flight; with --handoff 1 started one at a time from one
//                   dedicated thread through the cmdlets' OrderedWorkPump (their shape, without PowerShell).
//   list-ledgers:   every ListLedgers page.
//   describe-ledger: N DescribeLedger calls of ledger --name (default P00001), one after another.
// Each after rounds of W untimed calls (created ledgers named Pw0-00001...) until two rounds in a row compile no new
// method: the steady state.
// Prints {"operation":..,"count":..,"elapsedMs":..,"requests":..}.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
string Option(string name, string fallback) => options.TryGetValue(name, out var value) ? value : fallback;

var mode = args.Length > 0 ? args[0] : "";
var client = QldbService.Connect(new ConnectionSettings
{
    Region = Option("region", "us-east-1"),
    AccessKey = Option("access-key", "AKIAIOSFODNN7EXAMPLE"),
    SecretKey = Option("secret-key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    EndpointUrl = Option("endpoint", ""),
    EndpointUrlGiven = true,
}, null);
var count = int.Parse(Option("count", "1000"));
var concurrency = int.Parse(Option("concurrency", "1"));
var warmup = int.Parse(Option("warmup", "0"));
var prefix = Option("prefix", "bench-");
var handoff = Option("handoff", "0") == "1";

async Task CreateAll(string namePrefix, int n)
{
    if (handoff)
    {
        // The cmdlet's shape without PowerShell: one dedicated thread (the pipeline thread) starts each call through
        // the OrderedWorkPump the cmdlets use, within a Deadline, and waits for it; the response comes back on a pool thread.
        Exception? failed = null;
        var consumer = new Thread(() =>
        {
            var pump = new OrderedWorkPump();
            for (var i = 1; i <= n; i++)
            {
                var name = $"{namePrefix}{i:D5}";
                // Each record within its -TimeoutSec, as RunRecord runs it; a failed call fails the run, as in the other modes.
                pump.Start((_, stop) => Deadline.RunAsync(TimeSpan.FromSeconds(120), stop,
                    token => client.CreateLedgerAsync(new CreateLedgerInput(name, "STANDARD") { DeletionProtection = false }, token)),
                    failure => failed ??= failure);
            }
            pump.Drain();
        });
        consumer.Start();
        await Task.Run(consumer.Join);
        if (failed != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failed).Throw();
        return;
    }
    if (concurrency == 1)
    {
        // One after another, as a script calling the client in a loop would: no task or semaphore per call.
        for (var i = 1; i <= n; i++)
            await client.CreateLedgerAsync(new CreateLedgerInput($"{namePrefix}{i:D5}", "STANDARD") { DeletionProtection = false });
        return;
    }
    using var slots = new SemaphoreSlim(concurrency);
    var calls = new List<Task>(n);
    for (var i = 1; i <= n; i++)
    {
        await slots.WaitAsync();
        var name = $"{namePrefix}{i:D5}";
        calls.Add(Task.Run(async () =>
        {
            try
            {
                await client.CreateLedgerAsync(new CreateLedgerInput(name, "STANDARD") { DeletionProtection = false });
            }
            finally
            {
                slots.Release();
            }
        }));
    }
    await Task.WhenAll(calls);
}

// Warms up to the steady state the pwsh a figure is compared with has long reached: tiered compilation promotes hot
// methods in the background, so the untimed round (W calls; none when W is 0) is repeated, with a pause for that
// background work, until two rounds in a row compile nothing new, at most twenty rounds.
async Task WarmUpAsync(Func<int, Task> round)
{
    for (int i = 0, quiet = 0; warmup > 0 && i < 20 && quiet < 2; i++)
    {
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        await round(i);
        await Task.Delay(200);
        quiet = System.Runtime.JitInfo.GetCompiledMethodCount() == compiled ? quiet + 1 : 0;
    }
}

var clock = new Stopwatch();
object result;
switch (mode)
{
    case "create-ledgers":
        await WarmUpAsync(round => CreateAll($"{prefix}w{round}-", warmup));
        var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var pausedBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = GC.CollectionCount(0);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Start();
        await CreateAll(prefix, count);
        clock.Stop();
        result = new
        {
            operation = mode,
            count,
            concurrency,
            elapsedMs = clock.Elapsed.TotalMilliseconds,
            requests = count,
            methodsCompiledWhileTimed = System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore,
            // Besides time, what the calls cost this process: to set beside a pwsh doing the same (README, Bulk work).
            allocatedBytesPerCall = (GC.GetTotalAllocatedBytes(true) - allocatedBefore) / count,
            gen0Collections = GC.CollectionCount(0) - collectionsBefore,
            gcPauseMs = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds,
            cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds,
        };
        break;
    case "list-ledgers":
        await WarmUpAsync(async _ =>
        {
            for (var i = 0; i < warmup; i++) await client.ListLedgersAsync();
        });
        clock.Start();
        var ledgers = await client.ListLedgersAsync();
        clock.Stop();
        result = new { operation = mode, count = ledgers.Count, elapsedMs = clock.Elapsed.TotalMilliseconds, requests = (ledgers.Count + 99) / 100 };
        break;
    case "describe-ledger":
        // One ledger described count times, one after another: the cost of one GET round trip.
        var target = Option("name", prefix + "00001");
        await WarmUpAsync(async _ =>
        {
            for (var i = 0; i < warmup; i++) await client.DescribeLedgerAsync(target);
        });
        clock.Start();
        for (var i = 0; i < count; i++) await client.DescribeLedgerAsync(target);
        clock.Stop();
        result = new { operation = mode, count, elapsedMs = clock.Elapsed.TotalMilliseconds, requests = count };
        break;
    default:
        Console.Error.WriteLine("Usage: SecLake.Bench <create-ledgers|list-ledgers|describe-ledger> --endpoint URL [--count N] [--prefix P] [--concurrency K] [--warmup W] [--handoff 1]");
        return 2;
}
Console.WriteLine(JsonSerializer.Serialize(result));
return 0;
