using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Emulator.SecurityLakeTestData;

namespace SecLake.Tests.Emulator;

/// <summary>
/// The emulator's subscriber notifications, exception subscription and exceptions over HTTP: state rules consistent with
/// the data lakes and subscribers, the model's errors, and no API key in any answer.
/// </summary>
public sealed class SecurityLakeNotificationTests(EmulatorFixture emulator) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    private const string Role = "arn:aws:iam::123456789012:role/EventBridgeApiDestinations";
    private const string Secret = "api-key-value-never-answered";
    private const string SubscriptionPath = "/v1/datalake/exceptions/subscription";

    private static string NotificationPath(string id) => $"/v1/subscribers/{id}/notification";

    private static JsonObject Sqs() => new() { ["configuration"] = new JsonObject { ["sqsNotificationConfiguration"] = new JsonObject() } };

    private static JsonObject Https(string endpoint = "https://hooks.example.com/lake", string? method = "POST") => new()
    {
        ["configuration"] = new JsonObject
        {
            ["httpsNotificationConfiguration"] = new JsonObject
            {
                ["authorizationApiKeyName"] = "X-Api-Key",
                ["authorizationApiKeyValue"] = Secret,
                ["endpoint"] = endpoint,
                ["httpMethod"] = method,
                ["targetRoleArn"] = Role,
            },
        },
    };

    private static JsonObject ExceptionSubscription(string endpoint = "123456789012", string protocol = "email", long? ttl = null)
    {
        var body = new JsonObject { ["notificationEndpoint"] = endpoint, ["subscriptionProtocol"] = protocol };
        if (ttl is { } days) body["exceptionTimeToLive"] = days;
        return body;
    }

    private async Task<string> SubscriberAsync()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);
        return (await Client.CreateSubscriberAsync()).Str("subscriberId")!;
    }

    private Task<ServiceReply> Send(HttpMethod method, string path, JsonNode? body = null, string region = "us-east-1") =>
        Client.SecurityLakeAsync(method, path, body, new SendOptions { Region = region });

    // ---- subscriber notifications ----

    [Fact]
    public async Task An_sqs_notification_answers_the_queue_ARN_and_the_subscriber_shows_it()
    {
        var id = await SubscriberAsync();

        var created = await Send(HttpMethod.Post, NotificationPath(id), Sqs());
        var subscriber = await Send(HttpMethod.Get, $"/v1/subscribers/{id}");

        Assert.Equal(200, created.Status);
        Assert.Equal($"arn:aws:sqs:us-east-1:{Account}:AmazonSecurityLake-{id}-Main-Queue", created.Json.Str("subscriberEndpoint"));
        Assert.Equal(created.Json.Str("subscriberEndpoint"), subscriber.Json.Str("subscriber.subscriberEndpoint"));
    }

    [Fact]
    public async Task An_https_notification_answers_its_endpoint_and_never_the_key()
    {
        var id = await SubscriberAsync();

        var created = await Send(HttpMethod.Post, NotificationPath(id), Https());
        var subscriber = await Send(HttpMethod.Get, $"/v1/subscribers/{id}");
        var list = await Send(HttpMethod.Get, "/v1/subscribers");

        Assert.Equal("https://hooks.example.com/lake", created.Json.Str("subscriberEndpoint"));
        Assert.Equal("https://hooks.example.com/lake", subscriber.Json.Str("subscriber.subscriberEndpoint"));
        Assert.All(new[] { created, subscriber, list }, reply => Assert.DoesNotContain(Secret, reply.Text));
    }

    [Fact]
    public async Task A_subscriber_has_one_notification_a_second_create_is_a_conflict()
    {
        var id = await SubscriberAsync();
        await Send(HttpMethod.Post, NotificationPath(id), Sqs());

        var again = await Send(HttpMethod.Post, NotificationPath(id), Https());

        AssertError(again, 409, "ConflictException");
        Assert.Equal((id, "Subscriber"), (again.Json.Str("resourceName"), again.Json.Str("resourceType")));
    }

    [Fact]
    public async Task Update_switches_the_notification_and_delete_removes_it_from_the_subscriber()
    {
        var id = await SubscriberAsync();
        await Send(HttpMethod.Post, NotificationPath(id), Sqs());

        var updated = await Send(HttpMethod.Put, NotificationPath(id), Https("https://other.example.com/x"));
        var deleted = await Send(HttpMethod.Delete, NotificationPath(id));
        var subscriber = await Send(HttpMethod.Get, $"/v1/subscribers/{id}");
        var deletedAgain = await Send(HttpMethod.Delete, NotificationPath(id));
        var recreated = await Send(HttpMethod.Post, NotificationPath(id), Sqs());

        Assert.Equal("https://other.example.com/x", updated.Json.Str("subscriberEndpoint"));
        Assert.Equal(200, deleted.Status);
        Assert.False(subscriber.Json.Has("subscriber.subscriberEndpoint"));
        AssertError(deletedAgain, 404, "ResourceNotFoundException");
        Assert.Equal(200, recreated.Status);
    }

    [Fact]
    public async Task Updating_a_notification_that_does_not_exist_is_not_found()
    {
        var id = await SubscriberAsync();
        var reply = await Send(HttpMethod.Put, NotificationPath(id), Sqs());
        AssertError(reply, 404, "ResourceNotFoundException");
        Assert.Contains("has no notification", reply.Json.Str("message"));
    }

    [Fact]
    public async Task A_notification_needs_an_existing_subscriber_of_the_signing_Region()
    {
        var id = await SubscriberAsync();
        await Client.CreateDataLakeAsync(["eu-west-1"]);

        var unknown = await Send(HttpMethod.Post, NotificationPath("00000000-0000-4000-8000-000000000000"), Sqs());
        var elsewhere = await Send(HttpMethod.Post, NotificationPath(id), Sqs(), region: "eu-west-1");

        AssertError(unknown, 404, "ResourceNotFoundException");
        Assert.Equal("Subscriber", unknown.Json.Str("resourceType"));
        AssertError(elsewhere, 404, "ResourceNotFoundException");
    }

    [Fact]
    public async Task The_configuration_must_set_exactly_one_union_member_and_the_message_quotes_no_key()
    {
        var id = await SubscriberAsync();
        var both = Https();
        both["configuration"]!["sqsNotificationConfiguration"] = new JsonObject();

        var twoMembers = await Send(HttpMethod.Post, NotificationPath(id), both);
        var none = await Send(HttpMethod.Post, NotificationPath(id), new JsonObject { ["configuration"] = new JsonObject() });
        var missing = await Send(HttpMethod.Post, NotificationPath(id), new JsonObject());

        AssertBadRequest(twoMembers, "exactly one of httpsNotificationConfiguration, sqsNotificationConfiguration");
        Assert.DoesNotContain(Secret, twoMembers.Text);
        AssertBadRequest(none, "exactly one of");
        AssertBadRequest(missing, "'configuration'");
    }

    [Fact]
    public async Task Https_members_are_checked_against_the_model()
    {
        var id = await SubscriberAsync();
        var badKey = Https();
        badKey["configuration"]!["httpsNotificationConfiguration"]!["authorizationApiKeyValue"] = new JsonArray(Secret);
        var noRole = Https();
        noRole["configuration"]!["httpsNotificationConfiguration"]!.AsObject().Remove("targetRoleArn");

        AssertBadRequest(await Send(HttpMethod.Post, NotificationPath(id), Https("ftp://x")), "configuration.httpsNotificationConfiguration.endpoint");
        AssertBadRequest(await Send(HttpMethod.Post, NotificationPath(id), Https(method: "GET")), "enum value set: [POST, PUT]");
        AssertBadRequest(await Send(HttpMethod.Post, NotificationPath(id), noRole), "configuration.httpsNotificationConfiguration.targetRoleArn");
        var keyReply = await Send(HttpMethod.Post, NotificationPath(id), badKey);
        AssertBadRequest(keyReply, "authorizationApiKeyValue");
        Assert.DoesNotContain(Secret, keyReply.Text);
        AssertBadRequest(await Send(HttpMethod.Post, NotificationPath("NOT-A-UUID"), Sqs()), "subscriberId");
    }

    [Fact]
    public async Task Deleting_the_subscriber_deletes_its_notification()
    {
        var id = await SubscriberAsync();
        await Send(HttpMethod.Post, NotificationPath(id), Sqs());
        await Send(HttpMethod.Delete, $"/v1/subscribers/{id}");
        AssertError(await Send(HttpMethod.Delete, NotificationPath(id)), 404, "ResourceNotFoundException");
    }

    // ---- the exception subscription ----

    [Fact]
    public async Task The_exception_subscription_is_created_read_updated_and_deleted()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);

        var created = await Send(HttpMethod.Post, SubscriptionPath, ExceptionSubscription(ttl: 30));
        var read = await Send(HttpMethod.Get, SubscriptionPath);
        var updated = await Send(HttpMethod.Put, SubscriptionPath, ExceptionSubscription("https://x.example.com/ex", "https"));
        var reread = await Send(HttpMethod.Get, SubscriptionPath);
        var deleted = await Send(HttpMethod.Delete, SubscriptionPath);
        var gone = await Send(HttpMethod.Get, SubscriptionPath);

        Assert.Equal(("{}", 200), (created.Json!.ToJsonString(), created.Status));
        Assert.Equal("""{"exceptionTimeToLive":30,"notificationEndpoint":"123456789012","subscriptionProtocol":"email"}""", read.Json!.ToJsonString());
        Assert.Equal(200, updated.Status);
        // An update without a time to live keeps the one set before.
        Assert.Equal("""{"exceptionTimeToLive":30,"notificationEndpoint":"https://x.example.com/ex","subscriptionProtocol":"https"}""", reread.Json!.ToJsonString());
        Assert.Equal(200, deleted.Status);
        AssertError(gone, 404, "ResourceNotFoundException");
        Assert.Equal("DataLakeExceptionSubscription", gone.Json.Str("resourceType"));
    }

    [Fact]
    public async Task One_exception_subscription_per_Region_each_needing_a_data_lake()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);
        await Send(HttpMethod.Post, SubscriptionPath, ExceptionSubscription());

        var second = await Send(HttpMethod.Post, SubscriptionPath, ExceptionSubscription());
        var otherRegion = await Send(HttpMethod.Post, SubscriptionPath, ExceptionSubscription(protocol: "sqs"), region: "eu-west-1");
        var noLake = await Send(HttpMethod.Post, SubscriptionPath, ExceptionSubscription(), region: "ap-south-1");
        var readElsewhere = await Send(HttpMethod.Get, SubscriptionPath, region: "eu-west-1");

        AssertError(second, 409, "ConflictException");
        Assert.Equal(200, otherRegion.Status);
        AssertError(noLake, 404, "ResourceNotFoundException");
        Assert.Equal(DataLakeArn("ap-south-1"), noLake.Json.Str("resourceName"));
        Assert.Equal("sqs", readElsewhere.Json.Str("subscriptionProtocol"));
    }

    [Fact]
    public async Task Update_and_delete_without_a_subscription_are_not_found()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);
        AssertError(await Send(HttpMethod.Put, SubscriptionPath, ExceptionSubscription()), 404, "ResourceNotFoundException");
        AssertError(await Send(HttpMethod.Delete, SubscriptionPath), 404, "ResourceNotFoundException");
    }

    [Fact]
    public async Task Exception_subscription_members_are_checked_against_the_model()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);

        AssertBadRequest(await Send(HttpMethod.Post, SubscriptionPath, ExceptionSubscription(ttl: 0)), "greater than or equal to 1");
        AssertBadRequest(await Send(HttpMethod.Post, SubscriptionPath, ExceptionSubscription(protocol: "EMAIL")), "subscriptionProtocol");
        AssertBadRequest(await Send(HttpMethod.Post, SubscriptionPath, ExceptionSubscription("a b")), "notificationEndpoint");
        AssertBadRequest(await Send(HttpMethod.Post, SubscriptionPath, new JsonObject { ["subscriptionProtocol"] = "email" }), "'notificationEndpoint'");
        // A long beyond int passes.
        Assert.Equal(200, (await Send(HttpMethod.Post, SubscriptionPath, ExceptionSubscription(ttl: 3_000_000_000))).Status);
        Assert.Equal(3_000_000_000L, (await Send(HttpMethod.Get, SubscriptionPath)).Json!["exceptionTimeToLive"]!.GetValue<long>());
    }

    // ---- exceptions ----

    [Fact]
    public async Task Exceptions_are_listed_newest_first_filtered_by_Region_and_paged()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);
        var t = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        Emulator.Host.AddDataLakeException("us-east-1", "old", "fix old", t);
        Emulator.Host.AddDataLakeException("eu-west-1", "eu", "fix eu", t.AddMinutes(1));
        Emulator.Host.AddDataLakeException("us-east-1", "new", "fix new", t.AddMinutes(2));

        var all = await Send(HttpMethod.Post, "/v1/datalake/exceptions", new JsonObject());
        var us = await Send(HttpMethod.Post, "/v1/datalake/exceptions", new JsonObject { ["regions"] = new JsonArray("us-east-1") });
        var first = await Send(HttpMethod.Post, "/v1/datalake/exceptions", new JsonObject { ["maxResults"] = 2 });
        var second = await Send(HttpMethod.Post, "/v1/datalake/exceptions", new JsonObject { ["maxResults"] = 2, ["nextToken"] = first.Json.Str("nextToken") });

        Assert.Equal(["new", "eu", "old"], all.Json!["exceptions"]!.AsArray().Select(e => e.Str("exception")));
        Assert.False(all.Json.Has("nextToken"));
        Assert.Equal("""{"exception":"new","region":"us-east-1","remediation":"fix new","timestamp":"2026-03-01T12:02:00.000Z"}""", all.Json["exceptions"]![0]!.ToJsonString());
        Assert.Equal(["new", "old"], us.Json!["exceptions"]!.AsArray().Select(e => e.Str("exception")));
        Assert.Equal(["new", "eu"], first.Json!["exceptions"]!.AsArray().Select(e => e.Str("exception")));
        Assert.Equal(["old"], second.Json!["exceptions"]!.AsArray().Select(e => e.Str("exception")));
        Assert.False(second.Json.Has("nextToken"));
    }

    [Fact]
    public async Task Listing_exceptions_checks_its_members_and_token()
    {
        AssertBadRequest(await Send(HttpMethod.Post, "/v1/datalake/exceptions", new JsonObject { ["maxResults"] = 0 }), "maxResults");
        AssertBadRequest(await Send(HttpMethod.Post, "/v1/datalake/exceptions", new JsonObject { ["regions"] = new JsonArray("US-EAST-1") }), "regions[0]");
        AssertBadRequest(await Send(HttpMethod.Post, "/v1/datalake/exceptions", new JsonObject { ["nextToken"] = "bogus" }), "nextToken");
        Assert.Empty((await Send(HttpMethod.Post, "/v1/datalake/exceptions")).Json!["exceptions"]!.AsArray());
    }

    [Fact]
    public async Task Exceptions_are_recorded_through_the_control_endpoint_only_for_a_Region_with_a_data_lake()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);

        var added = await Client.RawAsync(HttpMethod.Post, "/_emulator/securitylake/exceptions",
            """{"region":"us-east-1","exception":"Queue gone","remediation":"Recreate it","timestamp":"2026-03-01T12:00:00Z"}""");
        var noLake = await Client.RawAsync(HttpMethod.Post, "/_emulator/securitylake/exceptions", """{"region":"eu-west-1","exception":"x","remediation":"y"}""");
        var incomplete = await Client.RawAsync(HttpMethod.Post, "/_emulator/securitylake/exceptions", """{"region":"us-east-1"}""");
        var listed = await Send(HttpMethod.Post, "/v1/datalake/exceptions", new JsonObject());

        Assert.Equal(200, (int)added.StatusCode);
        Assert.Equal(400, (int)noLake.StatusCode);
        Assert.Contains("no data lake in eu-west-1", await noLake.Content.ReadAsStringAsync());
        Assert.Equal(400, (int)incomplete.StatusCode);
        Assert.Equal(["Queue gone"], listed.Json!["exceptions"]!.AsArray().Select(e => e.Str("exception")));
        Assert.Throws<InvalidOperationException>(() => Emulator.Host.AddDataLakeException("ap-south-1", "x", "y"));

        Emulator.Reset();
        await Client.CreateDataLakeAsync(["us-east-1"]);
        Assert.Empty((await Send(HttpMethod.Post, "/v1/datalake/exceptions", new JsonObject())).Json!["exceptions"]!.AsArray());
    }
}
