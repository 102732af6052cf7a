using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Emulator.SecurityLakeTestData;

namespace SecLake.Tests.Emulator;

/// <summary>
/// Security Lake log sources over HTTP: AWS sources per account in the Regions of enabled data lakes, custom sources in
/// the signing Region, the GetDataLakeSources snapshot, paging, the failed accounts and the modeled errors.
/// </summary>
public sealed class SecurityLakeLogSourceTests(OrganizationFixture emulator) : SharedEmulatorTests<OrganizationFixture>(emulator)
{
    private const string Outside = OrganizationFixture.OutsideAccount;
    private const string CrawlerRole = "arn:aws:iam::123456789012:role/GlueCrawler";

    private static JsonObject AwsSources(string? version = null, string[]? accounts = null, string[]? regions = null, params string[] names)
    {
        var items = names.Select(name =>
        {
            var item = new JsonObject();
            if (accounts is not null) item["accounts"] = Strings(accounts);
            item["regions"] = Strings(regions ?? ["us-east-1"]);
            item["sourceName"] = name;
            if (version is not null) item["sourceVersion"] = version;
            return (JsonNode)item;
        });
        return new JsonObject { ["sources"] = new JsonArray(items.ToArray()) };
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    private static JsonObject CustomSource(string name = "app-logs", string? version = null, params string[] eventClasses)
    {
        var body = new JsonObject
        {
            ["configuration"] = new JsonObject
            {
                ["crawlerConfiguration"] = new JsonObject { ["roleArn"] = CrawlerRole },
                ["providerIdentity"] = new JsonObject { ["externalId"] = "ext-app", ["principal"] = "210987654321" },
            },
        };
        if (eventClasses.Length > 0) body["eventClasses"] = Strings(eventClasses);
        body["sourceName"] = name;
        if (version is not null) body["sourceVersion"] = version;
        return body;
    }

    private Task<ServiceReply> Post(string path, JsonObject body, string region = "us-east-1") =>
        Client.SecurityLakeAsync(HttpMethod.Post, path, body, new SendOptions { Region = region });

    private Task<ServiceReply> AddAws(JsonObject body) => Post("/v1/datalake/logsources/aws", body);

    private Task<ServiceReply> List(JsonObject? body = null) => Post("/v1/datalake/logsources/list", body ?? new JsonObject());

    private async Task<List<string>> Listed(JsonObject? body = null)
    {
        var reply = await List(body);
        Assert.True(reply.Status == 200, reply.ToString());
        return reply.Json!["sources"]!.AsArray().SelectMany(entry => entry!["sources"]!.AsArray().Select(s =>
            $"{entry.Str("account")} {entry.Str("region")} " +
            (s!["awsLogSource"] is { } aws ? $"{aws.Str("sourceName")} {aws.Str("sourceVersion")}" : $"custom {s.Str("customLogSource.sourceName")} {s.Str("customLogSource.sourceVersion")}"))).ToList();
    }

    [Fact]
    public async Task AWS_sources_are_kept_per_account_and_Region_and_listed_in_order()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);

        var reply = await AddAws(AwsSources("2.0", ["444455556666", "111122223333"], ["us-east-1", "eu-west-1"], "VPC_FLOW", "CLOUD_TRAIL_MGMT"));

        Assert.Equal(200, reply.Status);
        Assert.Equal("""{"failed":[]}""", reply.Text);
        Assert.Equal(
            [
                "111122223333 eu-west-1 CLOUD_TRAIL_MGMT 2.0", "111122223333 eu-west-1 VPC_FLOW 2.0",
                "111122223333 us-east-1 CLOUD_TRAIL_MGMT 2.0", "111122223333 us-east-1 VPC_FLOW 2.0",
                "444455556666 eu-west-1 CLOUD_TRAIL_MGMT 2.0", "444455556666 eu-west-1 VPC_FLOW 2.0",
                "444455556666 us-east-1 CLOUD_TRAIL_MGMT 2.0", "444455556666 us-east-1 VPC_FLOW 2.0",
            ],
            await Listed());
    }

    [Fact]
    public async Task Without_accounts_or_version_the_source_is_the_callers_at_the_latest_version()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);

        await AddAws(AwsSources(names: "ROUTE53"));
        await AddAws(AwsSources("latest", names: "WAF"));

        Assert.Equal([$"{Account} us-east-1 ROUTE53 2.0", $"{Account} us-east-1 WAF 2.0"], await Listed());
    }

    [Fact]
    public async Task Every_Region_needs_a_data_lake_and_nothing_changes_when_one_has_none()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);

        var reply = await AddAws(AwsSources(regions: ["us-east-1", "eu-west-1"], names: "VPC_FLOW"));

        AssertError(reply, 404, "ResourceNotFoundException");
        Assert.Equal(DataLakeArn("eu-west-1"), reply.Json.Str("resourceName"));
        Assert.Equal("DataLake", reply.Json.Str("resourceType"));
        Assert.Empty(await Listed());
    }

    [Fact]
    public async Task Another_version_of_an_enabled_source_is_a_conflict_and_the_same_version_again_is_fine()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);
        await AddAws(AwsSources("1.0", ["111122223333"], names: "VPC_FLOW"));

        var again = await AddAws(AwsSources("1.0", ["111122223333"], names: "VPC_FLOW"));
        var other = await AddAws(AwsSources("2.0", ["111122223333"], names: "VPC_FLOW"));

        Assert.Equal(200, again.Status);
        AssertError(other, 409, "ConflictException");
        Assert.Equal(("VPC_FLOW", "AwsLogSource"), (other.Json.Str("resourceName"), other.Json.Str("resourceType")));
        Assert.Contains("VPC_FLOW 1.0 is already enabled for account 111122223333 in us-east-1", other.Message);
        Assert.Equal(["111122223333 us-east-1 VPC_FLOW 1.0"], await Listed());
    }

    [Fact]
    public async Task An_account_outside_the_organization_fails_and_the_others_go_through()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);

        var added = await AddAws(AwsSources(accounts: [Outside, "111122223333", Outside], names: ["VPC_FLOW", "WAF"]));

        Assert.Equal(200, added.Status);
        Assert.Equal($$"""{"failed":["{{Outside}}"]}""", added.Text);
        Assert.Equal(["111122223333 us-east-1 VPC_FLOW 2.0", "111122223333 us-east-1 WAF 2.0"], await Listed());

        var removed = await Post("/v1/datalake/logsources/aws/delete", AwsSources(accounts: [Outside, "111122223333"], names: "WAF"));
        Assert.Equal($$"""{"failed":["{{Outside}}"]}""", removed.Text);
        Assert.Equal(["111122223333 us-east-1 VPC_FLOW 2.0"], await Listed());
    }

    [Fact]
    public async Task Removing_takes_the_sources_away_and_a_source_not_enabled_is_no_error()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);
        await AddAws(AwsSources("2.0", ["111122223333"], ["us-east-1", "eu-west-1"], "VPC_FLOW", "ROUTE53"));

        var reply = await Post("/v1/datalake/logsources/aws/delete", AwsSources(accounts: ["111122223333"], regions: ["eu-west-1"], names: ["VPC_FLOW", "S3_DATA"]));
        var wrongVersion = await Post("/v1/datalake/logsources/aws/delete", AwsSources("1.0", ["111122223333"], names: "ROUTE53"));

        Assert.Equal("""{"failed":[]}""", reply.Text);
        Assert.Equal(200, wrongVersion.Status);
        Assert.Equal(["111122223333 eu-west-1 ROUTE53 2.0", "111122223333 us-east-1 ROUTE53 2.0", "111122223333 us-east-1 VPC_FLOW 2.0"], await Listed());
    }

    [Theory]
    [InlineData("""{"sources":[]}""", "sources")]
    [InlineData("""{}""", "sources")]
    [InlineData("""{"sources":[{"regions":["us-east-1"],"sourceName":"GUARDDUTY"}]}""", "enum value set")]
    [InlineData("""{"sources":[{"accounts":["1234"],"regions":["us-east-1"],"sourceName":"WAF"}]}""", "sources[0].accounts[0]")]
    [InlineData("""{"sources":[{"regions":["US-EAST-1"],"sourceName":"WAF"}]}""", "sources[0].regions[0]")]
    [InlineData("""{"sources":[{"regions":["us-east-1"],"sourceName":"WAF","sourceVersion":"2"}]}""", "sources[0].sourceVersion")]
    [InlineData("""{"sources":[{"sourceName":"WAF"}]}""", "sources[0].regions")]
    [InlineData("""{"sources":[{"regions":[],"sourceName":"WAF"}]}""", "regions of WAF are empty")]
    public async Task AWS_source_requests_are_checked_against_the_model(string body, string mentioned)
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);

        AssertBadRequest(await AddAws(JsonNode.Parse(body)!.AsObject()), mentioned);
        AssertBadRequest(await Post("/v1/datalake/logsources/aws/delete", JsonNode.Parse(body)!.AsObject()), mentioned);
    }

    [Fact]
    public async Task The_list_filters_by_account_Region_and_source()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);
        await AddAws(AwsSources("2.0", ["111122223333", "444455556666"], ["us-east-1", "eu-west-1"], "VPC_FLOW", "ROUTE53"));
        await Post("/v1/datalake/logsources/custom", CustomSource());

        Assert.Equal(["444455556666 eu-west-1 ROUTE53 2.0", "444455556666 eu-west-1 VPC_FLOW 2.0"],
            await Listed(new JsonObject { ["accounts"] = Strings(["444455556666"]), ["regions"] = Strings(["eu-west-1"]) }));
        Assert.Equal(["111122223333 us-east-1 ROUTE53 2.0", $"{Account} us-east-1 custom app-logs 1.0", "444455556666 us-east-1 ROUTE53 2.0"],
            await Listed(new JsonObject
            {
                ["regions"] = Strings(["us-east-1"]),
                ["sources"] = new JsonArray(
                    new JsonObject { ["awsLogSource"] = new JsonObject { ["sourceName"] = "ROUTE53", ["sourceVersion"] = "2.0" } },
                    new JsonObject { ["customLogSource"] = new JsonObject { ["sourceName"] = "app-logs" } }),
            }));
        Assert.Empty(await Listed(new JsonObject { ["sources"] = new JsonArray(new JsonObject { ["awsLogSource"] = new JsonObject { ["sourceName"] = "ROUTE53", ["sourceVersion"] = "1.0" } }) }));
    }

    [Fact]
    public async Task The_list_pages_by_account_and_Region()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);
        await AddAws(AwsSources("2.0", ["111122223333", "444455556666"], ["us-east-1", "eu-west-1"], "VPC_FLOW"));

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var body = new JsonObject { ["maxResults"] = 3 };
            if (token is not null) body["nextToken"] = token;
            var reply = await List(body);
            pages++;
            seen.AddRange(reply.Json!["sources"]!.AsArray().Select(e => $"{e.Str("account")} {e.Str("region")}"));
            token = reply.Json.Str("nextToken");
        }
        while (token is not null);

        Assert.Equal(2, pages);
        Assert.Equal(["111122223333 eu-west-1", "111122223333 us-east-1", "444455556666 eu-west-1", "444455556666 us-east-1"], seen);
        AssertBadRequest(await List(new JsonObject { ["nextToken"] = "bm90IGEgdG9rZW4=" }), "nextToken");
        AssertBadRequest(await List(new JsonObject { ["maxResults"] = 101 }), "maxResults");
    }

    [Fact]
    public async Task A_custom_source_gets_a_provider_role_a_location_and_Glue_resources_in_the_signing_Region()
    {
        var lake = await Client.CreateDataLakeAsync(["us-east-1"]);
        var bucket = lake.Str("dataLakes.0.s3BucketArn")!.Split(":::")[1];

        var reply = await Post("/v1/datalake/logsources/custom", CustomSource("app-logs", null, "FILE_ACTIVITY"));

        Assert.Equal(200, reply.Status);
        var source = reply.Json!["source"]!;
        Assert.Equal(("app-logs", "1.0"), (source.Str("sourceName"), source.Str("sourceVersion")));
        Assert.Equal($"s3://{bucket}/ext/app-logs/1.0/", source.Str("provider.location"));
        Assert.Equal($"arn:aws:iam::{Account}:role/AmazonSecurityLake-Provider-app-logs-us-east-1", source.Str("provider.roleArn"));
        Assert.Equal($"arn:aws:glue:us-east-1:{Account}:crawler/app-logs", source.Str("attributes.crawlerArn"));
        Assert.Equal($"arn:aws:glue:us-east-1:{Account}:database/amazon_security_lake_glue_db_us_east_1", source.Str("attributes.databaseArn"));
        Assert.Equal($"arn:aws:glue:us-east-1:{Account}:table/amazon_security_lake_glue_db_us_east_1/amazon_security_lake_table_us_east_1_ext_app_logs", source.Str("attributes.tableArn"));
        Assert.Equal([$"{Account} us-east-1 custom app-logs 1.0"], await Listed());
    }

    [Fact]
    public async Task A_custom_source_needs_a_data_lake_in_the_signing_Region_and_a_name_unique_there()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);

        var noLake = await Post("/v1/datalake/logsources/custom", CustomSource(), "us-west-2");
        var first = await Post("/v1/datalake/logsources/custom", CustomSource());
        var again = await Post("/v1/datalake/logsources/custom", CustomSource("app-logs", "2.0"));
        var otherRegion = await Post("/v1/datalake/logsources/custom", CustomSource(), "eu-west-1");

        AssertError(noLake, 404, "ResourceNotFoundException");
        Assert.Equal(DataLakeArn("us-west-2"), noLake.Json.Str("resourceName"));
        Assert.Equal(200, first.Status);
        AssertError(again, 409, "ConflictException");
        Assert.Equal(("app-logs", "CustomLogSource"), (again.Json.Str("resourceName"), again.Json.Str("resourceType")));
        Assert.Equal(200, otherRegion.Status);
    }

    [Theory]
    [InlineData("""{"sourceName":"app"}""", "configuration")]
    [InlineData("""{"configuration":{"crawlerConfiguration":{"roleArn":"arn:aws:iam::123456789012:role/c"}},"sourceName":"app"}""", "configuration.providerIdentity")]
    [InlineData("""{"configuration":{"crawlerConfiguration":{"roleArn":"role"},"providerIdentity":{"externalId":"ext","principal":"210987654321"}},"sourceName":"app"}""", "configuration.crawlerConfiguration.roleArn")]
    [InlineData("""{"configuration":{"crawlerConfiguration":{"roleArn":"arn:aws:iam::123456789012:role/c"},"providerIdentity":{"externalId":"ext","principal":"12345"}},"sourceName":"app"}""", "configuration.providerIdentity.principal")]
    [InlineData("""{"configuration":{"crawlerConfiguration":{"roleArn":"arn:aws:iam::123456789012:role/c"},"providerIdentity":{"externalId":"ext","principal":"210987654321"}},"sourceName":"my app"}""", "sourceName")]
    [InlineData("""{"configuration":{"crawlerConfiguration":{"roleArn":"arn:aws:iam::123456789012:role/c"},"providerIdentity":{"externalId":"ext","principal":"210987654321"}},"eventClasses":["file_activity"],"sourceName":"app"}""", "eventClasses[0]")]
    public async Task Custom_source_requests_are_checked_against_the_model(string body, string mentioned)
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);

        AssertBadRequest(await Post("/v1/datalake/logsources/custom", JsonNode.Parse(body)!.AsObject()), mentioned);
    }

    [Fact]
    public async Task Removing_a_custom_source_needs_it_to_exist_in_the_Region_at_the_version_given()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);
        await Post("/v1/datalake/logsources/custom", CustomSource("app-logs", "1.0"));

        var elsewhere = await Client.SecurityLakeAsync(HttpMethod.Delete, "/v1/datalake/logsources/custom/app-logs", options: new SendOptions { Region = "eu-west-1" });
        var wrongVersion = await Client.SecurityLakeAsync(HttpMethod.Delete, "/v1/datalake/logsources/custom/app-logs?sourceVersion=2.0");
        var removed = await Client.SecurityLakeAsync(HttpMethod.Delete, "/v1/datalake/logsources/custom/app-logs?sourceVersion=1.0");
        var gone = await Client.SecurityLakeAsync(HttpMethod.Delete, "/v1/datalake/logsources/custom/app-logs");
        var badName = await Client.SecurityLakeAsync(HttpMethod.Delete, "/v1/datalake/logsources/custom/my%20app");

        AssertError(elsewhere, 404, "ResourceNotFoundException");
        Assert.Equal(("app-logs", "CustomLogSource"), (elsewhere.Json.Str("resourceName"), elsewhere.Json.Str("resourceType")));
        AssertError(wrongVersion, 404, "ResourceNotFoundException");
        Assert.Equal(200, removed.Status);
        Assert.Equal("{}", removed.Text);
        AssertError(gone, 404, "ResourceNotFoundException");
        AssertBadRequest(badName, "sourceName");
        Assert.Empty(await Listed());
    }

    [Fact]
    public async Task The_data_lake_sources_are_a_snapshot_of_the_signing_Region_per_account()
    {
        var lake = await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);
        var bucket = lake.Str("dataLakes.0.s3BucketArn")!.Split(":::")[1];
        await AddAws(AwsSources("2.0", ["111122223333"], ["us-east-1", "eu-west-1"], "VPC_FLOW"));
        await Post("/v1/datalake/logsources/custom", CustomSource("app-logs", null, "FILE_ACTIVITY", "DNS_ACTIVITY"));

        var reply = await Post("/v1/datalake/sources", new JsonObject());

        Assert.Equal(200, reply.Status);
        Assert.Equal(DataLakeArn("us-east-1"), reply.Json.Str("dataLakeArn"));
        Assert.Equal(
            $$"""[{"account":"111122223333","sourceName":"VPC_FLOW","sourceStatuses":[{"resource":"s3://{{bucket}}/aws/VPC_FLOW/2.0/region=us-east-1/accountId=111122223333/","status":"COLLECTING"}]},{"account":"{{Account}}","eventClasses":["FILE_ACTIVITY","DNS_ACTIVITY"],"sourceName":"app-logs","sourceStatuses":[{"resource":"s3://{{bucket}}/ext/app-logs/1.0/","status":"COLLECTING"}]}]""",
            reply.Json!["dataLakeSources"]!.ToJsonString());

        var eu = await Post("/v1/datalake/sources", new JsonObject { ["accounts"] = Strings([Account, "111122223333"]) }, "eu-west-1");
        Assert.Equal(["111122223333 VPC_FLOW"], eu.Json!["dataLakeSources"]!.AsArray().Select(s => $"{s.Str("account")} {s.Str("sourceName")}"));
    }

    [Fact]
    public async Task The_data_lake_sources_page_by_account_and_need_a_data_lake()
    {
        await Client.CreateDataLakeAsync(["us-east-1"]);
        await AddAws(AwsSources("2.0", ["111122223333", "222233334444", "444455556666"], names: ["VPC_FLOW", "WAF"]));

        var first = await Post("/v1/datalake/sources", new JsonObject { ["maxResults"] = 2 });
        var second = await Post("/v1/datalake/sources", new JsonObject { ["maxResults"] = 2, ["nextToken"] = first.Json.Str("nextToken") });
        var noLake = await Post("/v1/datalake/sources", new JsonObject(), "eu-west-1");

        Assert.Equal(["111122223333", "111122223333", "222233334444", "222233334444"], first.Json!["dataLakeSources"]!.AsArray().Select(s => s.Str("account")));
        Assert.Equal(["444455556666", "444455556666"], second.Json!["dataLakeSources"]!.AsArray().Select(s => s.Str("account")));
        Assert.False(second.Json.Has("nextToken"));
        AssertError(noLake, 404, "ResourceNotFoundException");
        AssertBadRequest(await Post("/v1/datalake/sources", new JsonObject { ["accounts"] = Strings(["12"]) }), "accounts[0]");
    }

    [Fact]
    public async Task Deleting_a_data_lake_takes_its_Regions_sources_with_it()
    {
        await Client.CreateDataLakeAsync(["us-east-1", "eu-west-1"]);
        await AddAws(AwsSources("2.0", ["111122223333"], ["us-east-1", "eu-west-1"], "VPC_FLOW"));
        await Post("/v1/datalake/logsources/custom", CustomSource(), "eu-west-1");

        var deleted = await Post("/v1/datalake/delete", new JsonObject { ["regions"] = Strings(["eu-west-1"]) });

        Assert.Equal(200, deleted.Status);
        Assert.Equal(["111122223333 us-east-1 VPC_FLOW 2.0"], await Listed());
    }
}
