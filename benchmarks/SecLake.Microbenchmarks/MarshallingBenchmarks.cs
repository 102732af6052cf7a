using System.Text;
using System.Text.Json;
using Amazon.Runtime.Internal;
using BenchmarkDotNet.Attributes;
using SecLake.Aws;
using SecLake.Qldb;
using SecLake.SecurityLake;

namespace SecLake.Microbenchmarks;

/// <summary>
/// The wire work of one call without the network: a request built from its input (JSON body written), handed to the
/// SDK as its <see cref="IRequest"/>, and a response body read into the model the cmdlets write.
/// </summary>
[MemoryDiagnoser]
public class MarshallingBenchmarks
{
    private static readonly CreateLedgerInput Ledger = new CreateLedgerInput("orders", "STANDARD")
    {
        DeletionProtection = true,
        Tags = new Dictionary<string, string?> { ["team"] = "payments", ["env"] = "prod" },
    };

    private static readonly CreateSubscriberInput Subscriber = new CreateSubscriberInput("123456789012", "ext-1",
        new[] { SourceType.Aws("CLOUD_TRAIL_MGMT", "2.0"), SourceType.Aws("VPC_FLOW", "2.0") }, "auditors")
    {
        AccessTypes = new[] { "S3" },
        Tags = new Dictionary<string, string> { ["team"] = "audit" },
    };

    private static readonly RestRequestMarshaller QldbMarshaller = new RestRequestMarshaller(QldbService.Definition);

    private static readonly byte[] LedgerBody = Encoding.UTF8.GetBytes(
        """{"Name":"orders","Arn":"arn:aws:qldb:us-east-1:123456789012:ledger/orders","State":"ACTIVE","CreationDateTime":1.7649e9,"PermissionsMode":"STANDARD","DeletionProtection":true,"EncryptionDescription":{"KmsKeyArn":"AWS_OWNED_KMS_KEY","EncryptionStatus":"ENABLED"}}""");

    private static readonly byte[] LedgerPageBody = Encoding.UTF8.GetBytes(
        "{\"Ledgers\":[" + string.Join(",", Enumerable.Range(1, 100).Select(i => $$"""{"Name":"ledger-{{i:D3}}","State":"ACTIVE","CreationDateTime":1.7649e9}""")) + "],\"NextToken\":\"page-2\"}");

    [Benchmark]
    public RestRequest CreateLedgerRequest() => QldbRequests.CreateLedger(Ledger);

    [Benchmark]
    public RestRequest CreateSubscriberRequest() => SecurityLakeRequests.CreateSubscriber(Subscriber);

    /// <summary>CreateLedger built and handed to the SDK as the marshaller of every call does it.</summary>
    [Benchmark]
    public IRequest CreateLedgerSdkRequest() => QldbMarshaller.Marshall(new RestWebServiceRequest(QldbRequests.CreateLedger(Ledger), 1));

    [Benchmark]
    public QldbLedger DescribeLedgerResponse() => QldbResponses.Ledger(Parse(LedgerBody), "us-east-1");

    /// <summary>One full ListLedgers page: 100 summaries.</summary>
    [Benchmark]
    public int ListLedgersPageResponse() => QldbResponses.LedgerPage(Parse(LedgerPageBody), "us-east-1").Items.Count;

    /// <summary>As the response unmarshaller keeps a body: parsed, then cloned out of its pooled document.</summary>
    private static JsonElement Parse(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
