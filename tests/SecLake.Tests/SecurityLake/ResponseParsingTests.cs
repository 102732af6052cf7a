using System.Text.Json;
using SecLake.SecurityLake;
using Xunit;

namespace SecLake.Tests.SecurityLake;

/// <summary>GA response bodies to SecLake models, by the model's member names.</summary>
public sealed class ResponseParsingTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private const string FullSubscriber = """
        {"subscriber":{
          "accessTypes":["LAKEFORMATION","S3"],
          "createdAt":"2024-03-01T12:34:56.789Z",
          "resourceShareArn":"arn:aws:ram:us-east-1:123456789012:resource-share/abc",
          "resourceShareName":"LakeFormation-V3-abc-share",
          "roleArn":"arn:aws:iam::123456789012:role/AmazonSecurityLake-Subscriber",
          "s3BucketArn":"arn:aws:s3:::aws-security-data-lake-us-east-1-abc",
          "sources":[
            {"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT","sourceVersion":"2.0"}},
            {"customLogSource":{"sourceName":"app","sourceVersion":"1.0","provider":{"roleArn":"arn:aws:iam::123456789012:role/p"}}},
            {"someFutureSource":{"sourceName":"x"}}
          ],
          "subscriberArn":"arn:aws:securitylake:us-east-1:123456789012:subscriber/0f8fad5b-d9cb-469f-a165-70867728950e",
          "subscriberDescription":"desc",
          "subscriberEndpoint":"https://example.com",
          "subscriberId":"0f8fad5b-d9cb-469f-a165-70867728950e",
          "subscriberIdentity":{"externalId":"ext-1","principal":"123456789012"},
          "subscriberName":"auditors",
          "subscriberStatus":"ACTIVE",
          "updatedAt":"2024-03-02T01:00:00+02:00"
        }}
        """;

    [Fact]
    public void Subscriber_keeps_the_documented_names_beside_the_GA_ones()
    {
        var s = SecurityLakeResponses.Subscriber(Parse(FullSubscriber))!;

        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", s.SubscriptionId);
        Assert.Equal(s.SubscriberId, s.SubscriptionId);
        Assert.Equal("arn:aws:iam::123456789012:role/AmazonSecurityLake-Subscriber", s.RoleArn);
        Assert.Equal("arn:aws:s3:::aws-security-data-lake-us-east-1-abc", s.S3BucketArn);
        Assert.Equal("arn:aws:securitylake:us-east-1:123456789012:subscriber/0f8fad5b-d9cb-469f-a165-70867728950e", s.SubscriberArn);
        Assert.Equal("arn:aws:ram:us-east-1:123456789012:resource-share/abc", s.ResourceShareArn);
        Assert.Equal("LakeFormation-V3-abc-share", s.ResourceShareName);
        Assert.Equal("ACTIVE", s.Status);
        Assert.Equal("123456789012", s.AccountId);
        Assert.Equal("ext-1", s.ExternalId);
        Assert.Equal("auditors", s.SubscriberName);
        Assert.Equal("desc", s.SubscriberDescription);
        Assert.Equal("https://example.com", s.SubscriberEndpoint);
        Assert.Equal(["LAKEFORMATION", "S3"], s.AccessTypes!);
        Assert.Equal(["CLOUD_TRAIL_MGMT 2.0", "app 1.0"], s.Sources.Select(x => x.ToString()));
        Assert.Equal("CLOUD_TRAIL_MGMT", s.Sources[0].AwsSourceType);
        Assert.Equal("app", s.Sources[1].CustomSourceType);
    }

    [Fact]
    public void Timestamps_are_UTC()
    {
        var s = SecurityLakeResponses.Subscriber(Parse(FullSubscriber))!;

        Assert.Equal(new DateTime(2024, 3, 1, 12, 34, 56, 789, DateTimeKind.Utc), s.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, s.CreatedAt!.Value.Kind);
        Assert.Equal(new DateTime(2024, 3, 1, 23, 0, 0, DateTimeKind.Utc), s.UpdatedAt);
        Assert.Equal(DateTimeKind.Utc, s.UpdatedAt!.Value.Kind);
    }

    [Fact]
    public void Epoch_seconds_are_read_too()
    {
        var s = SecurityLakeResponses.Subscriber(Parse("""{"subscriber":{"subscriberId":"i","subscriberArn":"a","createdAt":1709296496.5}}"""))!;
        Assert.Equal(new DateTime(2024, 3, 1, 12, 34, 56, 500, DateTimeKind.Utc), s.CreatedAt);
    }

    [Fact]
    public void A_minimal_subscriber_leaves_the_rest_null()
    {
        var s = SecurityLakeResponses.Subscriber(Parse("""{"subscriber":{"subscriberId":"i","subscriberArn":"a"}}"""))!;
        Assert.Null(s.CreatedAt);
        Assert.Null(s.AccessTypes);
        Assert.Null(s.AccountId);
        Assert.Empty(s.Sources);
        Assert.Null(SecurityLakeResponses.Subscriber(Parse("{}")));
    }

    [Fact]
    public void Subscriber_page_has_its_subscribers_and_token()
    {
        var page = SecurityLakeResponses.SubscriberPage(Parse("""{"nextToken":"t2","subscribers":[{"subscriberId":"a","subscriberArn":"x"},{"subscriberId":"b","subscriberArn":"y"}]}"""));
        Assert.Equal(["a", "b"], page.Items.Select(s => s.SubscriberId));
        Assert.Equal("t2", page.NextToken);
        Assert.Null(SecurityLakeResponses.SubscriberPage(Parse("{}")).NextToken);
    }

    [Fact]
    public void Data_lake_statuses_and_update_failure_are_read()
    {
        var lakes = SecurityLakeResponses.DataLakes(Parse("""
            {"dataLakes":[{"region":"eu-west-1","dataLakeArn":"arn:aws:securitylake:eu-west-1:123456789012:data-lake/default",
              "s3BucketArn":"arn:aws:s3:::aws-security-data-lake-eu-west-1-abc","createStatus":"COMPLETED",
              "updateStatus":{"status":"FAILED","requestId":"u-1","exception":{"code":"ValidationException","reason":"bad key"}}}]}
            """));

        var lake = Assert.Single(lakes);
        Assert.Equal("eu-west-1", lake.Region);
        Assert.Equal("arn:aws:securitylake:eu-west-1:123456789012:data-lake/default", lake.DataLakeArn);
        Assert.Equal("arn:aws:s3:::aws-security-data-lake-eu-west-1-abc", lake.S3BucketArn);
        Assert.Equal("COMPLETED", lake.CreateStatus);
        Assert.Equal("FAILED", lake.UpdateStatus);
        Assert.Equal("u-1", lake.UpdateRequestId);
        Assert.Equal("ValidationException", lake.UpdateExceptionCode);
        Assert.Equal("bad key", lake.UpdateExceptionReason);
        Assert.Null(lake.Tags);
    }

    [Fact]
    public void An_empty_data_lake_list_is_empty() => Assert.Empty(SecurityLakeResponses.DataLakes(Parse("{}")));

    [Fact]
    public void Tags_become_a_map_sorted_by_key()
    {
        var tags = SecurityLakeResponses.Tags(Parse("""{"tags":[{"key":"team","value":"sec"},{"key":"env","value":""}]}"""));
        Assert.Equal(["env", "team"], tags.Keys);
        Assert.Equal("", tags["env"]);
    }
}
