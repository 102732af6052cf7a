using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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

    private static void Identity(Utf8JsonWriter w, string principal, string externalId)
    {
        w.WriteStartObject("subscriberIdentity");
        w.WriteString("externalId", externalId);
        w.WriteString("principal", principal);
        w.WriteEndObject();
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

    private static SourceType? Source(JsonElement e)
    {
        if (e.Member("awsLogSource") is JsonElement aws)
            return SourceType.Aws(aws.String("sourceName") ?? "", aws.String("sourceVersion"));
        if (e.Member("customLogSource") is JsonElement custom)
            return SourceType.Custom(custom.String("sourceName") ?? "", custom.String("sourceVersion"));
        return null; // a union member this model version does not know
    }
}
