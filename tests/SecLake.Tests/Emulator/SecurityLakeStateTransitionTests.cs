using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>createStatus INITIALIZED -> COMPLETED and updateStatus PENDING -> COMPLETED after the data lake delay.</summary>
public sealed class SecurityLakeStateTransitionTests
{
    [Fact]
    public async Task Create_and_update_complete_after_the_data_lake_delay()
    {
        await using var emulator = await EmulatorFixture.StartAsync(options => options.DataLakeDelay = TimeSpan.FromMilliseconds(400));
        var client = emulator.Client;
        await client.CreateDataLakeAsync(new[] { "us-east-1" });

        var early = await client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes");
        Assert.Equal("INITIALIZED", early.Json.Str("dataLakes.0.createStatus"));
        await Eventually.ReachAsync(() => client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes"),
            r => r.Json.Str("dataLakes.0.createStatus") == "COMPLETED");

        var update = await client.SecurityLakeAsync(HttpMethod.Put, "/v1/datalake",
            new JsonObject { ["configurations"] = new JsonArray(new JsonObject { ["region"] = "us-east-1" }) });
        var requestId = update.Json.Str("dataLakes.0.updateStatus.requestId");
        Assert.Equal("PENDING", (await client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes")).Json.Str("dataLakes.0.updateStatus.status"));

        var done = await Eventually.ReachAsync(() => client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes"),
            r => r.Json.Str("dataLakes.0.updateStatus.status") == "COMPLETED");
        Assert.Equal(requestId, done.Json.Str("dataLakes.0.updateStatus.requestId"));
        Assert.Equal("COMPLETED", done.Json.Str("dataLakes.0.createStatus"));
    }
}
