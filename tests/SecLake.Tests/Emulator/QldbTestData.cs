using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>Small QLDB request helpers shared by the QLDB emulator tests.</summary>
internal static class QldbTestData
{
    public const string Account = "123456789012";

    public static string LedgerArn(string name, string region = "us-east-1", string account = Account) =>
        $"arn:aws:qldb:{region}:{account}:ledger/{name}";

    /// <summary>The URI label form of an ARN, as SDKs send it (every reserved character percent-encoded).</summary>
    public static string TagsPath(string arn) => "/tags/" + System.Uri.EscapeDataString(arn);

    public static JsonObject CreateBody(string name, bool? deletionProtection = null, string? kmsKey = null, JsonObject? tags = null)
    {
        var body = new JsonObject { ["Name"] = name, ["PermissionsMode"] = "STANDARD" };
        if (deletionProtection is not null) body["DeletionProtection"] = deletionProtection;
        if (kmsKey is not null) body["KmsKey"] = kmsKey;
        if (tags is not null) body["Tags"] = tags;
        return body;
    }

    public static async Task<ServiceReply> CreateAsync(this SignedClient client, string name, bool? deletionProtection = null,
        string? kmsKey = null, JsonObject? tags = null, SendOptions? options = null)
    {
        var reply = await client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody(name, deletionProtection, kmsKey, tags), options);
        Assert.True(reply.Status == 200, $"CreateLedger {name}: {reply}");
        return reply;
    }

    public static Task<ServiceReply> DescribeAsync(this SignedClient client, string name, SendOptions? options = null) =>
        client.QldbAsync(HttpMethod.Get, $"/ledgers/{name}", options: options);

    public static void AssertError(ServiceReply reply, int status, string code)
    {
        Assert.True(reply.Status == status && reply.ErrorType == code, $"expected {status} {code}, got {reply}");
        Assert.False(string.IsNullOrEmpty(reply.RequestId));
        Assert.False(string.IsNullOrEmpty(reply.Json.Str("Message")), "QLDB errors carry Message");
    }

    /// <summary>A 400 InvalidParameterException naming <paramref name="parameter"/> in ParameterName.</summary>
    public static void AssertInvalidParameter(ServiceReply reply, string parameter)
    {
        AssertError(reply, 400, "InvalidParameterException");
        Assert.Equal(parameter, reply.Json.Str("ParameterName"));
    }
}
