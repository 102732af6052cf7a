using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Emulator.SecurityLakeTestData;

namespace SecLake.Tests.Emulator;

/// <summary>Security Lake subscribers over HTTP: the SubscriberResource shape, paging, updates, deletion, errors.</summary>
public sealed class SecurityLakeSubscriberTests(EmulatorFixture emulator) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    [Fact]
    public async Task CreateSubscriber_answers_the_subscriber_resource()
    {
        var lake = await Client.CreateDataLakeAsync(new[] { "us-east-1" });

        var subscriber = await Client.CreateSubscriberAsync(CreateSubscriberBody("analytics", "S3"));

        var id = subscriber.Str("subscriberId")!;
        Assert.Matches("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$", id);
        Assert.Equal($"arn:aws:securitylake:us-east-1:{Account}:subscriber/{id}", subscriber.Str("subscriberArn"));
        Assert.Equal($"arn:aws:iam::{Account}:role/AmazonSecurityLake-{id}", subscriber.Str("roleArn"));
        Assert.Equal(lake.Str("dataLakes.0.s3BucketArn"), subscriber.Str("s3BucketArn"));
        Assert.Equal("ACTIVE", subscriber.Str("subscriberStatus"));
        Assert.Equal("analytics", subscriber.Str("subscriberName"));
        Assert.Equal("""{"externalId":"external-id-1","principal":"210987654321"}""", subscriber["subscriberIdentity"]!.ToJsonString());
        Assert.Equal(CreateSubscriberBody()["sources"]!.ToJsonString(), subscriber["sources"]!.ToJsonString());
        Assert.Equal("""["S3"]""", subscriber["accessTypes"]!.ToJsonString());
        Assert.False(subscriber.Has("resourceShareArn"));
        var created = DateTimeOffset.Parse(subscriber.Str("createdAt")!);
        Assert.InRange(created, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.EndsWith("Z", subscriber.Str("createdAt"));
        Assert.Equal(subscriber.Str("createdAt"), subscriber.Str("updatedAt"));
    }

    [Fact]
    public async Task LakeFormation_access_comes_with_a_resource_share()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });

        var subscriber = await Client.CreateSubscriberAsync(CreateSubscriberBody("lf", "LAKEFORMATION"));

        Assert.StartsWith($"arn:aws:ram:us-east-1:{Account}:resource-share/", subscriber.Str("resourceShareArn"));
        Assert.Matches("^LakeFormation(?:-V[0-9]+)-([a-zA-Z0-9]+)-([\\\\\\w\\-_:/.@=+]*)$", subscriber.Str("resourceShareName"));
    }

    [Fact]
    public async Task A_subscriber_needs_a_data_lake_in_the_signing_Region()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });

        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/subscribers", CreateSubscriberBody(), new SendOptions { Region = "eu-west-1" });

        AssertError(reply, 404, "ResourceNotFoundException");
        Assert.Equal(DataLakeArn("eu-west-1"), reply.Json.Str("resourceName"));
        Assert.Equal("DataLake", reply.Json.Str("resourceType"));
    }

    [Fact]
    public async Task GetSubscriber_returns_what_create_returned()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var created = await Client.CreateSubscriberAsync();

        var reply = await Client.SecurityLakeAsync(HttpMethod.Get, $"/v1/subscribers/{created.Str("subscriberId")}");

        Assert.Equal(200, reply.Status);
        Assert.Equal(created.ToJsonString(), reply.Json!["subscriber"]!.ToJsonString());
    }

    [Fact]
    public async Task Subscribers_belong_to_their_Region()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1", "eu-west-1" });
        var created = await Client.CreateSubscriberAsync();

        var elsewhere = await Client.SecurityLakeAsync(HttpMethod.Get, $"/v1/subscribers/{created.Str("subscriberId")}", options: new SendOptions { Region = "eu-west-1" });
        var list = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/subscribers", options: new SendOptions { Region = "eu-west-1" });

        AssertError(elsewhere, 404, "ResourceNotFoundException");
        Assert.Empty(list.Json!["subscribers"]!.AsArray());
    }

    [Fact]
    public async Task ListSubscribers_pages_with_maxResults_and_nextToken()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var ids = new List<string>();
        for (var i = 0; i < 5; i++) ids.Add((await Client.CreateSubscriberAsync(CreateSubscriberBody($"sub-{i}"))).Str("subscriberId")!);

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var reply = await Client.SecurityLakeAsync(HttpMethod.Get,
                "/v1/subscribers?maxResults=2" + (token is null ? "" : "&nextToken=" + Uri.EscapeDataString(token)));
            Assert.Equal(200, reply.Status);
            seen.AddRange(reply.Json!["subscribers"]!.AsArray().Select(s => s.Str("subscriberId")!));
            token = reply.Json.Str("nextToken");
            pages++;
        } while (token is not null);

        Assert.Equal(ids, seen);
        Assert.Equal(3, pages);
    }

    [Theory]
    [InlineData("maxResults=0")]
    [InlineData("maxResults=101")]
    [InlineData("maxResults=ten")]
    public async Task ListSubscribers_rejects_an_out_of_range_maxResults(string query)
    {
        var reply = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/subscribers?" + query);

        AssertBadRequest(reply, "maxResults");
    }

    [Fact]
    public async Task ListSubscribers_rejects_a_foreign_token()
    {
        var reply = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/subscribers?nextToken=not-a-token");

        AssertError(reply, 400, "BadRequestException");
    }

    [Fact]
    public async Task UpdateSubscriber_changes_the_given_members()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var created = await Client.CreateSubscriberAsync();
        var id = created.Str("subscriberId");
        await Task.Delay(5); // so updatedAt moves on

        var reply = await Client.SecurityLakeAsync(HttpMethod.Put, $"/v1/subscribers/{id}", new JsonObject
        {
            ["subscriberName"] = "renamed",
            ["subscriberDescription"] = "Reads VPC flow logs, nothing else.",
            ["sources"] = new JsonArray(new JsonObject { ["awsLogSource"] = new JsonObject { ["sourceName"] = "VPC_FLOW", ["sourceVersion"] = "latest" } }),
        });

        Assert.Equal(200, reply.Status);
        var subscriber = reply.Json!["subscriber"]!;
        Assert.Equal("renamed", subscriber.Str("subscriberName"));
        Assert.Equal("Reads VPC flow logs, nothing else.", subscriber.Str("subscriberDescription"));
        Assert.Equal("VPC_FLOW", subscriber.Str("sources.0.awsLogSource.sourceName"));
        Assert.Equal(created["subscriberIdentity"]!.ToJsonString(), subscriber["subscriberIdentity"]!.ToJsonString());
        Assert.Equal(created.Str("createdAt"), subscriber.Str("createdAt"));
        Assert.True(DateTimeOffset.Parse(subscriber.Str("updatedAt")!) > DateTimeOffset.Parse(created.Str("createdAt")!));
    }

    [Fact]
    public async Task DeleteSubscriber_removes_it()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var id = (await Client.CreateSubscriberAsync()).Str("subscriberId");

        var delete = await Client.SecurityLakeAsync(HttpMethod.Delete, $"/v1/subscribers/{id}");
        var get = await Client.SecurityLakeAsync(HttpMethod.Get, $"/v1/subscribers/{id}");
        var again = await Client.SecurityLakeAsync(HttpMethod.Delete, $"/v1/subscribers/{id}");

        Assert.Equal((200, "{}"), (delete.Status, delete.Text));
        AssertError(get, 404, "ResourceNotFoundException");
        Assert.Equal(id, get.Json.Str("resourceName"));
        Assert.Equal("Subscriber", get.Json.Str("resourceType"));
        AssertError(again, 404, "ResourceNotFoundException");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task A_subscriber_id_that_is_no_lower_case_UUID_fails_validation(string method)
    {
        var reply = await Client.SecurityLakeAsync(new HttpMethod(method), "/v1/subscribers/6B4E0C8C-0000-4000-8000-000000000000",
            method == "PUT" ? new JsonObject() : null);

        AssertBadRequest(reply, "subscriberId");
    }
}
