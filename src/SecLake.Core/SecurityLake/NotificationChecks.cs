using System;

namespace SecLake.SecurityLake;

/// <summary>
/// What the GA model says of a notification or an exception subscription, checked with no request: the client runs
/// these before sending, and the cmdlets before asking for confirmation, so a bad value is refused first. The HTTPS
/// API key value has no constraint in the model and is never part of a message.
/// </summary>
public static class NotificationChecks
{
    /// <summary>The model's checks of a notification input, with HttpMethod in the model's spelling.</summary>
    public static SubscriberNotificationInput Notification(SubscriberNotificationInput input)
    {
        if (input == null) throw new ArgumentNullException(nameof(input));
        var id = Rules.SubscriberId(input.SubscriberId, NotificationParameters.SubscriptionId);
        if (!(input.HttpsConfiguration is HttpsNotificationConfiguration https)) return SubscriberNotificationInput.Sqs(id);

        if (string.IsNullOrEmpty(https.Endpoint))
            throw new InputValidationException(NotificationParameters.HttpsEndpoint, "HttpsEndpoint is required for an HTTPS notification.");
        Rules.Pattern(https.Endpoint, SecurityLakeConstraints.HttpsNotificationEndpointPattern, SecurityLakeConstraints.HttpsNotificationEndpointRule,
            NotificationParameters.HttpsEndpoint, "HttpsEndpoint");
        if (string.IsNullOrEmpty(https.TargetRoleArn))
            throw new InputValidationException(NotificationParameters.TargetRoleArn, "TargetRoleArn is required for an HTTPS notification.");
        Rules.Pattern(https.TargetRoleArn, SecurityLakeConstraints.RoleArnPattern, SecurityLakeConstraints.RoleArnRule, NotificationParameters.TargetRoleArn, "TargetRoleArn");
        var method = https.HttpMethod == null
            ? null
            : Rules.OneOf(https.HttpMethod, SecurityLakeConstraints.HttpMethods, "an HTTP method Security Lake notifies with", NotificationParameters.HttpMethod, "HttpMethod");
        return SubscriberNotificationInput.Https(id, new HttpsNotificationConfiguration(https.Endpoint, https.TargetRoleArn)
        {
            AuthorizationApiKeyName = https.AuthorizationApiKeyName,
            AuthorizationApiKeyValue = https.AuthorizationApiKeyValue,
            HttpMethod = method,
        });
    }

    /// <summary>The model's checks of an exception subscription: both members required, their patterns, a TTL of at least one day.</summary>
    public static DataLakeExceptionSubscriptionInput ExceptionSubscription(DataLakeExceptionSubscriptionInput input)
    {
        if (input == null) throw new ArgumentNullException(nameof(input));
        if (input.NotificationEndpoint == null)
            throw new InputValidationException(NotificationParameters.NotificationEndpoint, "NotificationEndpoint is required.");
        Rules.Pattern(input.NotificationEndpoint, SecurityLakeConstraints.SafeStringPattern, SecurityLakeConstraints.SafeStringRule,
            NotificationParameters.NotificationEndpoint, "NotificationEndpoint");
        if (input.SubscriptionProtocol == null)
            throw new InputValidationException(NotificationParameters.SubscriptionProtocol, "SubscriptionProtocol is required.");
        Rules.Pattern(input.SubscriptionProtocol, SecurityLakeConstraints.SubscriptionProtocolPattern, SecurityLakeConstraints.SubscriptionProtocolRule,
            NotificationParameters.SubscriptionProtocol, "SubscriptionProtocol");
        if (input.ExceptionTimeToLive < SecurityLakeConstraints.ExceptionTimeToLiveMin)
            throw new InputValidationException(NotificationParameters.ExceptionTimeToLive,
                $"ExceptionTimeToLive is {input.ExceptionTimeToLive}; it must be at least {SecurityLakeConstraints.ExceptionTimeToLiveMin} (days).");
        return input;
    }
}
