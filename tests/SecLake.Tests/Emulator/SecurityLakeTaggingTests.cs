using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Emulator.SecurityLakeTestData;

namespace SecLake.Tests.Emulator;

/// <summary>Security Lake tags on data lakes and subscribers: a list of {key, value}, merged by key.</summary>
public sealed class SecurityLakeTaggingTests(EmulatorFixture emulator) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    private static JsonObject Tags(params (string Key, string Value)[] tags)
    {
        var list = new JsonArray();
        foreach (var (key, value) in tags) list.Add(new JsonObject { ["key"] = key, ["value"] = value });
        return new JsonObject { ["tags"] = list };
    }

    [Fact]
    public async Task Tag_untag_and_list_a_data_lake()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var path = TagsPath(DataLakeArn("us-east-1"));

        var tag = await Client.SecurityLakeAsync(HttpMethod.Post, path, Tags(("a", "1"), ("b", "2"), ("c", "3")));
        var retag = await Client.SecurityLakeAsync(HttpMethod.Post, path, Tags(("b", "two")));
        var untag = await Client.SecurityLakeAsync(HttpMethod.Delete, path + "?tagKeys=a&tagKeys=c");
        var list = await Client.SecurityLakeAsync(HttpMethod.Get, path);

        Assert.Equal((200, "{}"), (tag.Status, tag.Text));
        Assert.Equal(200, retag.Status);
        Assert.Equal((200, "{}"), (untag.Status, untag.Text));
        Assert.Equal("""{"tags":[{"key":"b","value":"two"}]}""", list.Text);
    }

    [Fact]
    public async Task Subscriber_tags_from_creation_are_listed_and_go_with_the_subscriber()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var body = CreateSubscriberBody();
        body["tags"] = Tags(("owner", "soc"))["tags"]!.DeepClone();
        var subscriber = await Client.CreateSubscriberAsync(body);
        var path = TagsPath(subscriber.Str("subscriberArn")!);

        var listed = await Client.SecurityLakeAsync(HttpMethod.Get, path);
        await Client.SecurityLakeAsync(HttpMethod.Delete, $"/v1/subscribers/{subscriber.Str("subscriberId")}");
        var afterDelete = await Client.SecurityLakeAsync(HttpMethod.Get, path);

        Assert.Equal("""{"tags":[{"key":"owner","value":"soc"}]}""", listed.Text);
        AssertError(afterDelete, 404, "ResourceNotFoundException");
        Assert.Equal("Subscriber", afterDelete.Json.Str("resourceType"));
    }

    [Fact]
    public async Task A_data_lake_in_another_Region_is_addressed_by_its_ARN()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1", "eu-west-1" });

        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, TagsPath(DataLakeArn("eu-west-1")), Tags(("k", "v")));

        Assert.Equal(200, reply.Status);
        Assert.Contains("\"k\"", (await Client.SecurityLakeAsync(HttpMethod.Get, TagsPath(DataLakeArn("eu-west-1")))).Text);
        Assert.Equal("""{"tags":[]}""", (await Client.SecurityLakeAsync(HttpMethod.Get, TagsPath(DataLakeArn("us-east-1")))).Text);
    }

    [Theory]
    [InlineData("arn:aws:securitylake:eu-west-1:123456789012:data-lake/default")]
    [InlineData("arn:aws:securitylake:us-east-1:999999999999:data-lake/default")]
    [InlineData("arn:aws:securitylake:us-east-1:123456789012:subscriber/00000000-0000-4000-8000-000000000000")]
    public async Task An_ARN_of_no_resource_is_ResourceNotFound(string arn)
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });

        var reply = await Client.SecurityLakeAsync(HttpMethod.Get, TagsPath(arn));

        AssertError(reply, 404, "ResourceNotFoundException");
        Assert.Equal(arn, reply.Json.Str("resourceName"));
    }

    [Theory]
    [InlineData("arn:aws:qldb:us-east-1:123456789012:ledger/x")]
    [InlineData("not-an-arn")]
    public async Task A_value_that_is_no_Security_Lake_ARN_fails_validation(string arn)
    {
        var reply = await Client.SecurityLakeAsync(HttpMethod.Get, TagsPath(arn));

        AssertBadRequest(reply, "resourceArn");
    }

    [Fact]
    public async Task A_resource_carries_at_most_fifty_tags()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var path = TagsPath(DataLakeArn("us-east-1"));
        var fifty = new (string, string)[50];
        for (var i = 0; i < 50; i++) fifty[i] = ($"k{i}", "v");
        Assert.Equal(200, (await Client.SecurityLakeAsync(HttpMethod.Post, path, Tags(fifty))).Status);

        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, path, Tags(("one-more", "v")));

        AssertError(reply, 400, "BadRequestException");
    }

    [Fact]
    public async Task TagResource_requires_tags_and_UntagResource_requires_keys()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var path = TagsPath(DataLakeArn("us-east-1"));

        var noTags = await Client.SecurityLakeAsync(HttpMethod.Post, path, new JsonObject());
        var noKeys = await Client.SecurityLakeAsync(HttpMethod.Delete, path);

        AssertBadRequest(noTags, "tags");
        AssertBadRequest(noKeys, "tagKeys");
    }
}
