using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Emulator.SecurityLakeTestData;

namespace SecLake.Tests.Emulator;

/// <summary>CreateDataLake, UpdateDataLake, DeleteDataLake and ListDataLakes over HTTP, as the GA model shapes them.</summary>
public sealed class SecurityLakeDataLakeTests(SecondAccountFixture emulator) : SharedEmulatorTests<SecondAccountFixture>(emulator)
{
    [Fact]
    public async Task CreateDataLake_creates_one_data_lake_per_configured_Region()
    {
        var json = await Client.CreateDataLakeAsync(new[] { "us-east-1", "eu-west-1" });

        var lakes = json["dataLakes"]!.AsArray();
        Assert.Equal(2, lakes.Count);
        var east = lakes[0]!;
        Assert.Equal(DataLakeArn("us-east-1"), east.Str("dataLakeArn"));
        Assert.Equal("us-east-1", east.Str("region"));
        Assert.Equal("INITIALIZED", east.Str("createStatus"));
        Assert.Equal("S3_MANAGED_KEY", east.Str("encryptionConfiguration.kmsKeyId"));
        Assert.Matches("^arn:aws:s3:::aws-security-data-lake-us-east-1-[a-z0-9]+$", east.Str("s3BucketArn"));
        Assert.True(east.Str("s3BucketArn")!.Length - "arn:aws:s3:::".Length <= 63, "bucket names have at most 63 characters");
        Assert.False(east.Has("updateStatus"));
        Assert.Equal(DataLakeArn("eu-west-1"), lakes[1].Str("dataLakeArn"));
        Assert.NotEqual(east.Str("s3BucketArn"), lakes[1].Str("s3BucketArn"));
    }

    [Fact]
    public async Task Configurations_are_stored_and_returned_as_the_model_names_them()
    {
        var configuration = new JsonObject
        {
            ["region"] = "eu-west-1",
            ["encryptionConfiguration"] = new JsonObject { ["kmsKeyId"] = "arn:aws:kms:eu-west-1:123456789012:key/abc" },
            ["lifecycleConfiguration"] = new JsonObject
            {
                ["expiration"] = new JsonObject { ["days"] = 365 },
                ["transitions"] = new JsonArray(new JsonObject { ["days"] = 30, ["storageClass"] = "ONEZONE_IA" }),
            },
            ["replicationConfiguration"] = new JsonObject
            {
                ["regions"] = new JsonArray("us-east-1"),
                ["roleArn"] = "arn:aws:iam::123456789012:role/Replication",
            },
        };
        var body = new JsonObject { ["configurations"] = new JsonArray(configuration), ["metaStoreManagerRoleArn"] = MetaStoreRole };

        var created = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/datalake", body);
        var listed = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes?regions=eu-west-1");

        var lake = listed.Json.At("dataLakes.0")!;
        foreach (var member in new[] { "encryptionConfiguration", "lifecycleConfiguration", "replicationConfiguration" })
            Assert.Equal(configuration[member]!.ToJsonString(), lake[member]!.ToJsonString());
        Assert.Equal(created.Json.At("dataLakes.0.s3BucketArn")!.ToJsonString(), lake["s3BucketArn"]!.ToJsonString());
    }

    [Fact]
    public async Task Creating_where_a_data_lake_exists_is_a_conflict_and_creates_nothing()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });

        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/datalake", CreateDataLakeBody("eu-west-1", "us-east-1"));

        AssertError(reply, 409, "ConflictException");
        Assert.Equal(DataLakeArn("us-east-1"), reply.Json.Str("resourceName"));
        Assert.Equal("DataLake", reply.Json.Str("resourceType"));
        var listed = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes");
        Assert.Single(listed.Json!["dataLakes"]!.AsArray());
    }

    [Fact]
    public async Task ListDataLakes_filters_by_the_repeated_regions_parameter()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1", "eu-west-1", "ap-south-1" });

        var some = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes?regions=eu-west-1&regions=us-east-1&regions=sa-east-1");
        var all = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes");

        Assert.Equal(new[] { "eu-west-1", "us-east-1" }, some.Json!["dataLakes"]!.AsArray().Select(l => l.Str("region")).ToArray());
        Assert.Equal(3, all.Json!["dataLakes"]!.AsArray().Count);
    }

    [Fact]
    public async Task UpdateDataLake_replaces_the_given_parts_and_reports_an_update_status()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var update = new JsonObject
        {
            ["configurations"] = new JsonArray(new JsonObject
            {
                ["region"] = "us-east-1",
                ["lifecycleConfiguration"] = new JsonObject { ["expiration"] = new JsonObject { ["days"] = 90 } },
            }),
        };

        var reply = await Client.SecurityLakeAsync(HttpMethod.Put, "/v1/datalake", update);

        Assert.Equal(200, reply.Status);
        var lake = reply.Json.At("dataLakes.0")!;
        Assert.Equal(90, lake.At("lifecycleConfiguration.expiration.days")!.GetValue<int>());
        Assert.Equal("S3_MANAGED_KEY", lake.Str("encryptionConfiguration.kmsKeyId"));
        Assert.Equal("PENDING", lake.Str("updateStatus.status"));
        Assert.Matches("^[0-9a-f-]{36}$", lake.Str("updateStatus.requestId"));
    }

    [Fact]
    public async Task Updating_or_deleting_a_Region_without_a_data_lake_is_ResourceNotFound()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });

        var update = await Client.SecurityLakeAsync(HttpMethod.Put, "/v1/datalake",
            new JsonObject { ["configurations"] = new JsonArray(new JsonObject { ["region"] = "eu-west-1" }) });
        var delete = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/datalake/delete", new JsonObject { ["regions"] = new JsonArray("eu-west-1") });

        AssertError(update, 404, "ResourceNotFoundException");
        AssertError(delete, 404, "ResourceNotFoundException");
        Assert.Equal(DataLakeArn("eu-west-1"), delete.Json.Str("resourceName"));
        Assert.Equal("DataLake", delete.Json.Str("resourceType"));
    }

    [Fact]
    public async Task DeleteDataLake_removes_the_named_Regions_only()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1", "eu-west-1" });

        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/datalake/delete", new JsonObject { ["regions"] = new JsonArray("eu-west-1") });
        var listed = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes");

        Assert.Equal((200, "{}"), (reply.Status, reply.Text));
        Assert.Equal("us-east-1", Assert.Single(listed.Json!["dataLakes"]!.AsArray()).Str("region"));
    }

    [Fact]
    public async Task Data_lakes_are_isolated_per_account()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var other = new SendOptions { Credentials = SecondAccountFixture.Temporary };

        var otherList = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes", options: other);
        var otherCreate = await Client.CreateDataLakeAsync(new[] { "us-east-1" }, other);

        Assert.Empty(otherList.Json!["dataLakes"]!.AsArray());
        Assert.Equal(DataLakeArn("us-east-1", SecondAccountFixture.SecondAccountId), otherCreate.Str("dataLakes.0.dataLakeArn"));
    }

    [Fact]
    public async Task The_request_s_tags_go_to_every_created_data_lake()
    {
        var body = CreateDataLakeBody("us-east-1", "eu-west-1");
        body["tags"] = new JsonArray(new JsonObject { ["key"] = "team", ["value"] = "security" });
        await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/datalake", body);

        foreach (var region in new[] { "us-east-1", "eu-west-1" })
        {
            var tags = await Client.SecurityLakeAsync(HttpMethod.Get, TagsPath(DataLakeArn(region)));
            Assert.Equal("""{"tags":[{"key":"team","value":"security"}]}""", tags.Text);
        }
    }

    [Fact]
    public async Task An_unbound_path_is_an_unknown_operation()
    {
        var reply = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalake/logsources/list");

        AssertError(reply, 404, "UnknownOperationException");
    }
}
