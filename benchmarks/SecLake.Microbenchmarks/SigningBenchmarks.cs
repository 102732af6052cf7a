using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using Amazon.Util;
using BenchmarkDotNet.Attributes;
using SecLake.Aws;
using SecLake.Emulator;
using SecLake.Qldb;

namespace SecLake.Microbenchmarks;

/// <summary>
/// SigV4 by SecLake's signer against AWSSDK.Core's own (the baseline), for the three query shapes calls have: none
/// (every body-only write), one pair (a list page), and twenty values of one name (UntagResource), where the SDK's
/// canonical query is wrong and SecLake canonicalizes and signs again.
/// </summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private static readonly BasicAWSCredentials Credentials = new BasicAWSCredentials(EmulatorCredential.Default.AccessKey, EmulatorCredential.Default.SecretKey);
    private static readonly AWS4Signer SdkSigner = new AWS4Signer();

    private readonly ServiceClientConfig _config = new ServiceClientConfig(QldbService.Definition)
    {
        ServiceURL = "https://qldb.us-east-1.amazonaws.com",
        AuthenticationRegion = "us-east-1",
    };

    private IRequest _request = null!;

    [Params("none", "one pair", "20 values")]
    public string Query { get; set; } = "none";

    [GlobalSetup]
    public void Setup()
    {
        var rest = Query switch
        {
            "none" => QldbRequests.UpdateLedger("orders", deletionProtection: false, kmsKey: null),
            "one pair" => QldbRequests.ListLedgers(100, null),
            _ => QldbRequests.UntagResource("arn:aws:qldb:us-east-1:123456789012:ledger/orders", Enumerable.Range(1, 20).Select(i => $"key-{i:D2}")),
        };
        _request = new RestRequestMarshaller(QldbService.Definition).Marshall(new RestWebServiceRequest(rest, 1));
        _request.Endpoint = new Uri(_config.ServiceURL);
    }

    [Benchmark(Baseline = true)]
    public string Sdk() => Sign(SdkSigner);

    [Benchmark]
    public string SecLake() => Sign(CanonicalQuerySigner.Instance);

    private string Sign(AWS4Signer signer)
    {
        // Each request hashes its own body once: the signers skip the hash when the header is already there.
        _request.Headers.Remove(HeaderKeys.XAmzContentSha256Header);
        signer.Sign(_request, _config, null, Credentials);
        return _request.Headers[HeaderKeys.AuthorizationHeader];
    }
}
