using System.Collections.Concurrent;
using SecLake.Aws;
using SecLake.Emulator;
using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The Security Lake client through the real AWS SDK pipeline (credentials, SigV4, retries, endpoint override)
/// against the in-process emulator: the documented workflows, what goes on the wire, and errors coming back.
/// </summary>
public sealed class SecurityLakeEndToEndTests(ShortDelaysFixture emulator) : SharedEmulatorTests<ShortDelaysFixture>(emulator)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly ConcurrentQueue<RequestTrace> _traces = new();

    // HTTP attempts only: the retry loop's decisions go to the same -Verbose stream.
    private SecurityLakeClient Connect(string region = EmulatorFixture.Region) => Emulator.ConnectSecurityLake(region, t => { if (t.IsAttempt) _traces.Enqueue(t); });

    private IEnumerable<RecordedRequest> Sent(string operation) => Emulator.Host.Requests.Where(r => r.Operation == operation);

    private static async Task<IReadOnlyList<DataLake>> CreateOrUpdateAsync(SecurityLakeClient client, DataLakeRequestSpec spec)
    {
        var plan = await client.PlanDataLakesAsync(spec, DataLakePlanMode.CreateOrUpdate);
        await client.ApplyDataLakePlanAsync(plan);
        await client.WaitForDataLakesAsync(plan.RegionsToCreate.Concat(plan.RegionsToUpdate), Poll, Patience);
        return await client.GetDataLakesAsync(plan.Regions);
    }

    [Fact]
    public async Task The_documented_example_creates_two_data_lakes_and_running_it_again_updates_them()
    {
        var client = Connect();
        var spec = Spec("us-east-1", "eu-west-1");
        spec.AllRegions.RetentionSettings = Retention(Ht("retentionPeriod", 365, "storageClass", "GLACIER"), Ht("retentionPeriod", 3650, "storageClass", "EXPIRE"));

        var plan = await client.PlanDataLakesAsync(spec, DataLakePlanMode.CreateOrUpdate);
        var created = await client.ApplyDataLakePlanAsync(plan);
        Assert.Equal(["us-east-1", "eu-west-1"], plan.RegionsToCreate);
        Assert.All(created, l => Assert.Equal("INITIALIZED", l.CreateStatus));

        var completed = await client.WaitForDataLakesAsync(["us-east-1", "eu-west-1"], Poll, Patience);
        Assert.All(completed, l => Assert.Equal("COMPLETED", l.CreateStatus));
        Assert.All(completed, l => Assert.Equal(["GLACIER after 365 days", "EXPIRE after 3650 days"], l.RetentionSettings!.Select(r => r.ToString())));
        Assert.Single(Sent("CreateDataLake"));

        spec.AllRegions.RetentionSettings = null;
        spec.AllRegions.EncryptionKey = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        var again = await client.PlanDataLakesAsync(spec, DataLakePlanMode.CreateOrUpdate);
        Assert.Empty(again.Creates);
        Assert.Equal(["us-east-1", "eu-west-1"], again.RegionsToUpdate);

        await client.ApplyDataLakePlanAsync(again);
        var updated = await client.WaitForDataLakesAsync(["us-east-1", "eu-west-1"], Poll, Patience);
        Assert.All(updated, l => Assert.Equal("COMPLETED", l.UpdateStatus));
        Assert.All(updated, l => Assert.Equal(spec.AllRegions.EncryptionKey, l.EncryptionKey));
        // The update changed only the key: the retention set at creation is still there.
        Assert.All(updated, l => Assert.Equal(["GLACIER after 365 days", "EXPIRE after 3650 days"], l.RetentionSettings!.Select(r => r.ToString())));
        Assert.Single(Sent("CreateDataLake"));
    }

    [Fact]
    public async Task Each_data_lake_ends_with_exactly_its_own_tags()
    {
        var client = Connect();
        var spec = Spec("us-east-1", "eu-west-1", "us-west-2");
        spec.AllRegions.TagsMap = Tags("team", "sec");
        spec.Configurations = Config("eu-west-1", Ht("tagsMap", Ht("team", "eu", "extra", "1")));

        var lakes = await CreateOrUpdateAsync(client, spec);

        Assert.Equal(2, Sent("CreateDataLake").Count());
        Assert.Equal(["team=sec", "extra=1,team=eu", "team=sec"], lakes.Select(TagText));

        var retag = Spec("us-east-1", "eu-west-1", "us-west-2");
        retag.AllRegions.TagsMap = Tags("team", "blue");
        retag.Configurations = Config("us-west-2", Ht("tagsMap", Ht()));
        lakes = await CreateOrUpdateAsync(client, retag);

        Assert.Equal(["team=blue", "team=blue", ""], lakes.Select(TagText));
        Assert.Empty(Sent("UpdateDataLake"));
    }

    private static string TagText(DataLake lake) => string.Join(",", lake.Tags!.Select(t => t.Key + "=" + t.Value));

    [Fact]
    public async Task Requests_on_the_wire_are_the_GA_shapes_signed_for_securitylake()
    {
        var client = Connect();
        var spec = Spec("us-east-1", "eu-west-1");
        spec.AllRegions.RetentionSettings = Retention(Ht("retentionPeriod", 30, "storageClass", "EXPIRE"));
        var plan = await client.PlanDataLakesAsync(spec, DataLakePlanMode.CreateOrUpdate);
        await client.ApplyDataLakePlanAsync(plan);
        await client.UntagResourceAsync(ArnOf("us-east-1"), ["a", "b c"]);

        var list = Sent("ListDataLakes").First();
        // The SDK writes a repeated query parameter's values in sorted order; the list's order carries no meaning.
        Assert.Equal(("GET", "/v1/datalakes", "regions=eu-west-1&regions=us-east-1"), (list.Method, list.Path, list.QueryString));
        Assert.False(list.Headers.ContainsKey("content-type"), "a body-less request must carry no Content-Type");

        var create = Sent("CreateDataLake").Single();
        Assert.Equal(("POST", "/v1/datalake"), (create.Method, create.Path));
        Assert.Equal(SecurityLakeRequests.CreateDataLake(plan.Creates[0]).Body(), create.Body);
        Assert.Equal("application/json", create.Headers["content-type"]);
        Assert.Equal(("securitylake", "us-east-1"), (create.Service, create.Region));
        Assert.Contains("/us-east-1/securitylake/aws4_request", create.Headers["authorization"]);
        Assert.Contains("x-amz-date", create.SignedHeaders);

        var untag = Sent("UntagResource").Single();
        Assert.Equal("/v1/tags/arn%3Aaws%3Asecuritylake%3Aus-east-1%3A123456789012%3Adata-lake%2Fdefault", untag.Path);
        Assert.Equal("tagKeys=a&tagKeys=b%20c", untag.QueryString);
        Assert.All(Emulator.Host.Requests, r => Assert.Equal(200, r.StatusCode));
    }

    [Fact]
    public async Task A_subscriber_goes_through_its_whole_life_in_the_documented_vocabulary()
    {
        var client = Connect();
        await CreateOrUpdateAsync(client, Spec("us-east-1"));

        var created = await client.CreateSubscriberAsync(new SubscriberSpec
        {
            AccountId = "210987654321",
            ExternalId = "ext-1",
            AwsSourceTypes = ["CLOUD_TRAIL", "VPC_FLOW"],
            SubscriberName = "auditors",
            AccessTypes = ["S3"],
            SubscriberDescription = "Audit team",
            Tags = Tags("team", "audit"),
        });
        Assert.Matches(SecurityLakeConstraints.UuidPattern, created.SubscriptionId);
        Assert.Equal(created.SubscriberId, created.SubscriptionId);
        Assert.StartsWith("arn:aws:iam::123456789012:role/", created.RoleArn);
        Assert.StartsWith("arn:aws:s3:::aws-security-data-lake-us-east-1-", created.S3BucketArn);
        Assert.Equal(["CLOUD_TRAIL_MGMT", "VPC_FLOW"], created.Sources.Select(s => s.AwsSourceType));
        Assert.Equal(("210987654321", "ext-1", "ACTIVE"), (created.AccountId, created.ExternalId, created.Status));
        Assert.Equal(DateTimeKind.Utc, created.CreatedAt!.Value.Kind);
        Assert.Contains("\"sourceName\":\"CLOUD_TRAIL_MGMT\"", Sent("CreateSubscriber").Single().Body);
        Assert.Equal(["team=audit"], (await client.ListTagsForResourceAsync(created.SubscriberArn)).Select(t => t.ToString()));

        Assert.Equal("auditors", (await client.GetSubscriberAsync(created.SubscriptionId)).SubscriberName);
        var updated = await client.UpdateSubscriberAsync(new SubscriberUpdateSpec { SubscriptionId = created.SubscriptionId, SubscriberName = "auditors-eu", CustomSourceTypes = ["app-logs"] });
        Assert.Equal("auditors-eu", updated.SubscriberName);
        Assert.Equal(["app-logs"], updated.Sources.Select(s => s.CustomSourceType));

        await client.DeleteSubscriberAsync(created.SubscriptionId);
        var gone = await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.GetSubscriberAsync(created.SubscriptionId));
        Assert.Equal(404, (int)gone.StatusCode);
        Assert.False(string.IsNullOrEmpty(gone.RequestId));
        var description = ServiceErrorMapper.Describe(gone);
        Assert.Equal(("ResourceNotFoundException", ErrorKind.ObjectNotFound), (description.ErrorId, description.Kind));
        Assert.Contains(gone.RequestId, description.Message);
    }

    [Fact]
    public async Task Listing_subscribers_pages_to_the_end()
    {
        var client = Connect();
        await CreateOrUpdateAsync(client, Spec("us-east-1"));
        for (var i = 0; i < 5; i++)
            await client.CreateSubscriberAsync(new SubscriberSpec { AccountId = "210987654321", ExternalId = "ext-" + i, AwsSourceTypes = ["WAF"], SubscriberName = "s" + i });

        var all = await client.ListSubscribersAsync(pageSize: 2);

        Assert.Equal(["s0", "s1", "s2", "s3", "s4"], all.Select(s => s.SubscriberName).OrderBy(n => n));
        Assert.Equal(3, Sent("ListSubscribers").Count());
        Assert.Equal("maxResults=2", Sent("ListSubscribers").First().QueryString);
    }

    [Fact]
    public async Task Service_errors_come_back_typed_with_the_modeled_members()
    {
        var client = Connect();
        var notEnabled = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            client.UpdateDataLakeAsync(new UpdateDataLakeInput([new DataLakeConfiguration("eu-west-1")], null)));
        Assert.Equal((ArnOf("eu-west-1"), "DataLake"), (notEnabled.ResourceName, notEnabled.ResourceType));

        await client.CreateDataLakeAsync(new CreateDataLakeInput([new DataLakeConfiguration("us-east-1")], Role, null));
        var conflict = await Assert.ThrowsAsync<ConflictException>(() =>
            client.CreateDataLakeAsync(new CreateDataLakeInput([new DataLakeConfiguration("us-east-1")], Role, null)));
        Assert.Equal(ErrorKind.ResourceBusy, conflict.Kind);
        Assert.Equal(ArnOf("us-east-1"), conflict.ResourceName);
    }

    [Fact]
    public async Task Throttling_is_retried()
    {
        Emulator.Host.Faults.Add("securitylake", "ListDataLakes", Fault.Throttling(retryAfterSeconds: 0), count: 1);
        await Connect().ListDataLakesAsync();
        Assert.Equal(new int?[] { 429, 200 }, _traces.Where(t => t.Operation == "ListDataLakes").Select(t => t.StatusCode));
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_carries_Retry_After()
    {
        Emulator.Host.Faults.Add("securitylake", "ListDataLakes", Fault.Throttling(retryAfterSeconds: 1), count: 20);
        var e = await Assert.ThrowsAsync<ThrottlingException>(() => Connect().ListDataLakesAsync());
        Assert.Equal(1, e.RetryAfterSeconds);
        Assert.Equal(ErrorKind.LimitsExceeded, ServiceErrorMapper.Describe(e).Kind);
        Assert.True(_traces.Count(t => t.Operation == "ListDataLakes") > 1, "throttling is retried");
    }

    [Fact]
    public async Task The_service_specific_endpoint_variable_is_honoured()
    {
        var settings = Emulator.Settings();
        settings.EndpointUrl = null;
        settings.Environment = name => name == "AWS_ENDPOINT_URL_SECURITYLAKE" ? Emulator.Endpoint.ToString() : null;

        var client = SecurityLakeService.Connect(settings, null);
        await client.ListDataLakesAsync();

        Assert.Equal("AWS_ENDPOINT_URL_SECURITYLAKE", client.Connection!.EndpointSource);
        Assert.Single(Sent("ListDataLakes"));
    }

    [Fact]
    public async Task EnableAll_in_GovCloud_enables_both_GovCloud_Regions()
    {
        var client = Connect("us-gov-west-1");
        var lakes = await CreateOrUpdateAsync(client, new DataLakeRequestSpec { EnableAll = true, MetaStoreManagerRoleArn = "arn:aws-us-gov:iam::123456789012:role/MetaStore" });
        Assert.Equal(["us-gov-east-1", "us-gov-west-1"], lakes.Select(l => l.Region));
        Assert.Equal("us-gov-west-1", Sent("CreateDataLake").Single().Region);
    }

    [Fact]
    public async Task Deleting_data_lakes_removes_them()
    {
        var client = Connect();
        await CreateOrUpdateAsync(client, Spec("us-east-1", "eu-west-1"));
        await client.DeleteDataLakeAsync(["eu-west-1"]);
        Assert.Equal(["us-east-1"], (await client.ListDataLakesAsync()).Select(l => l.Region));
        Assert.Equal("""{"regions":["eu-west-1"]}""", Sent("DeleteDataLake").Single().Body);
    }
}
