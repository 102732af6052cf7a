using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SecLake.Aws;

namespace SecLake.SecurityLake
{
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
            return new DataLake(region, e.String("dataLakeArn") ?? "", configuration)
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
}
