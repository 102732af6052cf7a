using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Emulator.QldbTestData;

namespace SecLake.Tests.Emulator;

/// <summary>
/// QLDB input constraints from qldb-2019-01-02.service-2.json: every violation is a 400 InvalidParameterException
/// naming the member in ParameterName; values at the limits are accepted.
/// </summary>
public sealed class QldbValidationTests(EmulatorFixture emulator) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    [Theory]
    [InlineData("a")]
    [InlineData("Ledger-2")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")] // 32 characters
    [InlineData("0x")]
    public async Task Accepts_ledger_names_the_model_allows(string name)
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody(name));
        Assert.Equal(200, reply.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")] // 33 characters
    [InlineData("double--hyphen")]
    [InlineData("12345")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("under_score")]
    [InlineData("new\nline")]
    [InlineData("abc\n")] // the model's $ is the end of the input, not before a final newline
    [InlineData("caf\u00e9")]
    public async Task Rejects_ledger_names_the_model_forbids(string name)
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody(name));

        AssertInvalidParameter(reply, "Name");
        Assert.Matches("^[0-9]+ validation errors? detected: ", reply.Json.Str("Message"));
    }

    public static TheoryData<string, string> InvalidCreateBodies() => new()
    {
        { """{"PermissionsMode":"STANDARD"}""", "Name" },
        { """{"Name":"ok"}""", "PermissionsMode" },
        { """{"Name":"ok","PermissionsMode":"EVERYTHING"}""", "PermissionsMode" },
        { """{"Name":"ok","PermissionsMode":"STANDARD","DeletionProtection":"yes"}""", "DeletionProtection" },
        { """{"Name":"ok","PermissionsMode":"STANDARD","KmsKey":"KEY"}""".Replace("KEY", new string('k', 1601)), "KmsKey" },
        { """{"Name":"ok","PermissionsMode":"STANDARD","Tags":{"":"v"}}""", "Tags" },
        { """{"Name":"ok","PermissionsMode":"STANDARD","Tags":{"KEY":"v"}}""".Replace("KEY", new string('k', 129)), "Tags" },
        { """{"Name":"ok","PermissionsMode":"STANDARD","Tags":{"k":"VALUE"}}""".Replace("VALUE", new string('v', 257)), "Tags" },
        { """{"Name":"ok","PermissionsMode":"STANDARD","Tags":["k"]}""", "Tags" },
        { """{"Name":42,"PermissionsMode":"STANDARD"}""", "Name" },
    };

    [Theory]
    [MemberData(nameof(InvalidCreateBodies))]
    public async Task Rejects_CreateLedger_inputs_the_model_forbids(string body, string parameter)
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", JsonNode.Parse(body));

        AssertInvalidParameter(reply, parameter);
    }

    [Fact]
    public async Task Accepts_tags_at_their_limits()
    {
        var tags = new JsonObject { [new string('k', 128)] = new string('v', 256), ["empty"] = "", ["null-value"] = null };

        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody("tagged", tags: tags));

        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task Rejects_more_than_two_hundred_tags_on_create()
    {
        var tags = new JsonObject();
        foreach (var i in Enumerable.Range(0, 201)) tags[$"k{i}"] = "v";

        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody("tagged", tags: tags));

        AssertInvalidParameter(reply, "Tags");
    }

    [Fact]
    public async Task Rejects_an_invalid_name_in_the_path()
    {
        var reply = await Client.DescribeAsync("bad--name");

        AssertInvalidParameter(reply, "Name");
    }

    [Fact]
    public async Task UpdateLedgerPermissionsMode_requires_a_valid_mode()
    {
        await Client.CreateAsync("orders");

        var missing = await Client.QldbAsync(HttpMethod.Patch, "/ledgers/orders/permissions-mode", new JsonObject());
        var unknown = await Client.QldbAsync(HttpMethod.Patch, "/ledgers/orders/permissions-mode", new JsonObject { ["PermissionsMode"] = "ALL" });

        AssertError(missing, 400, "InvalidParameterException");
        AssertInvalidParameter(unknown, "PermissionsMode");
    }

    [Fact]
    public async Task Reports_every_violation_in_the_message()
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", new JsonObject { ["Name"] = "", ["PermissionsMode"] = "X" });

        Assert.StartsWith("3 validation errors detected: ", reply.Json.Str("Message"));
    }
}
