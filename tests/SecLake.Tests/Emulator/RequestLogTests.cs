using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SecLake.Emulator;
using SecLake.Tests.Infrastructure;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>The request log keeps the last N requests (a ring buffer), or none; in process and from the command line.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task TheLogKeepsTheLastRequestsInArrivalOrder()
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
    public async Task ASizeOfZeroRecordsNothing()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { RequestLogSize = 0 });
        using var client = new SignedClient(host.Endpoint);

        Assert.Equal(200, (await client.QldbAsync(HttpMethod.Get, "/ledgers")).Status);

        Assert.Empty(host.Requests);
    }

    [Theory]
    [InlineData("off", 0)]
    [InlineData("2", 2)]
    public async Task TheCommandLineSetsTheSize(string value, int kept)
    {
        await using var emulator = await EmulatorProcess.StartAsync("--request-log", value);
        using var client = new SignedClient(emulator.Endpoint);

        for (var i = 0; i < 4; i++) Assert.Equal(200, (await client.QldbAsync(HttpMethod.Get, "/ledgers")).Status);

        var requests = JsonNode.Parse(await (await client.RawAsync(HttpMethod.Get, "/_emulator/requests")).Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(kept, requests.Count);
    }

    [Fact]
    public async Task ABadSizeOnTheCommandLineExitsWithUsage()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(EmulatorProcess.AssemblyPath);
        start.ArgumentList.Add("--request-log");
        start.ArgumentList.Add("lots");
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--request-log", stderr);
    }
}
