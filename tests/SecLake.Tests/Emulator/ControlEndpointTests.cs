using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>The unsigned /_emulator/ endpoints another process uses, and the in-process request log.</summary>
public sealed class ControlEndpointTests(EmulatorFixture emulator) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    private async Task<(int Status, JsonNode? Json, HttpResponseMessage Response)> Control(HttpMethod method, string path, string? json = null)
    {
        var response = await Client.RawAsync(method, path, json);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    [Fact]
    public async Task Health_answers_ok_with_a_request_id()
    {
        var (status, json, response) = await Control(HttpMethod.Get, "/_emulator/health");

        Assert.Equal(200, status);
        Assert.Equal("ok", json.Str("status"));
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
    }

    [Fact]
    public async Task Requests_lists_every_service_call_raw_and_not_the_control_calls()
    {
        await Client.QldbAsync(HttpMethod.Post, "/ledgers", QldbTestData.CreateBody("orders"));
        await Client.QldbAsync(HttpMethod.Delete, QldbTestData.TagsPath(QldbTestData.LedgerArn("orders")) + "?tagKeys=a&tagKeys=b%20c");
        await Control(HttpMethod.Get, "/_emulator/health");

        var (status, json, _) = await Control(HttpMethod.Get, "/_emulator/requests");

        Assert.Equal(200, status);
        var requests = json!.AsArray();
        Assert.Equal(2, requests.Count);
        var create = requests[0]!;
        Assert.Equal(("qldb", "CreateLedger", "POST", "/ledgers", 200), (create.Str("service"), create.Str("operation"), create.Str("method"), create.Str("path"), create["statusCode"]!.GetValue<int>()));
        Assert.Equal("""{"Name":"orders","PermissionsMode":"STANDARD"}""", create.Str("body"));
        Assert.Equal("application/json", create.Str("headers.content-type"));
        Assert.Equal(new[] { "content-type", "host", "x-amz-date" }, create["signedHeaders"]!.AsArray().Select(h => h!.GetValue<string>()).ToArray());
        Assert.Equal(("123456789012", "us-east-1"), (create.Str("accountId"), create.Str("region")));
        var untag = requests[1]!;
        Assert.Equal("/tags/arn%3Aaws%3Aqldb%3Aus-east-1%3A123456789012%3Aledger%2Forders", untag.Str("path"));
        Assert.Equal("tagKeys=a&tagKeys=b%20c", untag.Str("queryString"));
    }

    [Fact]
    public async Task The_in_process_log_matches_the_endpoint()
    {
        await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes?regions=us-east-1");

        var recorded = Assert.Single(Emulator.Host.Requests);
        Assert.Equal(("securitylake", "ListDataLakes", "GET", "/v1/datalakes", "regions=us-east-1", ""),
            (recorded.Service, recorded.Operation, recorded.Method, recorded.Path, recorded.QueryString, recorded.Body));
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/", recorded.Headers["authorization"]);
    }

    [Fact]
    public async Task Reset_forgets_state_requests_and_faults()
    {
        await Client.QldbAsync(HttpMethod.Post, "/ledgers", QldbTestData.CreateBody("orders"));
        Emulator.Host.Faults.Add("*", "*", SecLake.Emulator.Fault.InternalError());

        var (status, _, _) = await Control(HttpMethod.Post, "/_emulator/reset");

        Assert.Equal(200, status);
        Assert.Empty(Emulator.Host.Requests);
        var list = await Client.QldbAsync(HttpMethod.Get, "/ledgers");
        Assert.Equal(200, list.Status);
        Assert.Empty(list.Json!["Ledgers"]!.AsArray());
    }

    [Fact]
    public async Task Faults_can_be_added_and_cleared_over_HTTP()
    {
        var fault = """{"service":"securitylake","operation":"ListSubscribers","count":2,"statusCode":429,"errorCode":"ThrottlingException","message":"slow down","retryAfterSeconds":3,"latencyMs":10}""";

        var (added, _, _) = await Control(HttpMethod.Post, "/_emulator/faults", fault);
        var first = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/subscribers");
        var (cleared, _, _) = await Control(HttpMethod.Delete, "/_emulator/faults");
        var second = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/subscribers");

        Assert.Equal(200, added);
        Assert.Equal((429, "ThrottlingException", "slow down"), (first.Status, first.ErrorType, first.Json.Str("message")));
        Assert.Equal("3", first.Headers.GetValues("Retry-After").Single());
        Assert.Equal(200, cleared);
        Assert.Equal(200, second.Status);
    }

    [Theory]
    [InlineData("{\"count\":0,\"statusCode\":500}")]
    [InlineData("not json")]
    public async Task An_invalid_fault_is_refused(string body)
    {
        var (status, _, _) = await Control(HttpMethod.Post, "/_emulator/faults", body);
        Assert.Equal(400, status);
    }

    [Fact]
    public async Task An_unknown_control_path_is_not_found()
    {
        var (status, _, _) = await Control(HttpMethod.Get, "/_emulator/nothing");
        Assert.Equal(404, status);
    }

    [Fact]
    public async Task Recorded_requests_serialize_with_camelCase_members()
    {
        await Client.QldbAsync(HttpMethod.Get, "/ledgers");
        var (_, json, _) = await Control(HttpMethod.Get, "/_emulator/requests");

        var names = json![0]!.AsObject().Select(p => p.Key).ToArray();
        Assert.Equal(new[] { "service", "operation", "method", "path", "queryString", "headers", "body", "signedHeaders", "statusCode", "accountId", "region" }, names);
    }
}
