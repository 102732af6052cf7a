using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.SecurityLake;

/// <summary>Each operation's request exactly as the GA model's http trait and member locations say.</summary>
public sealed class RequestBuilderTests
{
    private const string LakeArn = "arn:aws:securitylake:us-east-1:123456789012:data-lake/default";
    private const string EncodedLakeArn = "arn%3Aaws%3Asecuritylake%3Aus-east-1%3A123456789012%3Adata-lake%2Fdefault";
    private const string SubscriberId = "0f8fad5b-d9cb-469f-a165-70867728950e";

    [Fact]
    public void CreateDataLake_posts_configurations_role_and_tags()
    {
        var input = new CreateDataLakeInput(
            new[]
            {
                new DataLakeConfiguration("us-east-1")
                {
                    EncryptionConfiguration = new DataLakeEncryptionConfiguration { KmsKeyId = "alias/lake" },
                    LifecycleConfiguration = new DataLakeLifecycleConfiguration
                    {
                        ExpirationDays = 3650,
                        Transitions = new[] { new DataLakeLifecycleTransition(365, "GLACIER") },
                    },
                    ReplicationConfiguration = new DataLakeReplicationConfiguration { Regions = new[] { "us-west-2" }, RoleArn = Role },
                },
                new DataLakeConfiguration("eu-west-1"),
            },
            Role,
            new SortedDictionary<string, string> { ["team"] = "sec", ["env"] = "prod" });

        SecurityLakeRequests.CreateDataLake(input).AssertIs("CreateDataLake", "POST", "/v1/datalake", "",
            """{"configurations":[{"encryptionConfiguration":{"kmsKeyId":"alias/lake"},"lifecycleConfiguration":{"expiration":{"days":3650},"transitions":[{"days":365,"storageClass":"GLACIER"}]},"region":"us-east-1","replicationConfiguration":{"regions":["us-west-2"],"roleArn":"arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager"}},{"region":"eu-west-1"}],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager","tags":[{"key":"env","value":"prod"},{"key":"team","value":"sec"}]}""");
    }

    [Fact]
    public void CreateDataLake_without_tags_omits_them()
    {
        var input = new CreateDataLakeInput(new[] { new DataLakeConfiguration("us-east-1") }, Role, null);
        Assert.Equal(
            """{"configurations":[{"region":"us-east-1"}],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager"}""",
            SecurityLakeRequests.CreateDataLake(input).Body());
    }

    [Fact]
    public void UpdateDataLake_puts_configurations_and_omits_an_unset_role()
    {
        var input = new UpdateDataLakeInput(new[] { new DataLakeConfiguration("us-east-1") { EncryptionConfiguration = new DataLakeEncryptionConfiguration { KmsKeyId = "S3_MANAGED_KEY" } } }, null);
        SecurityLakeRequests.UpdateDataLake(input).AssertIs("UpdateDataLake", "PUT", "/v1/datalake", "",
            """{"configurations":[{"encryptionConfiguration":{"kmsKeyId":"S3_MANAGED_KEY"},"region":"us-east-1"}]}""");
    }

    [Fact]
    public void UpdateDataLake_sends_the_role_when_given()
    {
        var input = new UpdateDataLakeInput(new[] { new DataLakeConfiguration("us-east-1") }, Role);
        Assert.Equal(
            """{"configurations":[{"region":"us-east-1"}],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager"}""",
            SecurityLakeRequests.UpdateDataLake(input).Body());
    }

    [Fact]
    public void DeleteDataLake_posts_the_regions() =>
        SecurityLakeRequests.DeleteDataLake(new[] { "us-east-1", "eu-west-1" }).AssertIs("DeleteDataLake", "POST", "/v1/datalake/delete", "",
            """{"regions":["us-east-1","eu-west-1"]}""");

    [Fact]
    public void ListDataLakes_repeats_the_regions_query_parameter() =>
        SecurityLakeRequests.ListDataLakes(new[] { "us-east-1", "eu-west-1" }).AssertIs("ListDataLakes", "GET", "/v1/datalakes",
            "regions=us-east-1&regions=eu-west-1", null);

    [Fact]
    public void ListDataLakes_without_regions_has_no_query() =>
        SecurityLakeRequests.ListDataLakes(null).AssertIs("ListDataLakes", "GET", "/v1/datalakes", "", null);

    [Fact]
    public void CreateSubscriber_posts_identity_sources_and_the_rest()
    {
        var input = new CreateSubscriberInput("123456789012", "ext-1",
            new[] { SourceType.Aws("CLOUD_TRAIL_MGMT"), SourceType.Aws("VPC_FLOW", "2.0"), SourceType.Custom("app-logs", "1.0") }, "auditors")
        {
            AccessTypes = new[] { "S3" },
            SubscriberDescription = "Audit team",
            Tags = new SortedDictionary<string, string> { ["team"] = "audit" },
        };
        SecurityLakeRequests.CreateSubscriber(input).AssertIs("CreateSubscriber", "POST", "/v1/subscribers", "",
            """{"accessTypes":["S3"],"sources":[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT"}},{"awsLogSource":{"sourceName":"VPC_FLOW","sourceVersion":"2.0"}},{"customLogSource":{"sourceName":"app-logs","sourceVersion":"1.0"}}],"subscriberDescription":"Audit team","subscriberIdentity":{"externalId":"ext-1","principal":"123456789012"},"subscriberName":"auditors","tags":[{"key":"team","value":"audit"}]}""");
    }

    [Fact]
    public void CreateSubscriber_omits_unset_members()
    {
        var input = new CreateSubscriberInput("123456789012", "ext-1", new[] { SourceType.Aws("ROUTE53") }, "");
        Assert.Equal(
            """{"sources":[{"awsLogSource":{"sourceName":"ROUTE53"}}],"subscriberIdentity":{"externalId":"ext-1","principal":"123456789012"},"subscriberName":""}""",
            SecurityLakeRequests.CreateSubscriber(input).Body());
    }

    [Fact]
    public void GetSubscriber_gets_by_id_in_the_path() =>
        SecurityLakeRequests.GetSubscriber(SubscriberId).AssertIs("GetSubscriber", "GET", "/v1/subscribers/" + SubscriberId, "", null);

    [Fact]
    public void ListSubscribers_sends_paging_in_the_query() =>
        SecurityLakeRequests.ListSubscribers(25, "tok/en==").AssertIs("ListSubscribers", "GET", "/v1/subscribers",
            "maxResults=25&nextToken=tok/en==", null);

    [Fact]
    public void ListSubscribers_without_paging_has_no_query() =>
        SecurityLakeRequests.ListSubscribers(null, null).AssertIs("ListSubscribers", "GET", "/v1/subscribers", "", null);

    [Fact]
    public void UpdateSubscriber_puts_only_the_given_members()
    {
        var input = new UpdateSubscriberInput(SubscriberId) { SubscriberName = "renamed" };
        SecurityLakeRequests.UpdateSubscriber(input).AssertIs("UpdateSubscriber", "PUT", "/v1/subscribers/" + SubscriberId, "",
            """{"subscriberName":"renamed"}""");
    }

    [Fact]
    public void UpdateSubscriber_with_everything()
    {
        var input = new UpdateSubscriberInput(SubscriberId)
        {
            Principal = "123456789012",
            ExternalId = "ext-2",
            Sources = new[] { SourceType.Aws("S3_DATA") },
            SubscriberName = "n",
            SubscriberDescription = "d",
        };
        Assert.Equal(
            """{"sources":[{"awsLogSource":{"sourceName":"S3_DATA"}}],"subscriberDescription":"d","subscriberIdentity":{"externalId":"ext-2","principal":"123456789012"},"subscriberName":"n"}""",
            SecurityLakeRequests.UpdateSubscriber(input).Body());
    }

    [Fact]
    public void DeleteSubscriber_deletes_by_id_without_body() =>
        SecurityLakeRequests.DeleteSubscriber(SubscriberId).AssertIs("DeleteSubscriber", "DELETE", "/v1/subscribers/" + SubscriberId, "", null);

    [Fact]
    public void TagResource_posts_tags_to_the_encoded_arn() =>
        SecurityLakeRequests.TagResource(LakeArn, new SortedDictionary<string, string> { ["a"] = "1", ["b"] = "" }).AssertIs(
            "TagResource", "POST", "/v1/tags/" + EncodedLakeArn, "", """{"tags":[{"key":"a","value":"1"},{"key":"b","value":""}]}""");

    [Fact]
    public void UntagResource_repeats_the_tagKeys_query_parameter() =>
        SecurityLakeRequests.UntagResource(LakeArn, new[] { "a", "b c" }).AssertIs("UntagResource", "DELETE", "/v1/tags/" + EncodedLakeArn,
            "tagKeys=a&tagKeys=b c", null);

    [Fact]
    public void ListTagsForResource_gets_the_encoded_arn() =>
        SecurityLakeRequests.ListTagsForResource(LakeArn).AssertIs("ListTagsForResource", "GET", "/v1/tags/" + EncodedLakeArn, "", null);
}
