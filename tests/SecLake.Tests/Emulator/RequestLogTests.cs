using System.Text.Json.Nodes;
using SecLake.Emulator;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>The request log keeps the last N requests (a ring buffer), or none; in process and from the command line.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task The_log_keeps_the_last_requests_in_arrival_order()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { RequestLogSize = 3 });
        using var client = new SignedClient(host.Endpoint);

        for (var i = 1; i <= 5; i++) await client.QldbAsync(HttpMethod.Get, $"/ledgers?max_results={i}");

        Assert.Equal(new[] { "max_results=3", "max_results=4", "max_results=5" }, host.Requests.Select(r => r.QueryString).ToArray());
        var overHttp = JsonNode.Parse(await (await client.RawAsync(HttpMethod.Get, "/_emulator/requests")).Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(new[] { "max_results=3", "max_results=4", "max_results=5" }, overHttp.Select(r => r.Str("queryString")).ToArray());

        host.Reset();
        await client.QldbAsync(HttpMethod.Get, "/ledgers?max_results=6");
        Assert.Equal("max_results=6", Assert.Single(host.Requests).QueryString);
    }

    [Fact]
    public async Task A_size_of_zero_records_nothing()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { RequestLogSize = 0 });
        using var client = new SignedClient(host.Endpoint);

        Assert.Equal(200, (await client.QldbAsync(HttpMethod.Get, "/ledgers")).Status);

        Assert.Empty(host.Requests);
    }

    [Theory]
    [InlineData("off", 0)]
    [InlineData("2", 2)]
    public async Task The_command_line_sets_the_size(string value, int kept)
    {
        await using var emulator = await EmulatorProcess.StartAsync("--request-log", value);
        using var client = new SignedClient(emulator.Endpoint);

        for (var i = 0; i < 4; i++) Assert.Equal(200, (await client.QldbAsync(HttpMethod.Get, "/ledgers")).Status);

        var requests = JsonNode.Parse(await (await client.RawAsync(HttpMethod.Get, "/_emulator/requests")).Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(kept, requests.Count);
    }

    [Fact]
    public async Task A_bad_size_on_the_command_line_exits_with_usage()
    {
        var (exitCode, stderr) = await EmulatorProcess.RunToExitAsync("--request-log", "lots");

        Assert.Equal(2, exitCode);
        Assert.Contains("--request-log", stderr);
    }
}
