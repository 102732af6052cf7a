using System.Text.Json.Nodes;
using SecLake.Emulator.Http;
using SecLake.Emulator.State;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.SecurityLake;

/// <summary>
/// Subscriber notifications (one per subscriber, which must exist in the signing Region), the exception subscription
/// (one per account and Region, which must have a data lake) and the list of Security Lake exceptions.
/// </summary>
[OperationHandlers("securitylake")]
internal sealed class NotificationOperations(SecurityLakeState state)
{
    public const string ExceptionSubscriptionType = "DataLakeExceptionSubscription";
    private const string ExceptionsPageKind = "exceptions";

    // ---- subscriber notifications ----

    public OperationResult CreateSubscriberNotification(OperationContext context)
    {
        var (id, configuration) = NotificationInput(context);
        return state.Use(context.AccountId, account =>
        {
            var subscriber = FindSubscriber(account, context, id);
            if (subscriber.Notification is not null)
                throw SecurityLakeErrors.Conflict(id, SecurityLakeErrors.SubscriberType,
                    $"The subscriber {id} already has a notification; change it with UpdateSubscriberNotification.");
            return Apply(subscriber, configuration, context);
        });
    }

    public OperationResult UpdateSubscriberNotification(OperationContext context)
    {
        var (id, configuration) = NotificationInput(context);
        return state.Use(context.AccountId, account =>
        {
            var subscriber = FindSubscriber(account, context, id);
            if (subscriber.Notification is null) throw NoNotification(id);
            return Apply(subscriber, configuration, context);
        });
    }

    public OperationResult DeleteSubscriberNotification(OperationContext context)
    {
        var id = SubscriberIdLabel(context);
        return state.Use(context.AccountId, account =>
        {
            var subscriber = FindSubscriber(account, context, id);
            if (subscriber.Notification is null) throw NoNotification(id);
            subscriber.Notification = null;
            subscriber.UpdatedAt = context.Now;
            return OperationResult.Ok(new JsonObject());
        });
    }

    // ---- the exception subscription ----

    public OperationResult CreateDataLakeExceptionSubscription(OperationContext context)
    {
        var input = ExceptionSubscriptionInput(context);
        return state.Use(context.AccountId, account =>
        {
            if (!account.DataLakes.ContainsKey(context.Region)) throw DataLakeOperations.NotEnabled(context.Region, context.AccountId);
            if (account.ExceptionSubscriptions.ContainsKey(context.Region))
                throw SecurityLakeErrors.Conflict(DataLakeOperations.DataLakeArn(context.Region, context.AccountId), ExceptionSubscriptionType,
                    $"There is already an exception subscription in {context.Region}; change it with UpdateDataLakeExceptionSubscription.");
            account.ExceptionSubscriptions[context.Region] = new ExceptionSubscription
            {
                NotificationEndpoint = input.Endpoint,
                SubscriptionProtocol = input.Protocol,
                ExceptionTimeToLive = input.TimeToLive,
            };
            return OperationResult.Ok(new JsonObject());
        });
    }

    public OperationResult GetDataLakeExceptionSubscription(OperationContext context) =>
        state.Use(context.AccountId, account => OperationResult.Ok(FindExceptionSubscription(account, context).ToResponse()));

    public OperationResult UpdateDataLakeExceptionSubscription(OperationContext context)
    {
        var input = ExceptionSubscriptionInput(context);
        return state.Use(context.AccountId, account =>
        {
            var subscription = FindExceptionSubscription(account, context);
            subscription.NotificationEndpoint = input.Endpoint;
            subscription.SubscriptionProtocol = input.Protocol;
            // The time to live is optional here: an update without one keeps the one set before.
            if (input.TimeToLive is { } ttl) subscription.ExceptionTimeToLive = ttl;
            return OperationResult.Ok(new JsonObject());
        });
    }

    public OperationResult DeleteDataLakeExceptionSubscription(OperationContext context) =>
        state.Use(context.AccountId, account =>
        {
            FindExceptionSubscription(account, context);
            account.ExceptionSubscriptions.Remove(context.Region);
            return OperationResult.Ok(new JsonObject());
        });

    // ---- exceptions ----

    /// <summary>The account's exceptions of the given Regions (all when none are given), newest first, in pages.</summary>
    public OperationResult ListDataLakeExceptions(OperationContext context)
    {
        var validator = new Validator();
        var body = context.Input(validator);
        var maxResults = body.Integer("maxResults") ?? 100;
        var nextToken = body.String("nextToken");
        var regions = body.StringList("regions");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);

        var skip = 0;
        if (!string.IsNullOrEmpty(nextToken))
        {
            var position = PageToken.TryRead(ExceptionsPageKind, nextToken);
            if (position is null || !int.TryParse(position, out skip) || skip < 0)
                throw SecurityLakeErrors.BadRequest("The nextToken is not valid.");
        }

        return state.Use(context.AccountId, account =>
        {
            var matching = account.Exceptions
                .Select((e, index) => (Entry: e, Index: index))
                .Where(e => regions is null || regions.Count == 0 || regions.Contains(e.Entry.Region))
                .OrderByDescending(e => e.Entry.Timestamp).ThenByDescending(e => e.Index)
                .Select(e => e.Entry)
                .ToList();
            var page = matching.Skip(skip).Take(maxResults).ToList();
            var response = new JsonObject { ["exceptions"] = new JsonArray(page.Select(e => (JsonNode)e.ToResource()).ToArray()) };
            if (skip + page.Count < matching.Count) response["nextToken"] = PageToken.Create(ExceptionsPageKind, (skip + page.Count).ToString());
            return OperationResult.Ok(response);
        });
    }

    // ---- plumbing ----

    /// <summary>The subscriber id and the validated NotificationConfiguration, a union: exactly one member set.</summary>
    private static (string Id, HttpsNotification? Https) NotificationInput(OperationContext context)
    {
        var validator = new Validator();
        var id = context.UriMember(validator, "subscriberId");
        var body = context.Input(validator);
        var configuration = body.Structure("configuration");
        HttpsNotification? https = null;
        if (configuration is not null)
        {
            string[] members = ["httpsNotificationConfiguration", "sqsNotificationConfiguration"];
            var set = members.Where(configuration.Has).ToList();
            if (set.Count != 1)
            {
                // Names the members set, not their values: the HTTPS one may carry an API key.
                validator.Fail("configuration", $"Member must have exactly one of {string.Join(", ", members)} set", $"'{{{string.Join(", ", set)}}}'");
            }
            else if (configuration.Structure("httpsNotificationConfiguration") is { } h)
            {
                var apiKeyName = h.String("authorizationApiKeyName");
                var apiKeyValue = h.SecretString("authorizationApiKeyValue");
                var endpoint = h.String("endpoint");
                var method = h.String("httpMethod");
                var role = h.String("targetRoleArn");
                if (endpoint is not null && role is not null) https = new HttpsNotification(endpoint, role, method, apiKeyName, apiKeyValue);
            }
            else
            {
                configuration.Structure("sqsNotificationConfiguration");
            }
        }
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        return (id!, https);
    }

    private static OperationResult Apply(Subscriber subscriber, HttpsNotification? https, OperationContext context)
    {
        subscriber.Notification = new SubscriberNotificationSettings
        {
            Https = https,
            SubscriberEndpoint = https?.Endpoint
                                 ?? SubscriberNotificationSettings.QueueArn(ArnPartition.Of(context.Region), context.Region, context.AccountId, subscriber.Id),
        };
        subscriber.UpdatedAt = context.Now;
        return OperationResult.Ok(new JsonObject { ["subscriberEndpoint"] = subscriber.Notification.SubscriberEndpoint });
    }

    private static (string Endpoint, string Protocol, long? TimeToLive) ExceptionSubscriptionInput(OperationContext context)
    {
        var validator = new Validator();
        var body = context.Input(validator);
        var ttl = body.Long("exceptionTimeToLive");
        var endpoint = body.String("notificationEndpoint");
        var protocol = body.String("subscriptionProtocol");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        return (endpoint!, protocol!, ttl);
    }

    private static string SubscriberIdLabel(OperationContext context)
    {
        var validator = new Validator();
        var id = context.UriMember(validator, "subscriberId");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        return id!;
    }

    private static Subscriber FindSubscriber(SecurityLakeAccount account, OperationContext context, string id) =>
        account.SubscribersIn(context.Region).Find(id)
        ?? throw SecurityLakeErrors.ResourceNotFound(id, SecurityLakeErrors.SubscriberType, $"The subscriber {id} does not exist in {context.Region}.");

    private static ServiceError NoNotification(string id) =>
        SecurityLakeErrors.ResourceNotFound(id, SecurityLakeErrors.SubscriberType,
            $"The subscriber {id} has no notification; create one with CreateSubscriberNotification.");

    private static ExceptionSubscription FindExceptionSubscription(SecurityLakeAccount account, OperationContext context) =>
        account.ExceptionSubscriptions.GetValueOrDefault(context.Region)
        ?? throw SecurityLakeErrors.ResourceNotFound(DataLakeOperations.DataLakeArn(context.Region, context.AccountId), ExceptionSubscriptionType,
            $"There is no exception subscription in {context.Region}; create one with CreateDataLakeExceptionSubscription.");
}
