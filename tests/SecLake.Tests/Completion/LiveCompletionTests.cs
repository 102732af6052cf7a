using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SecLake.Aws;
using SecLake.Completion;
using SecLake.Qldb;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Completion;

/// <summary>Live completers against the emulator, and their time bound against endpoints that never answer.</summary>
public class LiveCompletionTests(ShortDelaysFixture emulator) : SharedEmulatorTests<ShortDelaysFixture>(emulator)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private async Task<QldbClient> WithLedgers(params string[] names)
    {
        var client = Emulator.ConnectQldb();
        foreach (var name in names) await client.CreateLedgerAsync(new CreateLedgerInput(name, "STANDARD"), default);
        return client;
    }

    [Fact]
    public async Task Ledger_names_are_filtered_by_prefix_sorted_and_show_their_state()
    {
        await WithLedgers("orders", "Audit-2", "ord-archive", "payments");

        var candidates = LiveCompletion.LedgerNames(Emulator.Settings(), "ORD", Budget);

        Assert.Equal(new[] { "ord-archive", "orders" }, candidates.Select(c => c.Value));
        Assert.All(candidates, c => Assert.Matches(@"^[\w-]+ \((CREATING|ACTIVE)\)$", c.ToolTip));
        Assert.Equal(4, LiveCompletion.LedgerNames(Emulator.Settings(), "", Budget).Count);
    }

    [Fact]
    public async Task Ledger_arns_are_found_by_ledger_name_or_by_arn()
    {
        await WithLedgers("orders", "payments");

        var byName = Assert.Single(LiveCompletion.LedgerArns(Emulator.Settings(), "ord", Budget));
        Assert.Equal("arn:aws:qldb:us-east-1:123456789012:ledger/orders", byName.Value);
        Assert.StartsWith("Ledger orders (", byName.ToolTip);

        var byArn = LiveCompletion.LedgerArns(Emulator.Settings(), "'arn:aws:qldb:us-east-1:123456789012:ledger/p", Budget);
        Assert.Equal(new[] { "arn:aws:qldb:us-east-1:123456789012:ledger/payments" }, byArn.Select(c => c.Value));
        Assert.Equal("'arn:aws:qldb:us-east-1:123456789012:ledger/payments'", byArn[0].CompletionText("'arn"));
    }

    [Fact]
    public async Task Tag_keys_are_those_the_resource_has_less_the_ones_already_typed()
    {
        var client = await WithLedgers("tagged");
        var arn = (await client.DescribeLedgerAsync("tagged", default)).Arn!;
        await Eventually.ReachAsync(() => client.DescribeLedgerAsync("tagged", default), ledger => ledger.State == "ACTIVE");
        await client.TagResourceAsync(arn, new Dictionary<string, string?> { ["env"] = "prod", ["team"] = "blue", ["tier"] = "1" }, default);

        var keys = LiveCompletion.TagKeys(Emulator.Settings(), QldbService.ServiceId, arn, new[] { "team", "t" }, "t", Budget);

        Assert.Equal(new[] { "tier" }, keys.Select(k => k.Value));
        Assert.Equal("tier = 1", keys[0].ToolTip);
        Assert.Empty(LiveCompletion.TagKeys(Emulator.Settings(), QldbService.ServiceId, null, Array.Empty<string>(), "", Budget));
    }

    [Fact]
    public void An_endpoint_that_never_answers_gives_nothing_within_the_budget()
    {
        using var blackHole = new TcpListener(IPAddress.Loopback, 0);
        blackHole.Start();
        var accepted = new List<Socket>();
        _ = Task.Run(async () =>
        {
            // Accept and hold every connection without ever answering.
            try { while (true) accepted.Add(await blackHole.AcceptSocketAsync()); } catch (Exception) { }
        });
        var settings = Emulator.Settings();
        settings.EndpointUrl = $"http://127.0.0.1:{((IPEndPoint)blackHole.LocalEndpoint).Port}";
        var budget = TimeSpan.FromMilliseconds(700);

        var clock = Stopwatch.StartNew();
        var names = LiveCompletion.LedgerNames(settings, "", budget);
        var arns = LiveCompletion.LedgerArns(settings, "", budget);
        clock.Stop();

        Assert.Empty(names);
        Assert.Empty(arns);
        Assert.True(clock.Elapsed < 2 * budget + TimeSpan.FromMilliseconds(600), $"took {clock.Elapsed.TotalMilliseconds:0} ms for two completions of {budget.TotalMilliseconds} ms");
        blackHole.Stop();
        accepted.ForEach(s => s.Dispose());
    }

    [Fact]
    public void Unusable_connections_give_nothing_and_never_throw()
    {
        var refused = Emulator.Settings();
        refused.EndpointUrl = "http://127.0.0.1:1";
        var notAUrl = Emulator.Settings();
        notAUrl.EndpointUrl = "not a url";
        var noCredentials = new ConnectionSettings { Region = "us-east-1", EndpointUrl = Emulator.Endpoint.ToString(), ProfileName = "no-such-profile", Environment = _ => null };
        var wrongSecret = Emulator.Settings(secretKey: "wrong");

        foreach (var settings in new[] { refused, notAUrl, noCredentials, wrongSecret })
        {
            var clock = Stopwatch.StartNew();
            Assert.Empty(LiveCompletion.LedgerNames(settings, "", TimeSpan.FromSeconds(5)));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5.5), $"{settings.EndpointUrl}: {clock.Elapsed}");
        }
    }

    [Fact]
    public void Bounded_returns_a_fast_answer_and_drops_a_slow_or_failing_one()
    {
        var fast = LiveCompletion.Bounded(TimeSpan.FromSeconds(5), _ => Task.FromResult(new List<CompletionCandidate> { new("a", "A") }));
        Assert.Equal("a", Assert.Single(fast).Value);

        var cancelled = false;
        var clock = Stopwatch.StartNew();
        var slow = LiveCompletion.Bounded(TimeSpan.FromMilliseconds(200), async token =>
        {
            try { await Task.Delay(TimeSpan.FromSeconds(30), token); }
            catch (OperationCanceledException) { cancelled = true; throw; }
            return new List<CompletionCandidate> { new("late", "late") };
        });
        Assert.Empty(slow);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
        Assert.True(SpinWait.SpinUntil(() => cancelled, TimeSpan.FromSeconds(5)), "the slow query was not cancelled at the deadline");

        Assert.Empty(LiveCompletion.Bounded(TimeSpan.FromSeconds(5), _ => throw new InvalidOperationException("boom")));
        Assert.Empty(LiveCompletion.Bounded(TimeSpan.FromSeconds(5), _ => Task.FromException<List<CompletionCandidate>>(new IOException("down"))));
    }
}
