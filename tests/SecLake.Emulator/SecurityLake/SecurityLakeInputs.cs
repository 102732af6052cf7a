using System.Text.Json.Nodes;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.SecurityLake;

/// <summary>One validated DataLakeConfiguration; the JSON parts hold only the members the model defines.</summary>
internal sealed record DataLakeConfigurationInput(string Region, JsonObject? Encryption, JsonObject? Lifecycle, JsonObject? Replication);

/// <summary>
/// Reads the Security Lake input structures shared by several operations, checking every member against the
/// model (through <see cref="JsonMembers"/>: shapes and required members come from the service model) and rebuilding
/// them from the checked values (unknown members are dropped, as a real service would).
/// </summary>
internal static class SecurityLakeInputs
{
    public static List<DataLakeConfigurationInput>? Configurations(JsonMembers body)
    {
        var items = body.StructureList("configurations");
        if (items is null) return null;
        var result = new List<DataLakeConfigurationInput>();
        foreach (var item in items)
        {
            var region = item.String("region");
            var encryption = Encryption(item.Structure("encryptionConfiguration"));
            var lifecycle = Lifecycle(item.Structure("lifecycleConfiguration"));
            var replication = Replication(item.Structure("replicationConfiguration"));
            if (region is not null) result.Add(new DataLakeConfigurationInput(region, encryption, lifecycle, replication));
        }
        return result;
    }

    /// <summary>TagList: {key, value} pairs, both required.</summary>
    public static List<KeyValuePair<string, string>>? Tags(JsonMembers body)
    {
        var items = body.StructureList("tags");
        if (items is null) return null;
        var result = new List<KeyValuePair<string, string>>();
        foreach (var item in items)
        {
            var key = item.String("key");
            var value = item.String("value");
            if (key is not null && value is not null) result.Add(new(key, value));
        }
        return result;
    }

    /// <summary>LogSourceResourceList: each entry is a union, so exactly one of awsLogSource and customLogSource.</summary>
    public static JsonArray? Sources(JsonMembers body, Validator validator)
    {
        var items = body.StructureList("sources");
        if (items is null) return null;
        var result = new JsonArray();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var set = new[] { "awsLogSource", "customLogSource" }.Count(item.Has);
            if (set != 1)
            {
                validator.Fail($"sources[{i}]", "Member must have exactly one of awsLogSource, customLogSource set", $"'{item.Json.ToJsonString()}'");
                continue;
            }
            if (item.Structure("awsLogSource") is { } aws)
            {
                var source = new JsonObject();
                AddString(source, "sourceName", aws.String("sourceName"));
                AddString(source, "sourceVersion", aws.String("sourceVersion"));
                result.Add(new JsonObject { ["awsLogSource"] = source });
            }
            else if (item.Structure("customLogSource") is { } custom)
            {
                result.Add(new JsonObject { ["customLogSource"] = CustomLogSource(custom) });
            }
        }
        return result;
    }

    /// <summary>AwsIdentity: principal and externalId, both required.</summary>
    public static JsonObject? Identity(JsonMembers body)
    {
        var identity = body.Structure("subscriberIdentity");
        if (identity is null) return null;
        var externalId = identity.String("externalId");
        var principal = identity.String("principal");
        return new JsonObject { ["externalId"] = externalId, ["principal"] = principal };
    }

    private static JsonObject CustomLogSource(JsonMembers custom)
    {
        var source = new JsonObject();
        if (custom.Structure("attributes") is { } attributes)
        {
            var copy = new JsonObject();
            foreach (var member in new[] { "crawlerArn", "databaseArn", "tableArn" })
                AddString(copy, member, attributes.String(member));
            source["attributes"] = copy;
        }
        if (custom.Structure("provider") is { } provider)
        {
            var copy = new JsonObject();
            AddString(copy, "location", provider.String("location"));
            AddString(copy, "roleArn", provider.String("roleArn"));
            source["provider"] = copy;
        }
        AddString(source, "sourceName", custom.String("sourceName"));
        AddString(source, "sourceVersion", custom.String("sourceVersion"));
        return source;
    }

    private static JsonObject? Encryption(JsonMembers? encryption)
    {
        if (encryption is null) return null;
        var result = new JsonObject();
        AddString(result, "kmsKeyId", encryption.String("kmsKeyId"));
        return result;
    }

    private static JsonObject? Lifecycle(JsonMembers? lifecycle)
    {
        if (lifecycle is null) return null;
        var result = new JsonObject();
        if (lifecycle.Structure("expiration") is { } expiration)
        {
            var copy = new JsonObject();
            if (expiration.Integer("days") is { } days) copy["days"] = days;
            result["expiration"] = copy;
        }
        var transitions = lifecycle.StructureList("transitions");
        if (transitions is not null)
        {
            var list = new JsonArray();
            foreach (var transition in transitions)
            {
                var copy = new JsonObject();
                if (transition.Integer("days") is { } days) copy["days"] = days;
                AddString(copy, "storageClass", transition.String("storageClass"));
                list.Add(copy);
            }
            result["transitions"] = list;
        }
        return result;
    }

    private static JsonObject? Replication(JsonMembers? replication)
    {
        if (replication is null) return null;
        var result = new JsonObject();
        if (replication.StringList("regions") is { } regions)
            result["regions"] = new JsonArray(regions.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray());
        AddString(result, "roleArn", replication.String("roleArn"));
        return result;
    }

    private static void AddString(JsonObject target, string name, string? value)
    {
        if (value is not null) target[name] = value;
    }
}
