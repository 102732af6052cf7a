using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Emulator.QldbTestData;

namespace SecLake.Tests.Emulator;

/// <summary>QLDB TagResource, UntagResource and ListTagsForResource on ledger ARNs sent as encoded URI labels.</summary>
public sealed class QldbTaggingTests(EmulatorFixture emulator) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    [Fact]
    public async Task Tags_given_at_creation_are_listed()
    {
        await Client.CreateAsync("tagged", tags: new JsonObject { ["team"] = "security", ["empty"] = null });

        var reply = await Client.QldbAsync(HttpMethod.Get, TagsPath(LedgerArn("tagged")));

        Assert.Equal(200, reply.Status);
        Assert.Equal("""{"Tags":{"team":"security","empty":null}}""", reply.Text);
    }

    [Fact]
    public async Task Tag_and_untag_change_the_listed_tags()
    {
        await Client.CreateAsync("tagged", tags: new JsonObject { ["a"] = "1" });
        var path = TagsPath(LedgerArn("tagged"));

        var tag = await Client.QldbAsync(HttpMethod.Post, path, new JsonObject { ["Tags"] = new JsonObject { ["b"] = "2", ["c d"] = "3" } });
        var untag = await Client.QldbAsync(HttpMethod.Delete, path + "?tagKeys=a&tagKeys=c%20d");
        var list = await Client.QldbAsync(HttpMethod.Get, path);

        Assert.Equal((200, "{}"), (tag.Status, tag.Text));
        Assert.Equal((200, "{}"), (untag.Status, untag.Text));
        Assert.Equal("""{"Tags":{"b":"2"}}""", list.Text);
    }

    [Fact]
    public async Task The_ARN_travels_percent_encoded_and_is_recorded_raw()
    {
        await Client.CreateAsync("tagged");

        await Client.QldbAsync(HttpMethod.Get, TagsPath(LedgerArn("tagged")));

        var recorded = Emulator.Host.Requests.Last();
        Assert.Equal("ListTagsForResource", recorded.Operation);
        Assert.Equal("/tags/arn%3Aaws%3Aqldb%3Aus-east-1%3A123456789012%3Aledger%2Ftagged", recorded.Path);
    }

    [Fact]
    public async Task Tagging_an_existing_key_fails_as_the_model_documents()
    {
        await Client.CreateAsync("tagged", tags: new JsonObject { ["a"] = "1" });

        var reply = await Client.QldbAsync(HttpMethod.Post, TagsPath(LedgerArn("tagged")),
            new JsonObject { ["Tags"] = new JsonObject { ["a"] = "2" } });

        AssertInvalidParameter(reply, "Tags");
    }

    [Fact]
    public async Task A_resource_carries_at_most_fifty_tags()
    {
        var tags = new JsonObject();
        foreach (var i in Enumerable.Range(0, 50)) tags[$"k{i}"] = "v";
        await Client.CreateAsync("tagged", tags: tags);

        var reply = await Client.QldbAsync(HttpMethod.Post, TagsPath(LedgerArn("tagged")),
            new JsonObject { ["Tags"] = new JsonObject { ["one-more"] = "v" } });

        AssertError(reply, 400, "InvalidParameterException");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task An_ARN_of_no_ledger_is_ResourceNotFound(string method)
    {
        await Client.CreateAsync("tagged");
        var body = method == "POST" ? new JsonObject { ["Tags"] = new JsonObject { ["a"] = "1" } } : null;
        var query = method == "DELETE" ? "?tagKeys=a" : "";

        foreach (var arn in new[] { LedgerArn("missing"), LedgerArn("tagged", region: "eu-west-1"), LedgerArn("tagged", account: "999999999999") })
        {
            var reply = await Client.QldbAsync(new HttpMethod(method), TagsPath(arn) + query, body?.DeepClone());
            AssertError(reply, 404, "ResourceNotFoundException");
            Assert.Equal(arn, reply.Json.Str("ResourceName"));
        }
    }

    [Theory]
    [InlineData("short")]
    [InlineData("not-an-arn-but-long-enough")]
    [InlineData("arn:aws:securitylake:us-east-1:123456789012:data-lake/default")]
    public async Task A_value_that_is_no_QLDB_ARN_is_an_invalid_parameter(string arn)
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, TagsPath(arn));

        AssertInvalidParameter(reply, "ResourceArn");
    }

    [Fact]
    public async Task TagResource_requires_tags_and_UntagResource_requires_keys()
    {
        await Client.CreateAsync("tagged");
        var path = TagsPath(LedgerArn("tagged"));

        var noTags = await Client.QldbAsync(HttpMethod.Post, path, new JsonObject());
        var noKeys = await Client.QldbAsync(HttpMethod.Delete, path);

        AssertInvalidParameter(noTags, "Tags");
        AssertInvalidParameter(noKeys, "TagKeys");
    }
}
