using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>Security Lake request helpers shared by the Security Lake emulator tests.</summary>
internal static class SecurityLakeTestData
{
    public const string Account = "123456789012";
    public const string MetaStoreRole = "arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager";

    public static string DataLakeArn(string region, string account = Account) => $"arn:aws:securitylake:{region}:{account}:data-lake/default";

    public static string TagsPath(string arn) => "/v1/tags/" + Uri.EscapeDataString(arn);

    public static JsonObject CreateDataLakeBody(params string[] regions) => new()
    {
        ["configurations"] = new JsonArray(regions.Select(r => (JsonNode)new JsonObject { ["region"] = r }).ToArray()),
        ["metaStoreManagerRoleArn"] = MetaStoreRole,
    };

    public static JsonObject CreateSubscriberBody(string name = "analytics", params string[] accessTypes)
    {
        var body = new JsonObject
        {
            ["sources"] = new JsonArray(
                new JsonObject { ["awsLogSource"] = new JsonObject { ["sourceName"] = "ROUTE53", ["sourceVersion"] = "2.0" } },
                new JsonObject { ["customLogSource"] = new JsonObject { ["sourceName"] = "my-app", ["sourceVersion"] = "1.0" } }),
            ["subscriberIdentity"] = new JsonObject { ["principal"] = "210987654321", ["externalId"] = "external-id-1" },
            ["subscriberName"] = name,
        };
        if (accessTypes.Length > 0) body["accessTypes"] = new JsonArray(accessTypes.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray());
        return body;
    }

    public static async Task<JsonNode> CreateDataLakeAsync(this SignedClient client, string[] regions, SendOptions? options = null)
    {
        var reply = await client.SecurityLakeAsync(HttpMethod.Post, "/v1/datalake", CreateDataLakeBody(regions), options);
        Assert.True(reply.Status == 200, $"CreateDataLake: {reply}");
        return reply.Json!;
    }

    public static async Task<JsonNode> CreateSubscriberAsync(this SignedClient client, JsonObject? body = null, SendOptions? options = null)
    {
        var reply = await client.SecurityLakeAsync(HttpMethod.Post, "/v1/subscribers", body ?? CreateSubscriberBody(), options);
        Assert.True(reply.Status == 200, $"CreateSubscriber: {reply}");
        return reply.Json!["subscriber"]!;
    }

    public static void AssertError(ServiceReply reply, int status, string code)
    {
        Assert.True(reply.Status == status && reply.ErrorType == code, $"expected {status} {code}, got {reply}");
        Assert.False(string.IsNullOrEmpty(reply.RequestId));
        Assert.False(string.IsNullOrEmpty(reply.Json.Str("message")), "Security Lake errors carry message");
    }

    /// <summary>A 400 BadRequestException whose message mentions <paramref name="mentioned"/> (the member or the constraint).</summary>
    public static void AssertBadRequest(ServiceReply reply, string mentioned)
    {
        AssertError(reply, 400, "BadRequestException");
        Assert.Contains(mentioned, reply.Json.Str("message"));
    }
}
