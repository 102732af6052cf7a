using System.Reflection;
using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.SecurityLake.NotificationWireTests;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The client's notification, exception-subscription and exception calls over a scripted invoker: what they return,
/// the requests they make, and every refusal the model implies, before any request.
/// </summary>
public sealed class NotificationClientTests
{
    private const string Id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private const string Role = "arn:aws:iam::123456789012:role/EventBridgeApiDestinations";
    private const string SecretText = "k3y-that-must-not-leak";
    private readonly ScriptedInvoker _invoker = new();
    private readonly SecurityLakeClient _client;

    public NotificationClientTests() => _client = new SecurityLakeClient(_invoker, "eu-west-1");

    private static SubscriberNotificationInput Https(string endpoint = "https://hooks.example.com/lake", string role = Role, string? method = null, string id = Id) =>
        SubscriberNotificationInput.Https(id, new HttpsNotificationConfiguration(endpoint, role)
        {
            AuthorizationApiKeyName = "X-Api-Key",
            AuthorizationApiKeyValue = Secret(SecretText),
            HttpMethod = method,
        });

    [Fact]
    public async Task An_sqs_notification_returns_the_queue_the_service_made()
    {
        _invoker.On("CreateSubscriberNotification", """{"subscriberEndpoint":"arn:aws:sqs:eu-west-1:123456789012:AmazonSecurityLake-q"}""");

        var n = await _client.CreateSubscriberNotificationAsync(SubscriberNotificationInput.Sqs(Id));

        Assert.Equal(["CreateSubscriberNotification"], _invoker.Operations);
        Assert.Equal((Id, Id, "SQS"), (n.SubscriptionId, n.SubscriberId, n.NotificationType));
        Assert.Equal("arn:aws:sqs:eu-west-1:123456789012:AmazonSecurityLake-q", n.SubscriberEndpoint);
        Assert.Null(n.HttpsEndpoint);
        Assert.False(n.HasAuthorizationApiKeyValue);
        Assert.Equal("eu-west-1", n.Region);
    }

    [Fact]
    public async Task An_https_notification_returns_what_was_configured_but_not_the_key()
    {
        _invoker.On("UpdateSubscriberNotification", """{"subscriberEndpoint":"https://hooks.example.com/lake"}""");

        var n = await _client.UpdateSubscriberNotificationAsync(Https(method: "put"));

        Assert.Equal("HTTPS", n.NotificationType);
        Assert.Equal(("https://hooks.example.com/lake", Role, "X-Api-Key", "PUT"), (n.HttpsEndpoint, n.TargetRoleArn, n.AuthorizationApiKeyName, n.HttpMethod));
        Assert.True(n.HasAuthorizationApiKeyValue);
        // The request carries the key (the method in the model's spelling); the object written to the pipeline does not.
        Assert.Contains($"\"authorizationApiKeyValue\":\"{SecretText}\"", _invoker.Requests[0].Body());
        Assert.Contains("\"httpMethod\":\"PUT\"", _invoker.Requests[0].Body());
        var values = typeof(SubscriberNotification).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => Convert.ToString(p.GetValue(n)));
        Assert.DoesNotContain(values, v => v != null && v.Contains(SecretText));
        Assert.DoesNotContain(SecretText, n.ToString());
    }

    [Fact]
    public async Task Deleting_a_notification_sends_one_delete()
    {
        _invoker.On("DeleteSubscriberNotification", "{}");
        await _client.DeleteSubscriberNotificationAsync(Id);
        Assert.Equal(["DeleteSubscriberNotification"], _invoker.Operations);
    }

    [Fact]
    public async Task Creating_or_updating_the_exception_subscription_reads_it_back()
    {
        _invoker
            .On("CreateDataLakeExceptionSubscription", "{}")
            .On("GetDataLakeExceptionSubscription", """{"exceptionTimeToLive":30,"notificationEndpoint":"123456789012","subscriptionProtocol":"email"}""")
            .On("UpdateDataLakeExceptionSubscription", "{}")
            .On("GetDataLakeExceptionSubscription", """{"exceptionTimeToLive":7,"notificationEndpoint":"123456789012","subscriptionProtocol":"email"}""");

        var created = await _client.CreateDataLakeExceptionSubscriptionAsync(new DataLakeExceptionSubscriptionInput("123456789012", "email") { ExceptionTimeToLive = 30 });
        var updated = await _client.UpdateDataLakeExceptionSubscriptionAsync(new DataLakeExceptionSubscriptionInput("123456789012", "email") { ExceptionTimeToLive = 7 });

        Assert.Equal(["CreateDataLakeExceptionSubscription", "GetDataLakeExceptionSubscription", "UpdateDataLakeExceptionSubscription", "GetDataLakeExceptionSubscription"],
            _invoker.Operations);
        Assert.Equal((30L, "eu-west-1"), (created.ExceptionTimeToLive, created.Region));
        Assert.Equal(7L, updated.ExceptionTimeToLive);
    }

    [Fact]
    public async Task Exceptions_are_read_page_after_page_with_the_same_Regions_and_page_size()
    {
        _invoker
            .On("ListDataLakeExceptions", """{"exceptions":[{"region":"us-east-1","exception":"a"}],"nextToken":"t1"}""")
            .On("ListDataLakeExceptions", """{"exceptions":[{"region":"us-east-1","exception":"b"}]}""");

        var all = await _client.ListDataLakeExceptionsAsync(["US-EAST-1"], 1);

        Assert.Equal(["a", "b"], all.Select(e => e.Exception));
        Assert.Equal("""{"maxResults":1,"regions":["us-east-1"]}""", _invoker.Requests[0].Body());
        Assert.Equal("""{"maxResults":1,"nextToken":"t1","regions":["us-east-1"]}""", _invoker.Requests[1].Body());
    }

    [Fact]
    public async Task Exceptions_of_every_Region_send_no_regions()
    {
        _invoker.On("ListDataLakeExceptions", """{"exceptions":[]}""");
        Assert.Empty(await _client.ListDataLakeExceptionsAsync());
        Assert.Equal("{}", _invoker.Requests[0].Body());
    }

    // ---- refusals, each before any request ----

    public static TheoryData<string> Refusals => new(RefusalCases.Keys);

    private static readonly Dictionary<string, (Func<SecurityLakeClient, Task> Call, string Parameter, string Message)> RefusalCases = new()
    {
        ["an upper-case subscription id"] = (c => c.CreateSubscriberNotificationAsync(SubscriberNotificationInput.Sqs(Id.ToUpperInvariant())), "SubscriptionId",
            $"SubscriptionId '{Id.ToUpperInvariant()}' is not valid: {SecurityLakeConstraints.UuidRule}."),
        ["no subscription id to delete"] = (c => c.DeleteSubscriberNotificationAsync(""), "SubscriptionId", "SubscriptionId is required."),
        ["an endpoint that is not http(s)"] = (c => c.CreateSubscriberNotificationAsync(Https("ftp://hooks.example.com")), "HttpsEndpoint",
            $"HttpsEndpoint 'ftp://hooks.example.com' is not valid: {SecurityLakeConstraints.HttpsNotificationEndpointRule}."),
        ["an endpoint with a line break"] = (c => c.UpdateSubscriberNotificationAsync(Https("https://a.example.com\n")), "HttpsEndpoint",
            $"HttpsEndpoint 'https://a.example.com\n' is not valid: {SecurityLakeConstraints.HttpsNotificationEndpointRule}."),
        ["a target role that is not a role ARN"] = (c => c.CreateSubscriberNotificationAsync(Https(role: "arn:aws:iam::123456789012:user/x")), "TargetRoleArn",
            $"TargetRoleArn 'arn:aws:iam::123456789012:user/x' is not valid: {SecurityLakeConstraints.RoleArnRule}."),
        ["no target role"] = (c => c.CreateSubscriberNotificationAsync(Https(role: "")), "TargetRoleArn", "TargetRoleArn is required for an HTTPS notification."),
        ["an HTTP method the model does not have"] = (c => c.CreateSubscriberNotificationAsync(Https(method: "GET")), "HttpMethod",
            "HttpMethod 'GET' is not an HTTP method Security Lake notifies with. Valid values: POST, PUT."),
        ["an exception endpoint with a space"] = (c => c.CreateDataLakeExceptionSubscriptionAsync(new DataLakeExceptionSubscriptionInput("a b", "email")), "NotificationEndpoint",
            $"NotificationEndpoint 'a b' is not valid: {SecurityLakeConstraints.SafeStringRule}."),
        ["an upper-case protocol"] = (c => c.UpdateDataLakeExceptionSubscriptionAsync(new DataLakeExceptionSubscriptionInput("123456789012", "Email")), "SubscriptionProtocol",
            $"SubscriptionProtocol 'Email' is not valid: {SecurityLakeConstraints.SubscriptionProtocolRule}."),
        ["a time to live of 0 days"] = (c => c.CreateDataLakeExceptionSubscriptionAsync(new DataLakeExceptionSubscriptionInput("123456789012", "email") { ExceptionTimeToLive = 0 }),
            "ExceptionTimeToLive", "ExceptionTimeToLive is 0; it must be at least 1 (days)."),
        ["a page size of 101"] = (c => c.ListDataLakeExceptionsAsync(pageSize: 101), "PageSize", "PageSize is 101; it must be 1 to 100."),
        ["a Region of another partition"] = (c => c.ListDataLakeExceptionsAsync(["us-gov-west-1"]), "DataLakeRegion",
            "DataLakeRegion[0] 'us-gov-west-1' is in partition aws-us-gov, but the client's Region is in partition aws."),
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refuses_before_any_request(string name)
    {
        var (call, parameter, message) = RefusalCases[name];
        var error = await Assert.ThrowsAsync<InputValidationException>(() => call(_client));
        RefusalAssert.Is(error, parameter, message);
        Assert.Empty(_invoker.Requests);
        Assert.DoesNotContain(SecretText, error.Message);
    }
}
