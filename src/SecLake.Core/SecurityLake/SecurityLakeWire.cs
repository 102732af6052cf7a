using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Security;
using System.Text.Json;
using SecLake.Aws;

namespace SecLake.SecurityLake;

/// <summary>
/// The GA model's http traits and member locations, one builder per operation. Body members are written in the
/// model's member order and only when set. A write that lands in the same state when sent twice says so
/// (<see cref="Resend.Safe"/>); creates and deletes get their lookup in <see cref="SecurityLakeClient"/> (docs/RETRIES.md).
/// </summary>
internal static class SecurityLakeRequests
{
    public static RestRequest CreateDataLake(CreateDataLakeInput input) =>
        new RestRequest("CreateDataLake", "POST", "/v1/datalake")
        {
            Body = Json.Object(w =>
            {
                Configurations(w, input.Configurations);
                w.WriteString("metaStoreManagerRoleArn", input.MetaStoreManagerRoleArn);
                if (input.Tags != null) w.TagList("tags", input.Tags);
            }),
        };

    public static RestRequest UpdateDataLake(UpdateDataLakeInput input) =>
        new RestRequest("UpdateDataLake", "PUT", "/v1/datalake")
        {
            Resend = Resend.Safe,
            Body = Json.Object(w =>
            {
                Configurations(w, input.Configurations);
                w.StringIfSet("metaStoreManagerRoleArn", input.MetaStoreManagerRoleArn);
            }),
        };

    public static RestRequest DeleteDataLake(IEnumerable<string> regions) =>
        new RestRequest("DeleteDataLake", "POST", "/v1/datalake/delete")
        {
            Body = Json.Object(w => w.StringArray("regions", regions)),
        };

    /// <summary>ListDataLakes: <c>regions</c> is a querystring list, so the name repeats per Region.</summary>
    public static RestRequest ListDataLakes(IEnumerable<string>? regions)
    {
        var request = new RestRequest("ListDataLakes", "GET", "/v1/datalakes");
        foreach (var region in regions ?? Enumerable.Empty<string>()) request.AddQuery("regions", region);
        return request;
    }

    public static RestRequest CreateSubscriber(CreateSubscriberInput input) =>
        new RestRequest("CreateSubscriber", "POST", "/v1/subscribers")
        {
            Body = Json.Object(w =>
            {
                if (input.AccessTypes != null) w.StringArray("accessTypes", input.AccessTypes);
                Sources(w, input.Sources);
                w.StringIfSet("subscriberDescription", input.SubscriberDescription);
                Identity(w, input.Principal, input.ExternalId);
                w.WriteString("subscriberName", input.SubscriberName);
                if (input.Tags != null) w.TagList("tags", input.Tags);
            }),
        };

    public static RestRequest GetSubscriber(string subscriberId) =>
        new RestRequest("GetSubscriber", "GET", SubscriberPath(subscriberId));

    public static RestRequest ListSubscribers(int? maxResults, string? nextToken) =>
        new RestRequest("ListSubscribers", "GET", "/v1/subscribers")
            .AddQuery("maxResults", maxResults?.ToString(CultureInfo.InvariantCulture))
            .AddQuery("nextToken", nextToken);

    public static RestRequest UpdateSubscriber(UpdateSubscriberInput input) =>
        new RestRequest("UpdateSubscriber", "PUT", SubscriberPath(input.SubscriberId))
        {
            Resend = Resend.Safe,
            Body = Json.Object(w =>
            {
                if (input.Sources != null) Sources(w, input.Sources);
                w.StringIfSet("subscriberDescription", input.SubscriberDescription);
                if (input.Principal != null && input.ExternalId != null) Identity(w, input.Principal, input.ExternalId);
                w.StringIfSet("subscriberName", input.SubscriberName);
            }),
        };

    public static RestRequest DeleteSubscriber(string subscriberId) =>
        new RestRequest("DeleteSubscriber", "DELETE", SubscriberPath(subscriberId));

    public static RestRequest CreateAwsLogSource(IEnumerable<AwsLogSourceConfiguration> sources) =>
        new RestRequest("CreateAwsLogSource", "POST", "/v1/datalake/logsources/aws")
        {
            Body = Json.Object(w => AwsLogSources(w, sources)),
        };

    public static RestRequest DeleteAwsLogSource(IEnumerable<AwsLogSourceConfiguration> sources) =>
        new RestRequest("DeleteAwsLogSource", "POST", "/v1/datalake/logsources/aws/delete")
        {
            Body = Json.Object(w => AwsLogSources(w, sources)),
        };

    /// <summary>ListLogSources: every member is in the body, paging included.</summary>
    public static RestRequest ListLogSources(ListLogSourcesInput input, int? maxResults, string? nextToken) =>
        new RestRequest("ListLogSources", "POST", "/v1/datalake/logsources/list")
        {
            Body = Json.Object(w =>
            {
                if (input.Accounts != null) w.StringArray("accounts", input.Accounts);
                if (maxResults.HasValue) w.WriteNumber("maxResults", maxResults.Value);
                w.StringIfSet("nextToken", nextToken);
                if (input.Regions != null) w.StringArray("regions", input.Regions);
                if (input.Sources != null) Sources(w, input.Sources);
            }),
        };

    public static RestRequest CreateCustomLogSource(CustomLogSourceInput input) =>
        new RestRequest("CreateCustomLogSource", "POST", "/v1/datalake/logsources/custom")
        {
            Body = Json.Object(w =>
            {
                w.WriteStartObject("configuration");
                w.WriteStartObject("crawlerConfiguration");
                w.WriteString("roleArn", input.CrawlerRoleArn);
                w.WriteEndObject();
                w.WriteStartObject("providerIdentity");
                w.WriteString("externalId", input.ExternalId);
                w.WriteString("principal", input.ProviderPrincipal);
                w.WriteEndObject();
                w.WriteEndObject();
                if (input.EventClasses != null) w.StringArray("eventClasses", input.EventClasses);
                w.WriteString("sourceName", input.SourceName);
                w.StringIfSet("sourceVersion", input.SourceVersion);
            }),
        };

    /// <summary>DeleteCustomLogSource: the name is a URI label, the version a querystring member; no body.</summary>
    public static RestRequest DeleteCustomLogSource(string sourceName, string? sourceVersion) =>
        new RestRequest("DeleteCustomLogSource", "DELETE", "/v1/datalake/logsources/custom/" + UriLabel.Encode(sourceName))
            .AddQuery("sourceVersion", sourceVersion);

    public static RestRequest GetDataLakeSources(IEnumerable<string>? accounts, int? maxResults, string? nextToken) =>
        new RestRequest("GetDataLakeSources", "POST", "/v1/datalake/sources")
        {
            Body = Json.Object(w =>
            {
                if (accounts != null) w.StringArray("accounts", accounts);
                if (maxResults.HasValue) w.WriteNumber("maxResults", maxResults.Value);
                w.StringIfSet("nextToken", nextToken);
            }),
        };

    public static RestRequest TagResource(string resourceArn, IReadOnlyDictionary<string, string> tags) =>
        new RestRequest("TagResource", "POST", TagsPath(resourceArn))
        {
            // Security Lake replaces the value of a key the resource already has.
            Resend = Resend.Safe,
            Body = Json.Object(w => w.TagList("tags", tags)),
        };

    /// <summary>UntagResource: <c>tagKeys</c> is a querystring list, so the name repeats per key.</summary>
    public static RestRequest UntagResource(string resourceArn, IEnumerable<string> tagKeys)
    {
        var request = new RestRequest("UntagResource", "DELETE", TagsPath(resourceArn)) { Resend = Resend.Safe };
        foreach (var key in tagKeys) request.AddQuery("tagKeys", key);
        return request;
    }

    public static RestRequest ListTagsForResource(string resourceArn) =>
        new RestRequest("ListTagsForResource", "GET", TagsPath(resourceArn));

    private static string SubscriberPath(string subscriberId) => "/v1/subscribers/" + UriLabel.Encode(subscriberId);

    private static string TagsPath(string resourceArn) => "/v1/tags/" + UriLabel.Encode(resourceArn);

    private static void Configurations(Utf8JsonWriter w, IEnumerable<DataLakeConfiguration> configurations)
    {
        w.WriteStartArray("configurations");
        foreach (var c in configurations)
        {
            w.WriteStartObject();
            if (c.EncryptionConfiguration != null)
            {
                w.WriteStartObject("encryptionConfiguration");
                w.StringIfSet("kmsKeyId", c.EncryptionConfiguration.KmsKeyId);
                w.WriteEndObject();
            }
            if (c.LifecycleConfiguration != null) Lifecycle(w, c.LifecycleConfiguration);
            w.WriteString("region", c.Region);
            if (c.ReplicationConfiguration != null)
            {
                w.WriteStartObject("replicationConfiguration");
                if (c.ReplicationConfiguration.Regions != null) w.StringArray("regions", c.ReplicationConfiguration.Regions);
                w.StringIfSet("roleArn", c.ReplicationConfiguration.RoleArn);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Lifecycle(Utf8JsonWriter w, DataLakeLifecycleConfiguration lifecycle)
    {
        w.WriteStartObject("lifecycleConfiguration");
        if (lifecycle.ExpirationDays.HasValue)
        {
            w.WriteStartObject("expiration");
            w.WriteNumber("days", lifecycle.ExpirationDays.Value);
            w.WriteEndObject();
        }
        if (lifecycle.Transitions != null)
        {
            w.WriteStartArray("transitions");
            foreach (var t in lifecycle.Transitions)
            {
                w.WriteStartObject();
                if (t.Days.HasValue) w.WriteNumber("days", t.Days.Value);
                w.StringIfSet("storageClass", t.StorageClass);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Sources(Utf8JsonWriter w, IEnumerable<SourceType> sources)
    {
        w.WriteStartArray("sources");
        foreach (var source in sources)
        {
            // LogSourceResource is a union: exactly one of awsLogSource / customLogSource.
            w.WriteStartObject();
            w.WriteStartObject(source.AwsSourceType != null ? "awsLogSource" : "customLogSource");
            w.WriteString("sourceName", source.AwsSourceType ?? source.CustomSourceType);
            w.StringIfSet("sourceVersion", source.SourceVersion);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>AwsLogSourceConfigurationList, members in the model's order (accounts, regions, sourceName, sourceVersion).</summary>
    private static void AwsLogSources(Utf8JsonWriter w, IEnumerable<AwsLogSourceConfiguration> sources)
    {
        w.WriteStartArray("sources");
        foreach (var source in sources)
        {
            w.WriteStartObject();
            if (source.Accounts != null) w.StringArray("accounts", source.Accounts);
            w.StringArray("regions", source.Regions);
            w.WriteString("sourceName", source.SourceName);
            w.StringIfSet("sourceVersion", source.SourceVersion);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Identity(Utf8JsonWriter w, string principal, string externalId)
    {
        w.WriteStartObject("subscriberIdentity");
        w.WriteString("externalId", externalId);
        w.WriteString("principal", principal);
        w.WriteEndObject();
    }

    // ---- organization ----

    public static RestRequest CreateDataLakeOrganizationConfiguration(IEnumerable<DataLakeOrganizationConfiguration> autoEnableNewAccount) =>
        new RestRequest("CreateDataLakeOrganizationConfiguration", "POST", "/v1/datalake/organization/configuration")
        {
            Body = Json.Object(w => AutoEnableNewAccount(w, autoEnableNewAccount)),
        };

    public static RestRequest GetDataLakeOrganizationConfiguration() =>
        new RestRequest("GetDataLakeOrganizationConfiguration", "GET", "/v1/datalake/organization/configuration");

    public static RestRequest DeleteDataLakeOrganizationConfiguration(IEnumerable<DataLakeOrganizationConfiguration> autoEnableNewAccount) =>
        new RestRequest("DeleteDataLakeOrganizationConfiguration", "POST", "/v1/datalake/organization/configuration/delete")
        {
            Body = Json.Object(w => AutoEnableNewAccount(w, autoEnableNewAccount)),
        };

    public static RestRequest RegisterDataLakeDelegatedAdministrator(string accountId) =>
        new RestRequest("RegisterDataLakeDelegatedAdministrator", "POST", "/v1/datalake/delegate")
        {
            Body = Json.Object(w => w.WriteString("accountId", accountId)),
        };

    /// <summary>DeregisterDataLakeDelegatedAdministrator: no input; the organization has one delegated administrator.</summary>
    public static RestRequest DeregisterDataLakeDelegatedAdministrator() =>
        new RestRequest("DeregisterDataLakeDelegatedAdministrator", "DELETE", "/v1/datalake/delegate");

    /// <summary><c>autoEnableNewAccount[]</c>: DataLakeAutoEnableNewAccountConfiguration {region, sources[AwsLogSourceResource]}.</summary>
    private static void AutoEnableNewAccount(Utf8JsonWriter w, IEnumerable<DataLakeOrganizationConfiguration> entries)
    {
        w.WriteStartArray("autoEnableNewAccount");
        foreach (var entry in entries)
        {
            w.WriteStartObject();
            w.WriteString("region", entry.DataLakeRegion);
            w.WriteStartArray("sources");
            foreach (var source in entry.Sources)
            {
                w.WriteStartObject();
                w.WriteString("sourceName", source.AwsSourceType);
                w.StringIfSet("sourceVersion", source.SourceVersion);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // ---- subscriber notifications and data lake exceptions ----

    public static RestRequest CreateSubscriberNotification(SubscriberNotificationInput input) =>
        new RestRequest("CreateSubscriberNotification", "POST", NotificationPath(input.SubscriberId)) { Body = NotificationBody(input) };

    public static RestRequest UpdateSubscriberNotification(SubscriberNotificationInput input) =>
        new RestRequest("UpdateSubscriberNotification", "PUT", NotificationPath(input.SubscriberId)) { Body = NotificationBody(input) };

    public static RestRequest DeleteSubscriberNotification(string subscriberId) =>
        new RestRequest("DeleteSubscriberNotification", "DELETE", NotificationPath(subscriberId));

    public static RestRequest CreateDataLakeExceptionSubscription(DataLakeExceptionSubscriptionInput input) =>
        new RestRequest("CreateDataLakeExceptionSubscription", "POST", ExceptionSubscriptionPath) { Body = ExceptionSubscriptionBody(input) };

    public static RestRequest GetDataLakeExceptionSubscription() =>
        new RestRequest("GetDataLakeExceptionSubscription", "GET", ExceptionSubscriptionPath);

    public static RestRequest UpdateDataLakeExceptionSubscription(DataLakeExceptionSubscriptionInput input) =>
        new RestRequest("UpdateDataLakeExceptionSubscription", "PUT", ExceptionSubscriptionPath) { Body = ExceptionSubscriptionBody(input) };

    public static RestRequest DeleteDataLakeExceptionSubscription() =>
        new RestRequest("DeleteDataLakeExceptionSubscription", "DELETE", ExceptionSubscriptionPath);

    /// <summary>
    /// ListDataLakeExceptions is a POST whose members all travel in the body, so the body is a JSON object even when
    /// no member is set (<c>{}</c>, as every AWS SDK sends it).
    /// </summary>
    public static RestRequest ListDataLakeExceptions(IEnumerable<string>? regions, int? maxResults, string? nextToken) =>
        new RestRequest("ListDataLakeExceptions", "POST", "/v1/datalake/exceptions")
        {
            Body = Json.Object(w =>
            {
                if (maxResults.HasValue) w.WriteNumber("maxResults", maxResults.Value);
                w.StringIfSet("nextToken", nextToken);
                if (regions != null) w.StringArray("regions", regions);
            }),
        };

    private const string ExceptionSubscriptionPath = "/v1/datalake/exceptions/subscription";

    private static string NotificationPath(string subscriberId) => SubscriberPath(subscriberId) + "/notification";

    /// <summary><c>configuration</c>, a union: exactly one of its members.</summary>
    private static byte[] NotificationBody(SubscriberNotificationInput input) =>
        Json.Object(w =>
        {
            w.WriteStartObject("configuration");
            if (input.HttpsConfiguration is HttpsNotificationConfiguration https)
            {
                w.WriteStartObject("httpsNotificationConfiguration");
                w.StringIfSet("authorizationApiKeyName", https.AuthorizationApiKeyName);
                if (https.AuthorizationApiKeyValue != null) SecretString(w, "authorizationApiKeyValue", https.AuthorizationApiKeyValue);
                w.WriteString("endpoint", https.Endpoint);
                w.StringIfSet("httpMethod", https.HttpMethod);
                w.WriteString("targetRoleArn", https.TargetRoleArn);
                w.WriteEndObject();
            }
            else
            {
                w.WriteStartObject("sqsNotificationConfiguration");
                w.WriteEndObject();
            }
            w.WriteEndObject();
        });

    private static byte[] ExceptionSubscriptionBody(DataLakeExceptionSubscriptionInput input) =>
        Json.Object(w =>
        {
            if (input.ExceptionTimeToLive.HasValue) w.WriteNumber("exceptionTimeToLive", input.ExceptionTimeToLive.Value);
            w.WriteString("notificationEndpoint", input.NotificationEndpoint);
            w.WriteString("subscriptionProtocol", input.SubscriptionProtocol);
        });

    /// <summary>
    /// Writes a secret as a JSON string without making it a managed string: its characters are copied from the
    /// SecureString into a buffer that is cleared (and the unmanaged copy zeroed) as soon as the writer has encoded them.
    /// </summary>
    private static void SecretString(Utf8JsonWriter w, string name, SecureString secret)
    {
        var unmanaged = Marshal.SecureStringToGlobalAllocUnicode(secret);
        var characters = new char[secret.Length];
        try
        {
            Marshal.Copy(unmanaged, characters, 0, characters.Length);
            w.WriteString(name, characters.AsSpan());
        }
        finally
        {
            Array.Clear(characters, 0, characters.Length);
            Marshal.ZeroFreeGlobalAllocUnicode(unmanaged);
        }
    }
}

/// <summary>GA response bodies to SecLake models, by the model's member names.</summary>
internal static class SecurityLakeResponses
{
    /// <summary>CreateDataLake, UpdateDataLake and ListDataLakes: <c>dataLakes[]</c>.</summary>
    public static IReadOnlyList<DataLake> DataLakes(JsonElement body) =>
        body.Array("dataLakes").Select(DataLake).ToList();

    /// <summary>CreateSubscriber, GetSubscriber and UpdateSubscriber: <c>subscriber</c>.</summary>
    public static Subscriber? Subscriber(JsonElement body) =>
        body.Member("subscriber") is JsonElement subscriber ? SubscriberResource(subscriber) : null;

    public static Page<Subscriber> SubscriberPage(JsonElement body) =>
        new Page<Subscriber>(body.Array("subscribers").Select(SubscriberResource).ToList(), body.String("nextToken"));

    /// <summary>CreateAwsLogSource and DeleteAwsLogSource: <c>failed</c>, the accounts the request did not go through for.</summary>
    public static IReadOnlyList<string> FailedAccounts(JsonElement body) =>
        body.StringList("failed")?.ToList() ?? new List<string>();

    /// <summary>ListLogSources: each <c>sources[]</c> entry (an account and Region) flattened into one object per source.</summary>
    public static Page<LogSource> LogSourcePage(JsonElement body) =>
        new Page<LogSource>(body.Array("sources").SelectMany(LogSources).ToList(), body.String("nextToken"));

    /// <summary>CreateCustomLogSource: <c>source</c>, placed in <paramref name="region"/> (the Region the request went to).</summary>
    public static CustomLogSource? CreatedCustomLogSource(JsonElement body, string? region)
    {
        if (!(body.Member("source") is JsonElement source)) return null;
        var created = CustomLogSourceResource(source, null, region);
        // The response names no account, but Security Lake makes the source's Glue crawler and provider role in the
        // account that called (the data lake's): their ARNs say which, as ListLogSources would.
        created.AccountId = ArnAccount(created.CrawlerArn) ?? ArnAccount(created.ProviderRoleArn);
        return created;
    }

    /// <summary>The account field of an ARN (arn:partition:service:region:account:resource), when it is 12 digits.</summary>
    private static string? ArnAccount(string? arn)
    {
        var parts = arn?.Split(':');
        return parts != null && parts.Length > 5 && parts[0] == "arn" && Rules.Matches(parts[4], SecurityLakeConstraints.AwsAccountIdPattern) ? parts[4] : null;
    }

    /// <summary>GetDataLakeSources: <c>dataLakeSources[]</c> of the Region <paramref name="region"/>, each with the response's <c>dataLakeArn</c>.</summary>
    public static Page<DataLakeSource> DataLakeSourcePage(JsonElement body, string? region)
    {
        var dataLakeArn = body.String("dataLakeArn");
        var sources = body.Array("dataLakeSources").Select(e => new DataLakeSource(
                e.String("account"),
                e.String("sourceName"),
                e.Array("sourceStatuses").Select(s => new DataLakeSourceStatus(s.String("resource"), s.String("status"))).ToList())
        {
            EventClasses = e.StringList("eventClasses"),
            Region = region,
            DataLakeArn = dataLakeArn,
        })
            .ToList();
        return new Page<DataLakeSource>(sources, body.String("nextToken"));
    }

    /// <summary>ListTagsForResource: <c>tags[]</c>.</summary>
    public static IDictionary<string, string> Tags(JsonElement body) => body.TagList("tags");

    public static DataLake DataLake(JsonElement e)
    {
        var region = e.String("region") ?? "";
        var configuration = new DataLakeConfiguration(region)
        {
            EncryptionConfiguration = e.Member("encryptionConfiguration") is JsonElement enc
                ? new DataLakeEncryptionConfiguration { KmsKeyId = enc.String("kmsKeyId") }
                : null,
            LifecycleConfiguration = e.Member("lifecycleConfiguration") is JsonElement life
                ? new DataLakeLifecycleConfiguration
                {
                    ExpirationDays = life.Member("expiration") is JsonElement exp ? exp.Int("days") : null,
                    Transitions = life.Member("transitions") is JsonElement
                        ? life.Array("transitions").Select(t => new DataLakeLifecycleTransition(t.Int("days"), t.String("storageClass"))).ToList()
                        : null,
                }
                : null,
            ReplicationConfiguration = e.Member("replicationConfiguration") is JsonElement rep
                ? new DataLakeReplicationConfiguration { Regions = rep.StringList("regions"), RoleArn = rep.String("roleArn") }
                : null,
        };
        var update = e.Member("updateStatus");
        var failure = update?.Member("exception");
        var settings = DataLakeSettingsMapper.ToSettings(configuration);
        return new DataLake(region, e.String("dataLakeArn") ?? "", configuration,
            settings.EncryptionKey, settings.ReplicationDestinationRegions, settings.ReplicationRoleArn, settings.RetentionSettings)
        {
            S3BucketArn = e.String("s3BucketArn"),
            CreateStatus = e.String("createStatus"),
            UpdateStatus = update?.String("status"),
            UpdateRequestId = update?.String("requestId"),
            UpdateExceptionCode = failure?.String("code"),
            UpdateExceptionReason = failure?.String("reason"),
        };
    }

    private static Subscriber SubscriberResource(JsonElement e)
    {
        var identity = e.Member("subscriberIdentity");
        return new Subscriber(e.String("subscriberId") ?? "", e.String("subscriberArn") ?? "")
        {
            SubscriberName = e.String("subscriberName"),
            SubscriberDescription = e.String("subscriberDescription"),
            AccountId = identity?.String("principal"),
            ExternalId = identity?.String("externalId"),
            Sources = e.Array("sources").Select(Source).Where(s => s != null).Select(s => s!).ToList(),
            AccessTypes = e.StringList("accessTypes"),
            Status = e.String("subscriberStatus"),
            RoleArn = e.String("roleArn"),
            S3BucketArn = e.String("s3BucketArn"),
            ResourceShareArn = e.String("resourceShareArn"),
            ResourceShareName = e.String("resourceShareName"),
            SubscriberEndpoint = e.String("subscriberEndpoint"),
            CreatedAt = e.Timestamp("createdAt"),
            UpdatedAt = e.Timestamp("updatedAt"),
        };
    }

    private static IEnumerable<LogSource> LogSources(JsonElement e)
    {
        var account = e.String("account");
        var region = e.String("region");
        foreach (var resource in e.Array("sources"))
        {
            if (resource.Member("awsLogSource") is JsonElement aws)
                yield return new AwsLogSource(aws.String("sourceName") ?? "") { AccountId = account, Region = region, SourceVersion = aws.String("sourceVersion") };
            else if (resource.Member("customLogSource") is JsonElement custom)
                yield return CustomLogSourceResource(custom, account, region);
            // else: a union member this model version does not know
        }
    }

    private static CustomLogSource CustomLogSourceResource(JsonElement e, string? account, string? region)
    {
        var attributes = e.Member("attributes");
        var provider = e.Member("provider");
        return new CustomLogSource(e.String("sourceName") ?? "")
        {
            AccountId = account,
            Region = region,
            SourceVersion = e.String("sourceVersion"),
            ProviderRoleArn = provider?.String("roleArn"),
            ProviderLocation = provider?.String("location"),
            CrawlerArn = attributes?.String("crawlerArn"),
            DatabaseArn = attributes?.String("databaseArn"),
            TableArn = attributes?.String("tableArn"),
        };
    }

    private static SourceType? Source(JsonElement e)
    {
        if (e.Member("awsLogSource") is JsonElement aws)
            return SourceType.Aws(aws.String("sourceName") ?? "", aws.String("sourceVersion"));
        if (e.Member("customLogSource") is JsonElement custom)
            return SourceType.Custom(custom.String("sourceName") ?? "", custom.String("sourceVersion"));
        return null; // a union member this model version does not know
    }

    // ---- organization ----

    /// <summary>GetDataLakeOrganizationConfiguration: <c>autoEnableNewAccount[]</c>, one configuration per Region (absent: none).</summary>
    public static IReadOnlyList<DataLakeOrganizationConfiguration> OrganizationConfiguration(JsonElement body) =>
        body.Array("autoEnableNewAccount")
            .Select(e => new DataLakeOrganizationConfiguration(
                e.String("region") ?? "",
                e.Array("sources").Select(s => SourceType.Aws(s.String("sourceName") ?? "", s.String("sourceVersion")))))
            .ToList();
    // ---- subscriber notifications and data lake exceptions ----

    /// <summary>CreateSubscriberNotification and UpdateSubscriberNotification: <c>subscriberEndpoint</c>.</summary>
    public static string? SubscriberEndpoint(JsonElement body) => body.String("subscriberEndpoint");

    /// <summary>GetDataLakeExceptionSubscription; <paramref name="region"/> is the client's (the subscription's own) Region.</summary>
    public static DataLakeExceptionSubscription ExceptionSubscription(JsonElement body, string? region) =>
        new DataLakeExceptionSubscription
        {
            NotificationEndpoint = body.String("notificationEndpoint"),
            SubscriptionProtocol = body.String("subscriptionProtocol"),
            ExceptionTimeToLive = Long(body, "exceptionTimeToLive"),
            Region = region,
        };

    /// <summary>ListDataLakeExceptions: <c>exceptions[]</c> and <c>nextToken</c>.</summary>
    public static Page<DataLakeExceptionInfo> DataLakeExceptionPage(JsonElement body) =>
        new Page<DataLakeExceptionInfo>(
            body.Array("exceptions").Select(e => new DataLakeExceptionInfo
            {
                Region = e.String("region"),
                Timestamp = e.Timestamp("timestamp"),
                Exception = e.String("exception"),
                Remediation = e.String("remediation"),
            }).ToList(),
            body.String("nextToken"));

    /// <summary>A model <c>long</c> member (the shared JSON helper reads 32-bit integers only).</summary>
    private static long? Long(JsonElement element, string name) =>
        element.Member(name) is JsonElement value && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : (long?)null;
}
