using SecLake.Aws;
using SecLake.Emulator;
using SecLake.Qldb;
using SecLake.SecurityLake;
using SecLake.Tests.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SecLake.Tests.Aws;

/// <summary>
/// SecLake's Authorization header, for requests with many values of one query parameter, is the one botocore's
/// SigV4Auth computes for the very request that went over the wire (method, URL with its query, the signed headers
/// with x-amz-date, body, key pair, region, signing name). botocore is the AWS CLI's signer and shares no code with
/// the AWS SDK for .NET or the emulator.
/// </summary>
public sealed class BotocoreSignatureTests(ShortDelaysFixture emulator, ITestOutputHelper output) : SharedEmulatorTests<ShortDelaysFixture>(emulator)
{
    private const string Region = "us-east-1";
    private const string LedgerArn = "arn:aws:qldb:us-east-1:123456789012:ledger/botocore";
    private const string DataLakeArn = "arn:aws:securitylake:us-east-1:123456789012:data-lake/default";

    [BotocoreTheory]
    [InlineData(17)]
    [InlineData(50)]
    [InlineData(200)]
    public async Task QLDB_UntagResource_is_signed_as_botocore_signs_it(int count)
    {
        var client = Emulator.ConnectQldb(Region);
        await client.CreateLedgerAsync(new CreateLedgerInput("botocore", "STANDARD"), default);

        await AssertBotocoreSignsTheSame(() => client.UntagResourceAsync(LedgerArn, RepeatedQueryParameterTests.TagKeys(count), default), "UntagResource", "qldb", count);
    }

    [BotocoreTheory]
    [InlineData(17)]
    public async Task SecurityLake_ListDataLakes_is_signed_as_botocore_signs_it(int count)
    {
        var client = Emulator.ConnectSecurityLake(Region);
        var regions = SecurityLakeService.Regions.InPartition(ServiceRegions.AwsPartition);
        Assert.Equal(count, regions.Count);

        await AssertBotocoreSignsTheSame(() => client.ListDataLakesAsync(regions), "ListDataLakes", "securitylake", count);
    }

    [BotocoreTheory]
    [InlineData(SecurityLakeConstraints.TagKeyListMaxCount)] // 50, the model's TagKeyList maximum
    public async Task SecurityLake_UntagResource_is_signed_as_botocore_signs_it(int count)
    {
        var client = Emulator.ConnectSecurityLake(Region);
        var plan = await client.PlanDataLakesAsync(new DataLakeRequestSpec { Regions = [Region], MetaStoreManagerRoleArn = DataLakeTestData.Role }, DataLakePlanMode.CreateOrUpdate);
        await client.ApplyDataLakePlanAsync(plan);

        await AssertBotocoreSignsTheSame(() => client.UntagResourceAsync(DataLakeArn, RepeatedQueryParameterTests.TagKeys(count)), "UntagResource", "securitylake", count);
    }

    /// <summary>
    /// Sends the request, then compares its signature with botocore's before looking at the emulator's verdict, so
    /// a wrong signature is reported as the difference from botocore rather than as the emulator's 403 alone.
    /// </summary>
    private async Task AssertBotocoreSignsTheSame(Func<Task> send, string operation, string service, int count)
    {
        var failure = await Record.ExceptionAsync(send);
        var sent = Emulator.Host.Requests.Last(r => r.Operation == operation);
        Assert.Equal(count, sent.QueryString.Split('&').Length);
        var credential = EmulatorCredential.Default;
        var request = new WireRequestToSign(
            sent.Method,
            $"{Emulator.Endpoint.GetLeftPart(UriPartial.Authority)}{sent.Path}?{sent.QueryString}",
            sent.SignedHeaders.ToDictionary(name => name, name => sent.Headers[name]),
            sent.Body,
            credential.AccessKey,
            credential.SecretKey,
            Region,
            service,
            sent.Headers["x-amz-date"]);

        var botocore = await Botocore.SignAsync(request);
        output.WriteLine($"botocore {botocore.Version}, canonical request:\n{botocore.CanonicalRequest}");

        Assert.Equal(botocore.PayloadSha256, sent.Headers["x-amz-content-sha256"]);
        Assert.Equal(botocore.Authorization, sent.Headers["authorization"]);
        Assert.Null(failure);
        Assert.Equal(200, sent.StatusCode);
    }
}
