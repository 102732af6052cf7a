using System;
using SecLake.Aws;

namespace SecLake.Qldb;

/// <summary>QLDB as the SDK pipeline, completion and Region checks know it (model qldb-2019-01-02), and the way in for the cmdlets.</summary>
public static class QldbService
{
    /// <summary>The model's serviceId: how the cmdlet layer and completion name this service.</summary>
    public const string ServiceId = "QLDB";

    internal static readonly ServiceDefinition Definition = new ServiceDefinition(
        serviceId: ServiceId,
        displayName: "QLDB",
        signingName: "qldb",
        apiVersion: "2019-01-02",
        hostPrefix: "qldb",
        errors: QldbErrorFactory.Instance,
        // The Regions QLDB was offered in before its end of support (2025-07-31).
        regions: new ServiceRegions(
            ServiceRegions.Partition(ServiceRegions.AwsPartition,
                "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "ca-central-1", "eu-central-1",
                "eu-west-1", "eu-west-2", "us-east-1", "us-east-2", "us-west-2"),
            ServiceRegions.Partition(ServiceRegions.AwsUsGovPartition, "us-gov-west-1")),
        notRetryableCodes: "LimitExceededException");

    public static ServiceRegions Regions => Definition.Regions;

    /// <summary>Resolves credentials, region and endpoint and returns a connected client.</summary>
    public static QldbClient Connect(ConnectionSettings settings, Action<RequestTrace>? trace)
    {
        var invoker = ConnectionResolver.CreateClient(Definition, settings, trace, out var info);
        return new QldbClient(invoker, info.Region) { Connection = info };
    }
}
