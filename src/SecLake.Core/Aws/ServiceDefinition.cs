using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal.Endpoints.StandardLibrary;

namespace SecLake.Aws;

/// <summary>
/// What distinguishes one service from another, in one place per service (its <c>&lt;Service&gt;Service</c> class):
/// the model's names, its error types, its endpoint host and the Regions it is offered in. The client pipeline,
/// completion and Region checks all read it here.
/// </summary>
internal sealed class ServiceDefinition
{
    public ServiceDefinition(string serviceId, string displayName, string signingName, string apiVersion, string hostPrefix,
        IServiceErrorFactory errors, ServiceRegions regions, params string[] notRetryableCodes)
    {
        ServiceId = serviceId;
        DisplayName = displayName;
        SigningName = signingName;
        ApiVersion = apiVersion;
        HostPrefix = hostPrefix;
        Errors = errors;
        Regions = regions;
        NotRetryableCodes = new HashSet<string>(notRetryableCodes, StringComparer.Ordinal);
    }

    /// <summary>The model's serviceId, e.g. <c>QLDB</c>, <c>SecurityLake</c>.</summary>
    public string ServiceId { get; }

    /// <summary>The name users know, e.g. <c>Security Lake</c>.</summary>
    public string DisplayName { get; }

    /// <summary>SigV4 signing name (credential scope service), e.g. <c>qldb</c>.</summary>
    public string SigningName { get; }

    public string ApiVersion { get; }

    /// <summary>The first label of the service's endpoint host (the model's endpointPrefix), e.g. <c>qldb</c> in <c>qldb.us-east-1.amazonaws.com</c>.</summary>
    public string HostPrefix { get; }

    public IServiceErrorFactory Errors { get; }

    public ServiceRegions Regions { get; }

    /// <summary>
    /// Error codes the SDK's retry policy treats as throttling but this service uses for something retrying can't
    /// fix (QLDB's LimitExceededException is the ledger quota).
    /// </summary>
    public ISet<string> NotRetryableCodes { get; }

    /// <summary>The service-specific endpoint variable, e.g. <c>AWS_ENDPOINT_URL_QLDB</c>, <c>AWS_ENDPOINT_URL_SECURITYLAKE</c>.</summary>
    public string EndpointUrlVariable => "AWS_ENDPOINT_URL_" + ServiceId.ToUpperInvariant().Replace(' ', '_');

    public IEndpointProvider CreateEndpointProvider() => new RegionalEndpointProvider(HostPrefix);
}

/// <summary>The Regions a service is offered in, by partition, in the order users see them.</summary>
public sealed class ServiceRegions
{
    public const string AwsPartition = "aws";
    public const string AwsUsGovPartition = "aws-us-gov";

    private readonly IReadOnlyList<KeyValuePair<string, string[]>> _byPartition;

    public ServiceRegions(params KeyValuePair<string, string[]>[] byPartition)
    {
        _byPartition = byPartition;
        All = byPartition.SelectMany(p => p.Value).ToArray();
    }

    /// <summary>Every Region of every partition.</summary>
    public IReadOnlyList<string> All { get; }

    /// <summary>The Regions of one partition; empty for a partition the service is not offered in.</summary>
    public IReadOnlyList<string> InPartition(string partition) =>
        _byPartition.FirstOrDefault(p => p.Key == partition).Value ?? Array.Empty<string>();

    public bool Contains(string region) => All.Contains(region, StringComparer.Ordinal);

    /// <summary>The partition a Region code belongs to, from AWSSDK.Core's partition data (<c>aws</c> for one it does not know).</summary>
    public static string PartitionOf(string region) => Fn.Partition(region)?.name ?? AwsPartition;

    public static KeyValuePair<string, string[]> Partition(string partition, params string[] regions) =>
        new KeyValuePair<string, string[]>(partition, regions);
}
