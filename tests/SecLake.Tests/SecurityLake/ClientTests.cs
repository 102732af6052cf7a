using System.Net;
using SecLake.Aws;
using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.SecurityLake;

/// <summary>The client over a scripted invoker: workflows, paging, tag reconciliation and pass-through of errors.</summary>
public sealed class ClientTests
{
    private const string Id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private readonly ScriptedInvoker _invoker = new();
    private readonly SecurityLakeClient _client;

    public ClientTests() => _client = new SecurityLakeClient(_invoker, "us-east-1");

    private static string LakeJson(string region, string status = "COMPLETED") =>
        $$$"""{"region":"{{{region}}}","dataLakeArn":"{{{ArnOf(region)}}}","createStatus":"{{{status}}}"}""";

    private static string Lakes(params string[] lakes) => $$$"""{"dataLakes":[{{{string.Join(",", lakes)}}}]}""";

    private static string SubscriberJson(string id) => $$$"""{"subscriberId":"{{{id}}}","subscriberArn":"arn:aws:securitylake:us-east-1:123456789012:subscriber/{{{id}}}","subscriberName":"n","sources":[]}""";

    [Fact]
    public async Task New_data_lake_request_lists_creates_updates_retags_and_reads_back()
    {
        var spec = Spec("us-east-1", "eu-west-1");
        spec.AllRegions.EncryptionKey = "k";
        spec.AllRegions.TagsMap = Tags("team", "sec");
        _invoker
            .On("ListDataLakes", Lakes(LakeJson("eu-west-1")))
            .On("CreateDataLake", Lakes(LakeJson("us-east-1", "INITIALIZED")))
            .On("UpdateDataLake", Lakes(LakeJson("eu-west-1")))
            .On("ListTagsForResource", """{"tags":[{"key":"old","value":"x"}]}""")
            .On("UntagResource", "{}")
            .On("TagResource", "{}")
            .On("ListDataLakes", Lakes(LakeJson("eu-west-1"), LakeJson("us-east-1", "INITIALIZED")))
            .On("ListTagsForResource", """{"tags":[{"key":"team","value":"sec"}]}""")
            .On("ListTagsForResource", """{"tags":[{"key":"team","value":"sec"}]}""");

        var plan = await _client.PlanDataLakesAsync(spec, DataLakePlanMode.CreateOrUpdate);
        var lakes = await _client.ApplyDataLakePlanAsync(plan);

        Assert.Equal(
            ["ListDataLakes", "CreateDataLake", "UpdateDataLake", "ListTagsForResource", "UntagResource", "TagResource", "ListDataLakes", "ListTagsForResource", "ListTagsForResource"],
            _invoker.Operations);
        Assert.Equal("regions=us-east-1&regions=eu-west-1", _invoker.Requests[0].QueryString());
        Assert.Equal($$$"""{"configurations":[{"encryptionConfiguration":{"kmsKeyId":"k"},"region":"us-east-1"}],"metaStoreManagerRoleArn":"{{{Role}}}","tags":[{"key":"team","value":"sec"}]}""", _invoker.Requests[1].Body());
        Assert.Equal("tagKeys=old", _invoker.Requests[4].QueryString());
        Assert.Equal("""{"tags":[{"key":"team","value":"sec"}]}""", _invoker.Requests[5].Body());
        Assert.Equal(["us-east-1", "eu-west-1"], lakes.Select(l => l.Region));
        Assert.All(lakes, l => Assert.Equal("sec", l.Tags!["team"]));
        Assert.Equal("INITIALIZED", lakes[0].CreateStatus);
    }

    [Fact]
    public async Task Setting_tags_sends_only_the_differences()
    {
        _invoker
            .On("ListTagsForResource", """{"tags":[{"key":"a","value":"1"},{"key":"b","value":"2"},{"key":"c","value":"3"}]}""")
            .On("UntagResource", "{}")
            .On("TagResource", "{}");

        await _client.SetTagsAsync(ArnOf("us-east-1"), new SortedDictionary<string, string> { ["a"] = "1", ["b"] = "9", ["d"] = "4" });

        Assert.Equal(["ListTagsForResource", "UntagResource", "TagResource"], _invoker.Operations);
        Assert.Equal("tagKeys=c", _invoker.Requests[1].QueryString());
        Assert.Equal("""{"tags":[{"key":"b","value":"9"},{"key":"d","value":"4"}]}""", _invoker.Requests[2].Body());
    }

    [Fact]
    public async Task Setting_the_tags_a_resource_already_has_sends_nothing_more()
    {
        _invoker.On("ListTagsForResource", """{"tags":[{"key":"a","value":"1"}]}""");
        await _client.SetTagsAsync(ArnOf("us-east-1"), new SortedDictionary<string, string> { ["a"] = "1" });
        Assert.Equal(["ListTagsForResource"], _invoker.Operations);
    }

    [Fact]
    public async Task Tags_are_listed_one_object_per_tag_sorted_by_key()
    {
        _invoker.On("ListTagsForResource", """{"tags":[{"key":"team","value":"sec"},{"key":"env","value":""}]}""");

        var tags = await _client.ListTagsForResourceAsync(ArnOf("us-east-1"));

        Assert.Equal(["env=", "team=sec"], tags.Select(t => t.ToString()));
        Assert.All(tags, t => Assert.Equal(ArnOf("us-east-1"), t.ResourceArn));
    }

    [Fact]
    public async Task Get_returns_data_lakes_in_the_order_asked_with_tags_unless_told_not_to()
    {
        _invoker
            .On("ListDataLakes", Lakes(LakeJson("us-east-1"), LakeJson("eu-west-1")))
            .On("ListTagsForResource", """{"tags":[]}""")
            .On("ListTagsForResource", """{"tags":[{"key":"k","value":"v"}]}""")
            .On("ListDataLakes", Lakes(LakeJson("us-east-1")));

        var lakes = await _client.GetDataLakesAsync(["EU-WEST-1", "us-east-1"]);
        var untagged = await _client.GetDataLakesAsync(includeTags: false);

        Assert.Equal(["eu-west-1", "us-east-1"], lakes.Select(l => l.Region));
        Assert.Equal("/v1/tags/" + UriLabel.Encode(ArnOf("eu-west-1")), _invoker.Requests[1].Path);
        Assert.Empty(lakes[0].Tags!);
        Assert.Equal("v", lakes[1].Tags!["k"]);
        Assert.Null(Assert.Single(untagged).Tags);
        Assert.Equal("", _invoker.Requests[3].QueryString());
    }

    [Fact]
    public async Task Delete_checks_the_Regions_then_posts_them()
    {
        _invoker.On("DeleteDataLake", "{}");

        var error = await Assert.ThrowsAsync<InputValidationException>(() => _client.DeleteDataLakeAsync(["us-east-1", "nowhere-1"]));
        await _client.DeleteDataLakeAsync(["US-EAST-1", "eu-west-1", "us-east-1"]);

        Assert.Equal("DataLakeRegion", error.ParamName);
        Assert.Equal("""{"regions":["us-east-1","eu-west-1"]}""", Assert.Single(_invoker.Requests).Body());
        await Assert.ThrowsAsync<InputValidationException>(() => _client.DeleteDataLakeAsync([]));
    }

    [Fact]
    public async Task Create_subscriber_maps_sends_and_parses()
    {
        _invoker.On("CreateSubscriber", $$$"""{"subscriber":{{{SubscriberJson(Id)}}}}""");

        var subscriber = await _client.CreateSubscriberAsync(new SubscriberSpec
        {
            AccountId = "123456789012",
            ExternalId = "ext-1",
            AwsSourceTypes = ["CLOUD_TRAIL", "VPC_FLOW"],
            SubscriberName = "auditors",
            AccessTypes = ["S3"],
        });

        Assert.Equal(Id, subscriber.SubscriptionId);
        Assert.Equal(
            """{"accessTypes":["S3"],"sources":[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT"}},{"awsLogSource":{"sourceName":"VPC_FLOW"}}],"subscriberIdentity":{"externalId":"ext-1","principal":"123456789012"},"subscriberName":"auditors"}""",
            Assert.Single(_invoker.Requests).Body());
    }

    [Fact]
    public async Task A_refused_subscriber_sends_nothing()
    {
        await Assert.ThrowsAsync<InputValidationException>(() =>
            _client.CreateSubscriberAsync(new SubscriberSpec { AccountId = "12345", ExternalId = "ext-1", AwsSourceTypes = ["WAF"], SubscriberName = "n" }));
        await Assert.ThrowsAsync<InputValidationException>(() => _client.GetSubscriberAsync("not-a-uuid"));
        await Assert.ThrowsAsync<InputValidationException>(() => _client.DeleteSubscriberAsync(""));
        Assert.Empty(_invoker.Requests);
    }

    [Fact]
    public async Task Get_update_and_delete_subscriber_address_it_by_id()
    {
        _invoker
            .On("GetSubscriber", $$$"""{"subscriber":{{{SubscriberJson(Id)}}}}""")
            .On("UpdateSubscriber", $$$"""{"subscriber":{{{SubscriberJson(Id)}}}}""")
            .On("DeleteSubscriber", "{}");

        Assert.Equal(Id, (await _client.GetSubscriberAsync(Id)).SubscriberId);
        Assert.Equal(Id, (await _client.UpdateSubscriberAsync(new SubscriberUpdateSpec { SubscriptionId = Id, SubscriberDescription = "d" })).SubscriberId);
        await _client.DeleteSubscriberAsync(Id);

        Assert.Equal(
            ["GET /v1/subscribers/" + Id, "PUT /v1/subscribers/" + Id, "DELETE /v1/subscribers/" + Id],
            _invoker.Requests.Select(r => r.Method + " " + r.Path));
    }

    [Fact]
    public async Task A_response_without_its_subscriber_is_an_error()
    {
        _invoker.On("GetSubscriber", "{}");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _client.GetSubscriberAsync(Id));
        Assert.Equal("The GetSubscriber response has no subscriber.", error.Message);
    }

    [Fact]
    public async Task Listing_subscribers_follows_nextToken_to_the_end()
    {
        _invoker
            .On("ListSubscribers", $$$"""{"subscribers":[{{{SubscriberJson("a")}}},{{{SubscriberJson("b")}}}],"nextToken":"t1"}""")
            .On("ListSubscribers", $$$"""{"subscribers":[],"nextToken":"t2"}""")
            .On("ListSubscribers", $$$"""{"subscribers":[{{{SubscriberJson("c")}}}]}""");

        var all = await _client.ListSubscribersAsync(pageSize: 2);

        Assert.Equal(["a", "b", "c"], all.Select(s => s.SubscriberId));
        Assert.Equal(["maxResults=2", "maxResults=2&nextToken=t1", "maxResults=2&nextToken=t2"], _invoker.Requests.Select(r => r.QueryString()));
    }

    [Fact]
    public async Task A_repeated_nextToken_stops_paging()
    {
        _invoker
            .On("ListSubscribers", """{"subscribers":[],"nextToken":"same"}""")
            .On("ListSubscribers", """{"subscribers":[],"nextToken":"same"}""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _client.ListSubscribersAsync());
        Assert.Equal("ListSubscribers returned the next token 'same' twice; stopping to avoid an endless loop.", error.Message);
        Assert.Equal(2, _invoker.Requests.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_page_size_outside_the_model_is_refused(int size)
    {
        var error = await Assert.ThrowsAsync<InputValidationException>(() => _client.ListSubscribersPageAsync(size));
        RefusalAssert.Is(error, "MaxResults", $"MaxResults is {size}; it must be 1 to 100.");
        Assert.Empty(_invoker.Requests);
    }

    [Fact]
    public async Task Tag_operations_check_the_ARN_and_keys_first()
    {
        var badArn = await Assert.ThrowsAsync<InputValidationException>(() => _client.TagResourceAsync("arn:aws:s3:::bucket", new Dictionary<string, string> { ["k"] = "v" }));
        var tooMany = await Assert.ThrowsAsync<InputValidationException>(() => _client.UntagResourceAsync(ArnOf("us-east-1"), Enumerable.Range(0, 51).Select(i => "k" + i)));
        var emptyKey = await Assert.ThrowsAsync<InputValidationException>(() => _client.UntagResourceAsync(ArnOf("us-east-1"), [""]));

        RefusalAssert.Is(badArn, "ResourceArn", $"ResourceArn 'arn:aws:s3:::bucket' is not valid: {SecurityLakeConstraints.AmazonResourceNameRule}.");
        RefusalAssert.Is(tooMany, "TagKey", "TagKey has 51 keys; at most 50 are allowed.");
        RefusalAssert.Is(emptyKey, "TagKey", "TagKey: the key '' has 0 characters; a tag key must have 1 to 128.");
        Assert.Empty(_invoker.Requests);
    }

    [Fact]
    public async Task Service_errors_pass_through_unchanged()
    {
        var thrown = new ResourceNotFoundException(new ServiceErrorResponse("ResourceNotFoundException", "no such subscriber", "r-1", HttpStatusCode.NotFound, """{"resourceName":"s","resourceType":"Subscriber"}""", null));
        _invoker.Throw("GetSubscriber", thrown);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => _client.GetSubscriberAsync(Id));
        Assert.Same(thrown, error);
    }

    [Fact]
    public void The_client_Region_is_normalized()
    {
        var client = new SecurityLakeClient(_invoker, " US-GOV-WEST-1 ");
        Assert.Equal("us-gov-west-1", client.Region);
        Assert.Null(new SecurityLakeClient(_invoker).Region);
    }
}
