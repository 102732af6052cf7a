using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Emulator.QldbTestData;

namespace SecLake.Tests.Emulator;

/// <summary>
/// Ledgers move CREATING -> ACTIVE and DELETING -> gone after the configured delays; changes are refused with
/// ResourceInUseException while a ledger is not ACTIVE. Each test starts its own emulator with short delays.
/// </summary>
public sealed class QldbStateTransitionTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(400);

    private static Task<EmulatorFixture> StartAsync() => EmulatorFixture.StartAsync(options =>
    {
        options.LedgerCreateDelay = Delay;
        options.LedgerDeleteDelay = Delay;
    });

    [Fact]
    public async Task A_new_ledger_is_CREATING_then_ACTIVE()
    {
        await using var emulator = await StartAsync();
        var client = emulator.Client;
        await client.CreateAsync("orders", deletionProtection: false);

        var early = await client.DescribeAsync("orders");
        var update = await client.QldbAsync(HttpMethod.Patch, "/ledgers/orders", new JsonObject { ["DeletionProtection"] = true });
        var mode = await client.QldbAsync(HttpMethod.Patch, "/ledgers/orders/permissions-mode", new JsonObject { ["PermissionsMode"] = "ALLOW_ALL" });
        var delete = await client.QldbAsync(HttpMethod.Delete, "/ledgers/orders");

        Assert.Equal("CREATING", early.Json.Str("State"));
        AssertError(update, 409, "ResourceInUseException");
        AssertError(mode, 409, "ResourceInUseException");
        AssertError(delete, 409, "ResourceInUseException");
        Assert.Equal("orders", delete.Json.Str("ResourceName"));

        var active = await Eventually.ReachAsync(() => client.DescribeAsync("orders"), r => r.Json.Str("State") == "ACTIVE");
        Assert.False(active.Json!["DeletionProtection"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_deleted_ledger_is_DELETING_then_gone()
    {
        await using var emulator = await StartAsync();
        var client = emulator.Client;
        await client.CreateAsync("orders", deletionProtection: false);
        await Eventually.ReachAsync(() => client.DescribeAsync("orders"), r => r.Json.Str("State") == "ACTIVE");

        Assert.Equal(200, (await client.QldbAsync(HttpMethod.Delete, "/ledgers/orders")).Status);
        var deleting = await client.DescribeAsync("orders");
        var listed = await client.QldbAsync(HttpMethod.Get, "/ledgers");
        var again = await client.QldbAsync(HttpMethod.Delete, "/ledgers/orders");
        var recreate = await client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody("orders"));

        Assert.Equal("DELETING", deleting.Json.Str("State"));
        Assert.Equal("DELETING", listed.Json.Str("Ledgers.0.State"));
        AssertError(again, 409, "ResourceInUseException");
        AssertError(recreate, 409, "ResourceAlreadyExistsException");

        await Eventually.ReachAsync(() => client.DescribeAsync("orders"), r => r.Status == 404);
        Assert.Empty((await client.QldbAsync(HttpMethod.Get, "/ledgers")).Json!["Ledgers"]!.AsArray());
        Assert.Equal(200, (await client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody("orders"))).Status);
    }

    [Fact]
    public async Task The_create_response_says_CREATING_even_without_delay()
    {
        await using var emulator = await EmulatorFixture.StartAsync(options => options.LedgerCreateDelay = TimeSpan.Zero);
        var client = emulator.Client;

        var created = await client.CreateAsync("orders");

        Assert.Equal("CREATING", created.Json.Str("State"));
        Assert.Equal("ACTIVE", (await client.DescribeAsync("orders")).Json.Str("State"));
    }
}
