using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using static SecLake.Tests.SecurityLake.DataLakeTestData;
using static SecLake.Tests.SecurityLake.NotificationWireTests;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// Subscriber notifications, the exception subscription and ListDataLakeExceptions: the AWS CLI (botocore, GA API) and
/// SecLake's client, given the same inputs, send equivalent requests (method, path, query, JSON body, signed headers)
/// and the emulator answers both alike. Every operation of this group is a case.
/// </summary>
public sealed class NotificationCliCrossCheckTests(ShortDelaysFixture emulator, ITestOutputHelper output) : SharedEmulatorTests<ShortDelaysFixture>(emulator)
{
    private const string TargetRole = "arn:aws:iam::123456789012:role/EventBridgeApiDestinations";

    /// <summary>What the starting state has besides a data lake in us-east-1 and one subscriber.</summary>
    [Flags]
    private enum Setup
    {
        None = 0,
        Notification = 1,
        ExceptionSubscription = 2,
        Exceptions = 4,
    }

    /// <summary>Per case: the operation, its setup, the CLI's arguments ({id} is the subscriber) and SecLake's call.</summary>
    private static readonly Dictionary<string, (string Operation, Setup Setup, string[] Cli, Func<SecurityLakeClient, string, Task> Ours)> Cases = new()
    {
        ["CreateSubscriberNotification (SQS)"] = ("CreateSubscriberNotification", Setup.None,
            ["create-subscriber-notification", "--subscriber-id", CliCrossCheck.IdPlaceholder, "--configuration", """{"sqsNotificationConfiguration":{}}"""],
            (client, id) => client.CreateSubscriberNotificationAsync(SubscriberNotificationInput.Sqs(id))),
        ["CreateSubscriberNotification (HTTPS, every member)"] = ("CreateSubscriberNotification", Setup.None,
            ["create-subscriber-notification", "--subscriber-id", CliCrossCheck.IdPlaceholder, "--configuration",
             $$$"""{"httpsNotificationConfiguration":{"endpoint":"https://hooks.example.com/lake","targetRoleArn":"{{{TargetRole}}}","authorizationApiKeyName":"X-Api-Key","authorizationApiKeyValue":"s3cr3t","httpMethod":"PUT"}}"""],
            (client, id) => client.CreateSubscriberNotificationAsync(SubscriberNotificationInput.Https(id,
                new HttpsNotificationConfiguration("https://hooks.example.com/lake", TargetRole)
                {
                    AuthorizationApiKeyName = "X-Api-Key",
                    AuthorizationApiKeyValue = Secret("s3cr3t"),
                    HttpMethod = "PUT",
                }))),
        ["UpdateSubscriberNotification"] = ("UpdateSubscriberNotification", Setup.Notification,
            ["update-subscriber-notification", "--subscriber-id", CliCrossCheck.IdPlaceholder, "--configuration",
             $$$"""{"httpsNotificationConfiguration":{"endpoint":"https://other.example.com/x","targetRoleArn":"{{{TargetRole}}}"}}"""],
            (client, id) => client.UpdateSubscriberNotificationAsync(SubscriberNotificationInput.Https(id,
                new HttpsNotificationConfiguration("https://other.example.com/x", TargetRole)))),
        ["DeleteSubscriberNotification"] = ("DeleteSubscriberNotification", Setup.Notification,
            ["delete-subscriber-notification", "--subscriber-id", CliCrossCheck.IdPlaceholder],
            (client, id) => client.DeleteSubscriberNotificationAsync(id)),
        ["CreateDataLakeExceptionSubscription"] = ("CreateDataLakeExceptionSubscription", Setup.None,
            ["create-data-lake-exception-subscription", "--notification-endpoint", "123456789012", "--subscription-protocol", "email", "--exception-time-to-live", "30"],
            (client, _) => client.CreateDataLakeExceptionSubscriptionAsync(new DataLakeExceptionSubscriptionInput("123456789012", "email") { ExceptionTimeToLive = 30 })),
        ["GetDataLakeExceptionSubscription"] = ("GetDataLakeExceptionSubscription", Setup.ExceptionSubscription,
            ["get-data-lake-exception-subscription"],
            (client, _) => client.GetDataLakeExceptionSubscriptionAsync()),
        ["UpdateDataLakeExceptionSubscription"] = ("UpdateDataLakeExceptionSubscription", Setup.ExceptionSubscription,
            // Not an https:// endpoint here: the v1 CLI would fetch a parameter value that is a URL and send its content.
            ["update-data-lake-exception-subscription", "--notification-endpoint", "security-team@example.com", "--subscription-protocol", "email-json", "--exception-time-to-live", "7"],
            (client, _) => client.UpdateDataLakeExceptionSubscriptionAsync(new DataLakeExceptionSubscriptionInput("security-team@example.com", "email-json") { ExceptionTimeToLive = 7 })),
        ["DeleteDataLakeExceptionSubscription"] = ("DeleteDataLakeExceptionSubscription", Setup.ExceptionSubscription,
            ["delete-data-lake-exception-subscription"],
            (client, _) => client.DeleteDataLakeExceptionSubscriptionAsync()),
        ["ListDataLakeExceptions (Regions and page size)"] = ("ListDataLakeExceptions", Setup.Exceptions,
            ["list-data-lake-exceptions", "--regions", "us-east-1", "--max-results", "5", "--no-paginate"],
            (client, _) => client.ListDataLakeExceptionsPageAsync(["us-east-1"], 5)),
        ["ListDataLakeExceptions (no arguments)"] = ("ListDataLakeExceptions", Setup.Exceptions,
            ["list-data-lake-exceptions", "--no-paginate"],
            (client, _) => client.ListDataLakeExceptionsPageAsync()),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    private async Task<(SecurityLakeClient Client, string SubscriberId)> FreshState(Setup setup)
    {
        Emulator.Reset();
        var client = Emulator.ConnectSecurityLake();
        await client.CreateDataLakeAsync(new CreateDataLakeInput([new DataLakeConfiguration("us-east-1")], Role, null));
        var subscriber = await client.CreateSubscriberAsync(new SubscriberSpec { AccountId = "210987654321", ExternalId = "ext-0", AwsSourceTypes = ["WAF"], SubscriberName = "existing" });
        if (setup.HasFlag(Setup.Notification))
            await client.CreateSubscriberNotificationAsync(SubscriberNotificationInput.Sqs(subscriber.SubscriptionId));
        if (setup.HasFlag(Setup.ExceptionSubscription))
            await client.CreateDataLakeExceptionSubscriptionAsync(new DataLakeExceptionSubscriptionInput("123456789012", "email") { ExceptionTimeToLive = 30 });
        if (setup.HasFlag(Setup.Exceptions))
            Emulator.Host.AddDataLakeException("us-east-1", "Queue gone", "Recreate it", new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        return (client, subscriber.SubscriptionId);
    }

    [AwsCliTheory("securitylake")]
    [MemberData(nameof(CaseNames))]
    public async Task The_CLI_and_SecLake_send_equivalent_requests_and_get_the_same_answer(string name)
    {
        var (operation, setup, cliArguments, ours) = Cases[name];

        var (_, cliSubscriber) = await FreshState(setup);
        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, cliArguments.Select(a => a.Replace(CliCrossCheck.IdPlaceholder, cliSubscriber)));
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var fromCli = Emulator.Host.Requests.Last(r => r.Operation == operation);

        var (client, ourSubscriber) = await FreshState(setup);
        await ours(client, ourSubscriber);
        var fromUs = Emulator.Host.Requests.Last(r => r.Operation == operation);

        CliCrossCheck.AssertEquivalent(fromCli, fromUs, output, cliSubscriber, ourSubscriber);
        Assert.Equal(("securitylake", "us-east-1"), (fromUs.Service, fromUs.Region));
    }

    [Fact]
    public void Every_operation_of_this_group_has_a_case() =>
        Assert.Equal(
            ["CreateDataLakeExceptionSubscription", "CreateSubscriberNotification", "DeleteDataLakeExceptionSubscription", "DeleteSubscriberNotification",
             "GetDataLakeExceptionSubscription", "ListDataLakeExceptions", "UpdateDataLakeExceptionSubscription", "UpdateSubscriberNotification"],
            Cases.Values.Select(c => c.Operation).Distinct().Order(StringComparer.Ordinal));

    [AwsCliFact("securitylake")]
    public async Task A_second_notification_is_the_same_conflict_for_both()
    {
        var (client, id) = await FreshState(Setup.Notification);
        var cli = await AwsCli.RunAsync("securitylake", Emulator.Endpoint,
            ["create-subscriber-notification", "--subscriber-id", id, "--configuration", """{"sqsNotificationConfiguration":{}}"""]);
        Assert.NotEqual(0, cli.ExitCode);
        Assert.Contains("ConflictException", cli.StdErr);
        var ours = await Assert.ThrowsAsync<ConflictException>(() => client.CreateSubscriberNotificationAsync(SubscriberNotificationInput.Sqs(id)));
        Assert.Equal(409, (int)ours.StatusCode);
    }

    [AwsCliFact("securitylake")]
    public async Task The_CLI_reads_back_what_SecLake_configured()
    {
        var (client, id) = await FreshState(Setup.None);
        var notification = await client.CreateSubscriberNotificationAsync(SubscriberNotificationInput.Sqs(id));
        await client.CreateDataLakeExceptionSubscriptionAsync(new DataLakeExceptionSubscriptionInput("123456789012", "email") { ExceptionTimeToLive = 3_000_000_000 });

        var subscriber = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, ["get-subscriber", "--subscriber-id", id]);
        var subscription = await AwsCli.RunAsync("securitylake", Emulator.Endpoint, ["get-data-lake-exception-subscription"]);

        Assert.True(subscriber.ExitCode == 0, subscriber.ToString());
        Assert.Equal(notification.SubscriberEndpoint, (string)subscriber.Json!["subscriber"]!["subscriberEndpoint"]!);
        Assert.Equal(3_000_000_000L, (long)subscription.Json!["exceptionTimeToLive"]!);
    }
}
