using System.Text.Json.Nodes;
using SecLake.Emulator.Http;

namespace SecLake.Emulator.SecurityLake;

/// <summary>
/// A data lake in one region. Statuses come from timestamps: createStatus INITIALIZED until
/// <see cref="CreateCompletesAt"/>, then COMPLETED; after an update, updateStatus PENDING until it completes.
/// </summary>
internal sealed class DataLake
{
    /// <summary>Security Lake's default encryption when no KMS key is given.</summary>
    public const string S3ManagedKey = "S3_MANAGED_KEY";

    public required string Region { get; init; }
    public required string Arn { get; init; }
    public required string S3BucketArn { get; init; }
    public required DateTimeOffset CreateCompletesAt { get; init; }

    /// <summary>The modeled configuration members as stored (only members the model defines).</summary>
    public JsonObject Encryption { get; set; } = new() { ["kmsKeyId"] = S3ManagedKey };
    public JsonObject? Lifecycle { get; set; }
    public JsonObject? Replication { get; set; }

    public string? UpdateRequestId { get; set; }
    public DateTimeOffset UpdateCompletesAt { get; set; }

    /// <summary>
    /// The model's DataLakeResource at time <paramref name="now"/>. The operation that starts a transition reports
    /// it as started (<paramref name="justCreated"/>, <paramref name="justUpdated"/>) even with a zero delay.
    /// </summary>
    public JsonObject ToResource(DateTimeOffset now, bool justCreated = false, bool justUpdated = false)
    {
        var resource = new JsonObject
        {
            ["createStatus"] = justCreated || now < CreateCompletesAt ? "INITIALIZED" : "COMPLETED",
            ["dataLakeArn"] = Arn,
            ["encryptionConfiguration"] = Encryption.DeepClone(),
        };
        if (Lifecycle is not null) resource["lifecycleConfiguration"] = Lifecycle.DeepClone();
        resource["region"] = Region;
        if (Replication is not null) resource["replicationConfiguration"] = Replication.DeepClone();
        resource["s3BucketArn"] = S3BucketArn;
        if (UpdateRequestId is not null)
        {
            resource["updateStatus"] = new JsonObject
            {
                ["requestId"] = UpdateRequestId,
                ["status"] = justUpdated || now < UpdateCompletesAt ? "PENDING" : "COMPLETED",
            };
        }
        return resource;
    }
}

/// <summary>One subscriber (in the region it was created in).</summary>
internal sealed class Subscriber
{
    public required string Id { get; init; }
    public required string Arn { get; init; }
    public required string RoleArn { get; init; }
    public required string S3BucketArn { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required JsonObject Identity { get; set; }
    public required JsonArray Sources { get; set; }
    public JsonArray? AccessTypes { get; init; }
    public string? ResourceShareArn { get; init; }
    public string? ResourceShareName { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The subscriber's notification (CreateSubscriberNotification); null when it has none.</summary>
    public SubscriberNotificationSettings? Notification { get; set; }

    /// <summary>The model's SubscriberResource (members in the model's order).</summary>
    public JsonObject ToResource()
    {
        var resource = new JsonObject();
        if (AccessTypes is not null) resource["accessTypes"] = AccessTypes.DeepClone();
        resource["createdAt"] = WireFormat.Iso8601(CreatedAt);
        if (ResourceShareArn is not null) resource["resourceShareArn"] = ResourceShareArn;
        if (ResourceShareName is not null) resource["resourceShareName"] = ResourceShareName;
        resource["roleArn"] = RoleArn;
        resource["s3BucketArn"] = S3BucketArn;
        resource["sources"] = Sources.DeepClone();
        resource["subscriberArn"] = Arn;
        if (Description is not null) resource["subscriberDescription"] = Description;
        if (Notification is not null) resource["subscriberEndpoint"] = Notification.SubscriberEndpoint;
        resource["subscriberId"] = Id;
        resource["subscriberIdentity"] = Identity.DeepClone();
        resource["subscriberName"] = Name;
        resource["subscriberStatus"] = "ACTIVE";
        resource["updatedAt"] = WireFormat.Iso8601(UpdatedAt);
        return resource;
    }
}
