using System;
using SecLake.Aws;

namespace SecLake.SecurityLake;

/// <summary>
/// Security Lake as the SDK pipeline, completion and Region checks know it (GA model securitylake-2018-05-10), and
/// the way in for the cmdlets.
/// </summary>
public static class SecurityLakeService
{
    /// <summary>The model's serviceId: how the cmdlet layer and completion name this service.</summary>
    public const string ServiceId = "SecurityLake";

    internal static readonly ServiceDefinition Definition = new ServiceDefinition(
        serviceId: ServiceId,
        displayName: "Security Lake",
        signingName: "securitylake",
        apiVersion: "2018-05-10",
        hostPrefix: "securitylake",
        errors: SecurityLakeErrorFactory.Instance,
        // docs/API-MAPPING.md, from the endpoints data. -EnableAll means every Region of the client's partition;
        // any other Region is refused as unknown.
        regions: new ServiceRegions(
            ServiceRegions.Partition(ServiceRegions.AwsPartition,
                "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-southeast-1", "ap-southeast-2",
                "ca-central-1", "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1",
                "us-east-1", "us-east-2", "us-west-1", "us-west-2"),
            ServiceRegions.Partition(ServiceRegions.AwsUsGovPartition, "us-gov-east-1", "us-gov-west-1")));

    public static ServiceRegions Regions => Definition.Regions;

    /// <summary>Resolves credentials, region and endpoint (incl. AWS_ENDPOINT_URL_SECURITYLAKE) and returns a connected client.</summary>
    public static SecurityLakeClient Connect(ConnectionSettings settings, Action<RequestTrace>? trace)
    {
        var invoker = ConnectionResolver.CreateClient(Definition, settings, trace, out var info);
        return new SecurityLakeClient(invoker, info.Region) { Connection = info };
    }
}
