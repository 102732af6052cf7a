using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>
/// Routes come from the service models' http traits: an operation the model has and the emulator does not emulate
/// is recognised by name and answers UnknownOperationException saying so; a path no operation binds stays unknown.
/// Input constraints come from the models' shapes.
/// </summary>
public sealed class ModelRoutingTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ModelRoutingTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private SignedClient Client => _fixture.Client;

    [Theory]
    [InlineData("GET", "/ledgers/orders/journal-kinesis-streams", "ListJournalKinesisStreamsForLedger")]
    [InlineData("GET", "/ledgers/orders/journal-s3-exports/export-1", "DescribeJournalS3Export")]
    [InlineData("POST", "/ledgers/orders/digest", "GetDigest")]
    [InlineData("GET", "/journal-s3-exports", "ListJournalS3Exports")]
    public async Task A_QLDB_operation_of_the_model_that_is_not_emulated_says_so(string method, string path, string operation)
    {
        var reply = await Client.QldbAsync(new HttpMethod(method), path, method == "POST" ? new JsonObject() : null);

        QldbTestData.AssertError(reply, 404, "UnknownOperationException");
        Assert.Contains($"does not emulate {operation}", reply.Message);
        Assert.Equal(operation, _fixture.Host.Requests.Last().Operation);
    }

    [Fact]
    public async Task A_path_no_operation_binds_has_no_operation_name()
    {
        var reply = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/nothing-here");

        Assert.Equal((404, "UnknownOperationException"), (reply.Status, reply.ErrorType));
        Assert.Contains("has no operation for GET /v1/nothing-here", reply.Json.Str("message"));
        Assert.Equal("", _fixture.Host.Requests.Last().Operation);
    }

    [Fact]
    public async Task Constraints_come_from_the_models_shapes()
    {
        // LedgerName: min 1, max 32 and a pattern; MaxResults 1..100; both worded as AWS words them.
        var name = await Client.QldbAsync(HttpMethod.Post, "/ledgers", QldbTestData.CreateBody(new string('a', 33)));
        var page = await Client.QldbAsync(HttpMethod.Get, "/ledgers?max_results=101");
        // Security Lake's UUID pattern on a URI label.
        var id = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/subscribers/not-a-uuid");

        Assert.Equal(
            "1 validation error detected: Value 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' at 'Name' failed to satisfy constraint: Member must have length less than or equal to 32",
            name.Json.Str("Message"));
        Assert.Equal("MaxResults", page.Json.Str("ParameterName"));
        Assert.Contains("Member must have value less than or equal to 100", page.Json.Str("Message"));
        Assert.Contains("at 'subscriberId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-f0-9]{8}-", id.Json.Str("message"));
    }
}
