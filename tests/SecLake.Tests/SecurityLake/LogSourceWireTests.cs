using System.Text.Json;
using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The log-source operations' requests exactly as the GA model's http traits and member locations say (body members in
/// the model's order, only when set), and their responses read into SecLake's objects.
/// </summary>
public sealed class LogSourceWireTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static readonly AwsLogSourceConfiguration[] TwoSources =
    [
        new(["111122223333", "444455556666"], ["us-east-1", "eu-west-1"], "CLOUD_TRAIL_MGMT", "2.0"),
        new(["111122223333", "444455556666"], ["us-east-1", "eu-west-1"], "VPC_FLOW", "2.0"),
    ];

    private const string TwoSourcesBody =
        """{"sources":[{"accounts":["111122223333","444455556666"],"regions":["us-east-1","eu-west-1"],"sourceName":"CLOUD_TRAIL_MGMT","sourceVersion":"2.0"},{"accounts":["111122223333","444455556666"],"regions":["us-east-1","eu-west-1"],"sourceName":"VPC_FLOW","sourceVersion":"2.0"}]}""";

    [Fact]
    public void CreateAwsLogSource_posts_one_configuration_per_source() =>
        SecurityLakeRequests.CreateAwsLogSource(TwoSources).AssertIs("CreateAwsLogSource", "POST", "/v1/datalake/logsources/aws", "", TwoSourcesBody);

    [Fact]
    public void CreateAwsLogSource_leaves_out_accounts_and_version_not_given() =>
        SecurityLakeRequests.CreateAwsLogSource([new AwsLogSourceConfiguration(null, ["us-east-1"], "ROUTE53", null)]).AssertIs(
            "CreateAwsLogSource", "POST", "/v1/datalake/logsources/aws", "", """{"sources":[{"regions":["us-east-1"],"sourceName":"ROUTE53"}]}""");

    [Fact]
    public void DeleteAwsLogSource_posts_the_same_configurations_to_delete() =>
        SecurityLakeRequests.DeleteAwsLogSource(TwoSources).AssertIs("DeleteAwsLogSource", "POST", "/v1/datalake/logsources/aws/delete", "", TwoSourcesBody);

    [Fact]
    public void ListLogSources_posts_filters_and_paging_in_the_body()
    {
        var input = new ListLogSourcesInput
        {
            Accounts = ["111122223333"],
            Regions = ["us-east-1"],
            Sources = [SourceType.Aws("VPC_FLOW", "2.0"), SourceType.Custom("app-logs")],
        };
        SecurityLakeRequests.ListLogSources(input, 25, "tok/en==").AssertIs("ListLogSources", "POST", "/v1/datalake/logsources/list", "",
            """{"accounts":["111122223333"],"maxResults":25,"nextToken":"tok/en==","regions":["us-east-1"],"sources":[{"awsLogSource":{"sourceName":"VPC_FLOW","sourceVersion":"2.0"}},{"customLogSource":{"sourceName":"app-logs"}}]}""");
    }

    [Fact]
    public void ListLogSources_without_filters_posts_an_empty_object() =>
        SecurityLakeRequests.ListLogSources(new ListLogSourcesInput(), null, null).AssertIs("ListLogSources", "POST", "/v1/datalake/logsources/list", "", "{}");

    [Fact]
    public void CreateCustomLogSource_posts_the_configuration_event_classes_name_and_version()
    {
        var input = new CustomLogSourceInput
        {
            SourceName = "app-logs",
            SourceVersion = "1.0",
            EventClasses = ["FILE_ACTIVITY", "PROCESS_ACTIVITY"],
            CrawlerRoleArn = "arn:aws:iam::123456789012:role/GlueCrawler",
            ProviderPrincipal = "210987654321",
            ExternalId = "ext-app",
        };
        SecurityLakeRequests.CreateCustomLogSource(input).AssertIs("CreateCustomLogSource", "POST", "/v1/datalake/logsources/custom", "",
            """{"configuration":{"crawlerConfiguration":{"roleArn":"arn:aws:iam::123456789012:role/GlueCrawler"},"providerIdentity":{"externalId":"ext-app","principal":"210987654321"}},"eventClasses":["FILE_ACTIVITY","PROCESS_ACTIVITY"],"sourceName":"app-logs","sourceVersion":"1.0"}""");
    }

    [Fact]
    public void CreateCustomLogSource_leaves_out_event_classes_and_version_not_given() =>
        Assert.Equal(
            """{"configuration":{"crawlerConfiguration":{"roleArn":"arn:aws:iam::123456789012:role/GlueCrawler"},"providerIdentity":{"externalId":"ext-app","principal":"210987654321"}},"sourceName":"app-logs"}""",
            SecurityLakeRequests.CreateCustomLogSource(new CustomLogSourceInput
            {
                SourceName = "app-logs",
                CrawlerRoleArn = "arn:aws:iam::123456789012:role/GlueCrawler",
                ProviderPrincipal = "210987654321",
                ExternalId = "ext-app",
            }).Body());

    [Fact]
    public void DeleteCustomLogSource_names_the_source_in_the_path_and_the_version_in_the_query() =>
        SecurityLakeRequests.DeleteCustomLogSource("app:logs.v1", "1.0").AssertIs("DeleteCustomLogSource", "DELETE",
            "/v1/datalake/logsources/custom/app%3Alogs.v1", "sourceVersion=1.0", null);

    [Fact]
    public void DeleteCustomLogSource_without_a_version_has_no_query() =>
        SecurityLakeRequests.DeleteCustomLogSource("app-logs", null).AssertIs("DeleteCustomLogSource", "DELETE", "/v1/datalake/logsources/custom/app-logs", "", null);

    [Fact]
    public void GetDataLakeSources_posts_accounts_and_paging() =>
        SecurityLakeRequests.GetDataLakeSources(["111122223333"], 10, "t").AssertIs("GetDataLakeSources", "POST", "/v1/datalake/sources", "",
            """{"accounts":["111122223333"],"maxResults":10,"nextToken":"t"}""");

    [Fact]
    public void GetDataLakeSources_without_members_posts_an_empty_object() =>
        SecurityLakeRequests.GetDataLakeSources(null, null, null).AssertIs("GetDataLakeSources", "POST", "/v1/datalake/sources", "", "{}");

    [Fact]
    public void The_failed_accounts_are_read_and_an_absent_list_is_none()
    {
        Assert.Equal(["444455556666"], SecurityLakeResponses.FailedAccounts(Parse("""{"failed":["444455556666"]}""")));
        Assert.Empty(SecurityLakeResponses.FailedAccounts(Parse("{}")));
    }

    [Fact]
    public void ListLogSources_gives_one_object_per_source_of_each_account_and_Region()
    {
        var page = SecurityLakeResponses.LogSourcePage(Parse("""
            {"nextToken":"n1","sources":[
              {"account":"111122223333","region":"us-east-1","sources":[
                {"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT","sourceVersion":"2.0"}},
                {"customLogSource":{"attributes":{"crawlerArn":"arn:c","databaseArn":"arn:d","tableArn":"arn:t"},
                                    "provider":{"location":"s3://b/ext/app/","roleArn":"arn:aws:iam::111122223333:role/p"},
                                    "sourceName":"app","sourceVersion":"1.0"}},
                {"someFutureSource":{"sourceName":"x"}}]},
              {"account":"444455556666","region":"eu-west-1","sources":[{"awsLogSource":{"sourceName":"VPC_FLOW"}}]}]}
            """));

        Assert.Equal("n1", page.NextToken);
        Assert.Equal(["AWS CLOUD_TRAIL_MGMT 2.0 111122223333 us-east-1", "Custom app 1.0 111122223333 us-east-1", "AWS VPC_FLOW  444455556666 eu-west-1"],
            page.Items.Select(s => $"{s.Kind} {s.SourceName} {s.SourceVersion} {s.AccountId} {s.Region}"));
        Assert.IsType<AwsLogSource>(page.Items[0]);
        var custom = Assert.IsType<CustomLogSource>(page.Items[1]);
        Assert.Equal(("arn:c", "arn:d", "arn:t"), (custom.CrawlerArn, custom.DatabaseArn, custom.TableArn));
        Assert.Equal(("s3://b/ext/app/", "arn:aws:iam::111122223333:role/p"), (custom.ProviderLocation, custom.ProviderRoleArn));
        Assert.Null(custom.EventClasses);
        Assert.All(page.Items, s => Assert.Equal(s.Region, s.DataLakeRegion));
    }

    [Fact]
    public void The_created_custom_source_is_placed_in_the_Region_called()
    {
        var source = SecurityLakeResponses.CreatedCustomLogSource(Parse("""
            {"source":{"provider":{"location":"s3://b/ext/app/1.0/","roleArn":"arn:aws:iam::123456789012:role/AmazonSecurityLake-Provider-app-us-east-1"},"sourceName":"app","sourceVersion":"1.0"}}
            """), "us-east-1")!;

        Assert.Equal(("app", "1.0", "us-east-1", "Custom"), (source.SourceName, source.SourceVersion, source.Region, source.Kind));
        Assert.Equal("s3://b/ext/app/1.0/", source.ProviderLocation);
        Assert.Null(SecurityLakeResponses.CreatedCustomLogSource(Parse("{}"), "us-east-1"));
    }

    [Theory]
    [InlineData("""{"attributes":{"crawlerArn":"arn:aws:glue:us-east-1:210987654321:crawler/app"},"provider":{"roleArn":"arn:aws:iam::123456789012:role/p"}}""", "210987654321")]
    [InlineData("""{"provider":{"roleArn":"arn:aws:iam::123456789012:role/p"}}""", "123456789012")]
    [InlineData("""{"attributes":{"crawlerArn":"arn:aws:glue:us-east-1::crawler/app"},"provider":{"roleArn":"not-an-arn"}}""", null)]
    [InlineData("""{"sourceName":"app"}""", null)]
    public void The_created_custom_source_has_the_account_its_crawler_or_provider_role_is_in(string source, string? account) =>
        Assert.Equal(account, SecurityLakeResponses.CreatedCustomLogSource(Parse($$"""{"source":{{source}}}"""), "us-east-1")!.AccountId);

    [Fact]
    public void GetDataLakeSources_gives_each_account_and_source_with_its_statuses()
    {
        var page = SecurityLakeResponses.DataLakeSourcePage(Parse("""
            {"dataLakeArn":"arn:aws:securitylake:us-east-1:123456789012:data-lake/default","dataLakeSources":[
              {"account":"111122223333","sourceName":"VPC_FLOW","sourceStatuses":[{"resource":"s3://b/aws/VPC_FLOW/","status":"COLLECTING"}]},
              {"account":"123456789012","eventClasses":["FILE_ACTIVITY"],"sourceName":"app","sourceStatuses":[
                {"resource":"s3://b/ext/app/","status":"MISCONFIGURED"},{"resource":"s3://b/ext/app/2/","status":"COLLECTING"},{"status":"COLLECTING"}]},
              {"account":"444455556666","sourceName":"ROUTE53"}]}
            """), "us-east-1");

        Assert.Null(page.NextToken);
        Assert.Equal(["111122223333 VPC_FLOW COLLECTING", "123456789012 app MISCONFIGURED,COLLECTING", "444455556666 ROUTE53 "],
            page.Items.Select(s => $"{s.AccountId} {s.SourceName} {s.Status}"));
        Assert.All(page.Items, s => Assert.Equal(("us-east-1", "arn:aws:securitylake:us-east-1:123456789012:data-lake/default"), (s.Region, s.DataLakeArn)));
        Assert.Equal(["FILE_ACTIVITY"], page.Items[1].EventClasses!);
        Assert.Equal("s3://b/aws/VPC_FLOW/", page.Items[0].Statuses.Single().Resource);
        Assert.Empty(page.Items[2].Statuses);
    }
}
