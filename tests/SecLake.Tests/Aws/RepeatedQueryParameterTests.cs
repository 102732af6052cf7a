using SecLake.Aws;
using SecLake.Emulator;
using SecLake.Qldb;
using SecLake.SecurityLake;
using SecLake.Tests.SecurityLake;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Aws;

/// <summary>
/// Requests with many values of one query parameter, through the SDK pipeline to the emulator, whose SigV4 check
/// (written from the AWS documentation) accepts a request only when its canonical query was signed in AWS's order:
/// encoded pairs sorted by name, then value. AWSSDK.Core's own signer gets that order wrong from 17 values on and
/// whenever encoding changes the order of values (see CanonicalQuerySigner).
/// </summary>
public sealed class RepeatedQueryParameterTests(ShortDelaysFixture emulator) : SharedEmulatorTests<ShortDelaysFixture>(emulator)
{
    private const string LedgerArn = "arn:aws:qldb:us-east-1:123456789012:ledger/many-tags";
    private const string DataLakeArn = "arn:aws:securitylake:us-east-1:123456789012:data-lake/default";

    private IReadOnlyList<RecordedRequest> Sent(string operation) => Emulator.Host.Requests.Where(r => r.Operation == operation).ToList();

    [Fact]
    public async Task ListDataLakes_for_all_17_Regions_of_the_partition_is_accepted()
    {
        var client = Emulator.ConnectSecurityLake();
        await CreateDataLakesAsync(client, new DataLakeRequestSpec { Regions = ["eu-west-1", "us-east-1"], MetaStoreManagerRoleArn = DataLakeTestData.Role });
        var all = SecurityLakeService.Regions.InPartition(ServiceRegions.AwsPartition);
        Assert.Equal(17, all.Count);

        var lakes = await client.ListDataLakesAsync(all);

        Assert.Equal(["eu-west-1", "us-east-1"], lakes.Select(l => l.Region).OrderBy(r => r, StringComparer.Ordinal));
        var list = Sent("ListDataLakes").Last();
        Assert.Equal(200, list.StatusCode);
        Assert.Equal(17, list.QueryString.Split('&').Count(p => p.StartsWith("regions=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EnableAll_lists_and_creates_all_17_Regions()
    {
        var client = Emulator.ConnectSecurityLake();

        var lakes = await CreateDataLakesAsync(client, new DataLakeRequestSpec { EnableAll = true, MetaStoreManagerRoleArn = DataLakeTestData.Role });

        Assert.Equal(17, lakes.Count);
        Assert.All(Emulator.Host.Requests, r => Assert.Equal(200, r.StatusCode));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    [InlineData(200)]
    public async Task QLDB_UntagResource_with_many_keys_is_accepted_and_removes_them(int count)
    {
        var client = Emulator.ConnectQldb();
        var keys = TagKeys(count);
        await client.CreateLedgerAsync(new CreateLedgerInput("many-tags", "STANDARD") { Tags = keys.ToDictionary(k => k, _ => (string?)"v") }, default);

        await client.UntagResourceAsync(LedgerArn, keys, default);

        Assert.Empty(await client.ListTagsForResourceAsync(LedgerArn, default));
        var untag = Sent("UntagResource").Single();
        Assert.Equal(200, untag.StatusCode);
        Assert.Equal(count, untag.QueryString.Split('&').Length);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    [InlineData(SecurityLakeConstraints.TagKeyListMaxCount)] // the model's TagKeyList maximum (50)
    public async Task SecurityLake_UntagResource_with_many_keys_is_accepted_and_removes_them(int count)
    {
        var client = Emulator.ConnectSecurityLake();
        await CreateDataLakesAsync(client, new DataLakeRequestSpec { Regions = ["us-east-1"], MetaStoreManagerRoleArn = DataLakeTestData.Role });
        var keys = TagKeys(count);
        await client.TagResourceAsync(DataLakeArn, keys.ToDictionary(k => k, _ => "v"));

        await client.UntagResourceAsync(DataLakeArn, keys);

        Assert.Empty(await client.ListTagsForResourceAsync(DataLakeArn));
        var untag = Sent("UntagResource").Single();
        Assert.Equal(200, untag.StatusCode);
        Assert.Equal(count, untag.QueryString.Split('&').Length);
    }

    /// <summary>
    /// Distinct tag keys whose order changes once encoded: raw, "-" (0x2D) sorts before ":" (0x3A), encoded "%3A"
    /// sorts first; likewise "/", " ", "=", "+", "@" and "é" against the unreserved characters. The first two
    /// alone ("k000-x", "k000:x") already broke the SDK's signature.
    /// </summary>
    internal static IReadOnlyList<string> TagKeys(int count)
    {
        string[] separators = ["-", ":", "/", " ", "=", "+", "@", ".", "_", "é", "1", "Z"];
        return Enumerable.Range(0, count).Select(i => $"k{i / separators.Length:D3}{separators[i % separators.Length]}x").ToList();
    }

    private static async Task<IReadOnlyList<DataLake>> CreateDataLakesAsync(SecurityLakeClient client, DataLakeRequestSpec spec)
    {
        var plan = await client.PlanDataLakesAsync(spec, DataLakePlanMode.CreateOrUpdate);
        await client.ApplyDataLakePlanAsync(plan);
        return await client.WaitForDataLakesAsync(plan.Regions, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(20));
    }
}
