using System.Net;
using System.Security;
using System.Text.Json;
using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The subscriber-notification, exception-subscription and ListDataLakeExceptions requests exactly as the GA model's
/// http traits and member locations say (body members in the model's order, only when set), and their responses read.
/// </summary>
public sealed class NotificationWireTests
{
    private const string SubscriberId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private const string NotificationPath = "/v1/subscribers/" + SubscriberId + "/notification";
    private const string TargetRole = "arn:aws:iam::123456789012:role/EventBridgeApiDestinations";

    public static SecureString Secret(string text) => new NetworkCredential("", text).SecurePassword;

    private static HttpsNotificationConfiguration FullHttps() => new("https://hooks.example.com/lake?x=1", TargetRole)
    {
        AuthorizationApiKeyName = "X-Api-Key",
        AuthorizationApiKeyValue = Secret("s3cr3t \"quoted\" \\ value"),
        HttpMethod = "PUT",
    };

    private const string FullHttpsBody =
        """{"configuration":{"httpsNotificationConfiguration":{"authorizationApiKeyName":"X-Api-Key","authorizationApiKeyValue":"s3cr3t \"quoted\" \\ value","endpoint":"https://hooks.example.com/lake?x=1","httpMethod":"PUT","targetRoleArn":"arn:aws:iam::123456789012:role/EventBridgeApiDestinations"}}}""";

    [Fact]
    public void CreateSubscriberNotification_posts_the_sqs_union_member_as_an_empty_object() =>
        SecurityLakeRequests.CreateSubscriberNotification(SubscriberNotificationInput.Sqs(SubscriberId)).AssertIs(
            "CreateSubscriberNotification", "POST", NotificationPath, "", """{"configuration":{"sqsNotificationConfiguration":{}}}""");

    [Fact]
    public void CreateSubscriberNotification_posts_every_https_member_in_model_order_with_the_key_json_escaped() =>
        SecurityLakeRequests.CreateSubscriberNotification(SubscriberNotificationInput.Https(SubscriberId, FullHttps())).AssertIs(
            "CreateSubscriberNotification", "POST", NotificationPath, "", FullHttpsBody);

    [Fact]
    public void An_https_notification_without_the_optional_members_sends_only_endpoint_and_role() =>
        Assert.Equal(
            """{"configuration":{"httpsNotificationConfiguration":{"endpoint":"https://hooks.example.com/lake","targetRoleArn":"arn:aws:iam::123456789012:role/EventBridgeApiDestinations"}}}""",
            SecurityLakeRequests.CreateSubscriberNotification(SubscriberNotificationInput.Https(SubscriberId,
                new HttpsNotificationConfiguration("https://hooks.example.com/lake", TargetRole))).Body());

    [Fact]
    public void An_empty_api_key_value_is_sent_as_an_empty_string()
    {
        var https = new HttpsNotificationConfiguration("https://h.example.com", TargetRole) { AuthorizationApiKeyValue = new SecureString() };
        Assert.Contains("\"authorizationApiKeyValue\":\"\"", SecurityLakeRequests.CreateSubscriberNotification(SubscriberNotificationInput.Https(SubscriberId, https)).Body());
    }

    [Fact]
    public void UpdateSubscriberNotification_puts_the_whole_configuration()
    {
        SecurityLakeRequests.UpdateSubscriberNotification(SubscriberNotificationInput.Https(SubscriberId, FullHttps())).AssertIs(
            "UpdateSubscriberNotification", "PUT", NotificationPath, "", FullHttpsBody);
        SecurityLakeRequests.UpdateSubscriberNotification(SubscriberNotificationInput.Sqs(SubscriberId)).AssertIs(
            "UpdateSubscriberNotification", "PUT", NotificationPath, "", """{"configuration":{"sqsNotificationConfiguration":{}}}""");
    }

    [Fact]
    public void DeleteSubscriberNotification_deletes_by_id_without_body() =>
        SecurityLakeRequests.DeleteSubscriberNotification(SubscriberId).AssertIs("DeleteSubscriberNotification", "DELETE", NotificationPath, "", null);

    [Fact]
    public void CreateDataLakeExceptionSubscription_posts_ttl_endpoint_and_protocol() =>
        SecurityLakeRequests.CreateDataLakeExceptionSubscription(new DataLakeExceptionSubscriptionInput("123456789012", "email") { ExceptionTimeToLive = 30 }).AssertIs(
            "CreateDataLakeExceptionSubscription", "POST", "/v1/datalake/exceptions/subscription", "",
            """{"exceptionTimeToLive":30,"notificationEndpoint":"123456789012","subscriptionProtocol":"email"}""");

    [Fact]
    public void An_exception_subscription_without_a_ttl_omits_it_and_a_ttl_beyond_int_is_sent_whole()
    {
        Assert.Equal("""{"notificationEndpoint":"a@example.com","subscriptionProtocol":"email-json"}""",
            SecurityLakeRequests.CreateDataLakeExceptionSubscription(new DataLakeExceptionSubscriptionInput("a@example.com", "email-json")).Body());
        Assert.Equal("""{"exceptionTimeToLive":3000000000,"notificationEndpoint":"e","subscriptionProtocol":"sqs"}""",
            SecurityLakeRequests.UpdateDataLakeExceptionSubscription(new DataLakeExceptionSubscriptionInput("e", "sqs") { ExceptionTimeToLive = 3_000_000_000 }).Body());
    }

    [Fact]
    public void GetDataLakeExceptionSubscription_gets_without_body() =>
        SecurityLakeRequests.GetDataLakeExceptionSubscription().AssertIs("GetDataLakeExceptionSubscription", "GET", "/v1/datalake/exceptions/subscription", "", null);

    [Fact]
    public void UpdateDataLakeExceptionSubscription_puts_the_same_members() =>
        SecurityLakeRequests.UpdateDataLakeExceptionSubscription(new DataLakeExceptionSubscriptionInput("https://x.example.com/ex", "https") { ExceptionTimeToLive = 7 }).AssertIs(
            "UpdateDataLakeExceptionSubscription", "PUT", "/v1/datalake/exceptions/subscription", "",
            """{"exceptionTimeToLive":7,"notificationEndpoint":"https://x.example.com/ex","subscriptionProtocol":"https"}""");

    [Fact]
    public void DeleteDataLakeExceptionSubscription_deletes_without_body() =>
        SecurityLakeRequests.DeleteDataLakeExceptionSubscription().AssertIs("DeleteDataLakeExceptionSubscription", "DELETE", "/v1/datalake/exceptions/subscription", "", null);

    [Fact]
    public void ListDataLakeExceptions_posts_paging_and_regions_in_the_body() =>
        SecurityLakeRequests.ListDataLakeExceptions(["us-east-1", "eu-west-1"], 25, "tok/en==").AssertIs("ListDataLakeExceptions", "POST", "/v1/datalake/exceptions", "",
            """{"maxResults":25,"nextToken":"tok/en==","regions":["us-east-1","eu-west-1"]}""");

    [Fact]
    public void ListDataLakeExceptions_without_members_posts_an_empty_object() =>
        SecurityLakeRequests.ListDataLakeExceptions(null, null, null).AssertIs("ListDataLakeExceptions", "POST", "/v1/datalake/exceptions", "", "{}");

    // ---- responses ----

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void The_subscriber_endpoint_is_read_and_an_empty_answer_has_none()
    {
        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:q", SecurityLakeResponses.SubscriberEndpoint(Parse("""{"subscriberEndpoint":"arn:aws:sqs:us-east-1:123456789012:q"}""")));
        Assert.Null(SecurityLakeResponses.SubscriberEndpoint(Parse("{}")));
    }

    [Fact]
    public void The_exception_subscription_is_read_with_a_long_time_to_live_and_the_clients_Region()
    {
        var s = SecurityLakeResponses.ExceptionSubscription(
            Parse("""{"exceptionTimeToLive":3000000000,"notificationEndpoint":"123456789012","subscriptionProtocol":"email"}"""), "eu-west-1");
        Assert.Equal(3_000_000_000L, s.ExceptionTimeToLive);
        Assert.Equal("123456789012", s.NotificationEndpoint);
        Assert.Equal("email", s.SubscriptionProtocol);
        Assert.Equal("eu-west-1", s.Region);
        Assert.Null(SecurityLakeResponses.ExceptionSubscription(Parse("{}"), null).ExceptionTimeToLive);
    }

    [Fact]
    public void An_exception_page_has_its_exceptions_in_UTC_and_its_token()
    {
        var page = SecurityLakeResponses.DataLakeExceptionPage(Parse("""
            {"exceptions":[{"exception":"Queue gone","region":"us-east-1","remediation":"Recreate it","timestamp":"2026-03-01T12:00:00.5Z"},
                           {"region":"eu-west-1"}],"nextToken":"n2"}
            """));
        Assert.Equal("n2", page.NextToken);
        Assert.Equal(2, page.Items.Count);
        var first = page.Items[0];
        Assert.Equal(("us-east-1", "Queue gone", "Recreate it"), (first.Region, first.Exception, first.Remediation));
        Assert.Equal(new DateTime(2026, 3, 1, 12, 0, 0, 500, DateTimeKind.Utc), first.Timestamp);
        Assert.Equal(DateTimeKind.Utc, first.Timestamp!.Value.Kind);
        Assert.Null(page.Items[1].Timestamp);
        Assert.Empty(SecurityLakeResponses.DataLakeExceptionPage(Parse("{}")).Items);
    }

    [Theory]
    [InlineData("arn:aws:securitylake:eu-west-1:123456789012:subscriber/" + SubscriberId, "eu-west-1")]
    [InlineData("arn:aws-us-gov:securitylake:us-gov-west-1:123456789012:subscriber/" + SubscriberId, "us-gov-west-1")]
    [InlineData("arn:aws:securitylake::123456789012:subscriber/" + SubscriberId, null)]
    [InlineData("not-an-arn", null)]
    [InlineData("", null)]
    public void A_subscribers_Region_is_the_Region_of_its_ARN_so_it_pipes_back_there(string arn, string? region) =>
        Assert.Equal(region, new Subscriber(SubscriberId, arn).Region);
}
