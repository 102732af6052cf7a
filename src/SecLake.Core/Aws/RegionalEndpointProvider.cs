using System;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal.Endpoints.StandardLibrary;

namespace SecLake.Aws;

/// <summary>
/// The endpoint rule sets of QLDB and Security Lake (specs/models/*.endpoint-rule-set-1.json), written out by hand
/// because they are one decision tree that differs only in the host prefix: a custom endpoint is used as given,
/// otherwise <c>https://{prefix}[-fips].{Region}.{dnsSuffix or dualStackDnsSuffix}</c> of the Region's partition.
/// Partitions come from AWSSDK.Core's own data (<see cref="Fn.Partition"/>), as in the SDK's generated providers.
/// Errors are <see cref="AmazonClientException"/>s worded exactly as the rule sets word them.
/// </summary>
internal sealed class RegionalEndpointProvider : IEndpointProvider
{
    private readonly string _hostPrefix;
    private readonly Func<string, Partition> _partitionOf;

    /// <param name="hostPrefix">The service's first host label, e.g. <c>qldb</c>, <c>securitylake</c>.</param>
    public RegionalEndpointProvider(string hostPrefix)
        : this(hostPrefix, Fn.Partition)
    {
    }

    /// <param name="hostPrefix">The service's first host label.</param>
    /// <param name="partitionOf">
    /// The partition of a Region. Every real partition supports FIPS and dual-stack, so only made-up partitions reach
    /// the rule sets' "partition does not support" errors; tests pass those here.
    /// </param>
    internal RegionalEndpointProvider(string hostPrefix, Func<string, Partition> partitionOf)
    {
        _hostPrefix = hostPrefix;
        _partitionOf = partitionOf;
    }

    /// <summary>Resolves from the rule sets' four parameters (ServiceEndpointParameters); unset flags are false, their default.</summary>
    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        // Empty strings count as unset: neither names a host, and "" as Region would build "https://qldb..amazonaws.com".
        var region = parameters["Region"] as string;
        var customEndpoint = parameters["Endpoint"] as string;
        var useFips = Equals(parameters["UseFIPS"], true);
        var useDualStack = Equals(parameters["UseDualStack"], true);

        if (!string.IsNullOrEmpty(customEndpoint))
        {
            if (useFips)
                throw new AmazonClientException("Invalid Configuration: FIPS and custom endpoint are not supported");
            if (useDualStack)
                throw new AmazonClientException("Invalid Configuration: Dualstack and custom endpoint are not supported");
            return new Endpoint(customEndpoint);
        }
        if (string.IsNullOrEmpty(region))
            throw new AmazonClientException("Invalid Configuration: Missing Region");

        var partition = _partitionOf(region!);
        if (useFips && useDualStack && !(partition.supportsFIPS && partition.supportsDualStack))
            throw new AmazonClientException("FIPS and DualStack are enabled, but this partition does not support one or both");
        if (useFips && !partition.supportsFIPS)
            throw new AmazonClientException("FIPS is enabled but this partition does not support FIPS");
        if (useDualStack && !partition.supportsDualStack)
            throw new AmazonClientException("DualStack is enabled but this partition does not support DualStack");

        var host = useFips ? _hostPrefix + "-fips" : _hostPrefix;
        var dnsSuffix = useDualStack ? partition.dualStackDnsSuffix : partition.dnsSuffix;
        return new Endpoint($"https://{host}.{region}.{dnsSuffix}");
    }
}
