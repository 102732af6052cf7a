using System.Diagnostics;
using System.Text.Json.Nodes;
using SecLake.Emulator;
using SecLake.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SecLake.Tests.Emulator;

/// <summary>
/// The emulator with many ledgers and subscribers still answers lists and lookups correctly (issue 10). Not a timed
/// assertion: the timings are printed (dotnet test --logger "console;verbosity=detailed"). The sizes default to
/// 20,000 ledgers and 2,000 subscribers; SECLAKE_EMULATOR_SCALE_LEDGERS and SECLAKE_EMULATOR_SCALE_SUBSCRIBERS change them.
/// </summary>
public sealed class EmulatorScaleTests : IClassFixture<EmulatorScaleTests.ScaleFixture>
{
    private const string Region = "us-east-1";
    private readonly ScaleFixture _fixture;
    private readonly ITestOutputHelper _output;

    public EmulatorScaleTests(ScaleFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
        fixture.Reset();
    }

    /// <summary>No ledger quota, so the test can create as many as it likes.</summary>
    public sealed class ScaleFixture() : EmulatorFixture(options => options.LedgerLimit = int.MaxValue);

    private SignedClient Client => _fixture.Client;

    private static int Size(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var n) && n > 0 ? n : fallback;

    private static string LedgerName(int i) => $"ledger-{i:D6}";

    [Fact]
    public async Task Many_ledgers_list_in_order_and_describe_by_name()
    {
        var count = Size("SECLAKE_EMULATOR_SCALE_LEDGERS", 20_000);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var created = await TimedAsync($"create {count} ledgers (16 at a time)", count, () =>
            ForEachAsync(count, async i =>
            {
                var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", QldbTestData.CreateBody(LedgerName(i), deletionProtection: false));
                Assert.True(reply.Status == 200, reply.ToString());
            }));
        var after = GC.GetTotalMemory(forceFullCollection: true);
        _output.WriteLine($"managed heap after creating: +{(after - before) / 1024 / 1024} MiB ({(after - before) / count} bytes a ledger, request log included)");

        // Every ledger, once, in name order, over pages of 100.
        var names = new List<string>(count);
        string? token = null;
        var pages = 0;
        var listing = Stopwatch.StartNew();
        do
        {
            var query = "/ledgers?max_results=100" + (token is null ? "" : "&next_token=" + Uri.EscapeDataString(token));
            var page = await Client.QldbAsync(HttpMethod.Get, query);
            Assert.True(page.Status == 200, page.ToString());
            names.AddRange(page.Json!["Ledgers"]!.AsArray().Select(l => l.Str("Name")!));
            token = page.Json.Str("NextToken");
            pages++;
        }
        while (token is not null);
        listing.Stop();
        _output.WriteLine($"list {count} ledgers: {pages} pages, {listing.Elapsed.TotalMilliseconds / pages:F3} ms a page");
        Assert.Equal(Enumerable.Range(0, count).Select(LedgerName), names);

        // Lookups by name anywhere in the set, and the same lookup where the scope holds one ledger.
        var random = new Random(1);
        var sample = Enumerable.Range(0, 1000).Select(_ => random.Next(count)).ToArray();
        await TimedAsync($"describe 1000 of {count} ledgers, one at a time", sample.Length, async () =>
        {
            foreach (var i in sample) Assert.Equal(LedgerName(i), (await Client.DescribeAsync(LedgerName(i))).Json.Str("Name"));
        });
        var alone = new SendOptions { Region = "eu-west-1" };
        await Client.CreateAsync("alone", options: alone);
        await TimedAsync("describe 1000 times in a scope of 1 ledger (baseline: client, HTTP and signing)", 1000, async () =>
        {
            for (var i = 0; i < 1000; i++) Assert.Equal(200, (await Client.DescribeAsync("alone", alone)).Status);
        });

        // A deleted ledger drops out of the list (zero delete delay), and the pages around it stay whole.
        var middle = LedgerName(count / 2);
        Assert.Equal(200, (await Client.QldbAsync(HttpMethod.Delete, $"/ledgers/{middle}")).Status);
        QldbTestData.AssertError(await Client.DescribeAsync(middle), 404, "ResourceNotFoundException");
        var firstPage = await Client.QldbAsync(HttpMethod.Get, "/ledgers?max_results=100");
        Assert.Equal(LedgerName(0), firstPage.Json!["Ledgers"]![0].Str("Name"));

        // The request log is bounded whatever the number of calls.
        Assert.Equal(EmulatorOptions.DefaultRequestLogSize, _fixture.Host.Requests.Count);
    }

    [Fact]
    public async Task Many_subscribers_page_in_creation_order_and_get_by_id()
    {
        var count = Size("SECLAKE_EMULATOR_SCALE_SUBSCRIBERS", 2_000);
        await Client.CreateDataLakeAsync(new[] { Region });
        var ids = new string[count];
        await TimedAsync($"create {count} subscribers (one at a time)", count, async () =>
        {
            for (var i = 0; i < count; i++)
                ids[i] = (await Client.CreateSubscriberAsync(SecurityLakeTestData.CreateSubscriberBody($"subscriber-{i}"))).Str("subscriberId")!;
        });

        var listed = new List<string>(count);
        string? token = null;
        var pages = 0;
        var listing = Stopwatch.StartNew();
        do
        {
            var query = "/v1/subscribers?maxResults=100" + (token is null ? "" : "&nextToken=" + Uri.EscapeDataString(token));
            var page = await Client.SecurityLakeAsync(HttpMethod.Get, query);
            Assert.True(page.Status == 200, page.ToString());
            listed.AddRange(page.Json!["subscribers"]!.AsArray().Select(s => s.Str("subscriberId")!));
            token = page.Json.Str("nextToken");
            pages++;
        }
        while (token is not null);
        listing.Stop();
        _output.WriteLine($"list {count} subscribers: {pages} pages, {listing.Elapsed.TotalMilliseconds / pages:F3} ms a page");
        Assert.Equal(ids, listed);

        var random = new Random(2);
        var sample = Enumerable.Range(0, 1000).Select(_ => random.Next(count)).ToArray();
        await TimedAsync($"get 1000 of {count} subscribers by id", sample.Length, async () =>
        {
            foreach (var i in sample)
                Assert.Equal($"subscriber-{i}", (await Client.SecurityLakeAsync(HttpMethod.Get, $"/v1/subscribers/{ids[i]}")).Json!["subscriber"].Str("subscriberName"));
        });

        // Tags of a subscriber are found by its ARN without a scan.
        var arn = $"arn:aws:securitylake:{Region}:{SecurityLakeTestData.Account}:subscriber/{ids[count - 1]}";
        var tagged = await Client.SecurityLakeAsync(HttpMethod.Post, SecurityLakeTestData.TagsPath(arn),
            new JsonObject { ["tags"] = new JsonArray(new JsonObject { ["key"] = "team", ["value"] = "blue" }) });
        Assert.Equal(200, tagged.Status);
        Assert.Equal(200, (await Client.SecurityLakeAsync(HttpMethod.Delete, $"/v1/subscribers/{ids[0]}")).Status);
        Assert.Equal(ids[1], (await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/subscribers?maxResults=1")).Json!["subscribers"]![0].Str("subscriberId"));
    }

    private async Task<T> TimedAsync<T>(string what, int calls, Func<Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        var result = await action();
        watch.Stop();
        _output.WriteLine($"{what}: {watch.Elapsed.TotalSeconds:F2} s, {watch.Elapsed.TotalMilliseconds / calls:F3} ms a call");
        return result;
    }

    private Task TimedAsync(string what, int calls, Func<Task> action) =>
        TimedAsync(what, calls, async () =>
        {
            await action();
            return 0;
        });

    private static async Task<int> ForEachAsync(int count, Func<int, Task> body)
    {
        var next = -1;
        var workers = Enumerable.Range(0, 16).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count) await body(i);
        });
        await Task.WhenAll(workers);
        return count;
    }
}
