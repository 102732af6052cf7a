using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal.Endpoints.StandardLibrary;
using SecLake.Aws;
using SecLake.Qldb;
using SecLake.SecurityLake;

namespace SecLake.Tests.Endpoints;

/// <summary>
/// One row of the endpoint table: inputs and the URL or error message the rule set must produce.
/// Rows with <see cref="NeedsTestPartitions"/> run against <see cref="EndpointCases.TestPartition"/>,
/// because no real partition lacks FIPS or dual-stack support (see ServiceEndpointTests).
/// </summary>
public sealed class EndpointCase
{
    public EndpointCase(string name, string? region, bool fips, bool dualStack, string? endpoint, string? url, string? error, bool needsTestPartitions = false)
    {
        Name = name;
        Region = region;
        Fips = fips;
        DualStack = dualStack;
        Endpoint = endpoint;
        Url = url;
        Error = error;
        NeedsTestPartitions = needsTestPartitions;
    }

    public string Name { get; }
    public string? Region { get; }
    public bool Fips { get; }
    public bool DualStack { get; }
    public string? Endpoint { get; }
    public string? Url { get; }
    public string? Error { get; }
    public bool NeedsTestPartitions { get; }

    /// <summary>The bag the SDK's endpoint resolver hands the provider, keyed as the rule sets name their parameters.</summary>
    public EndpointParameters Parameters
    {
        get
        {
            var parameters = new EndpointParameters();
            parameters["Region"] = Region;
            parameters["UseFIPS"] = Fips;
            parameters["UseDualStack"] = DualStack;
            parameters["Endpoint"] = Endpoint;
            return parameters;
        }
    }

    public override string ToString() => Name;
}

/// <summary>
/// The endpoint table, written by reading the two rule sets. QLDB and Security Lake have the same
/// decision structure (Security Lake wraps some branches in condition-less trees and spells parameter
/// types in lower case, which changes nothing observable), so one table serves both, with the
/// service's host prefix substituted.
/// </summary>
public static class EndpointCases
{
    public static readonly string[] Services = { "qldb", "securitylake" };

    public const string FipsAndCustomEndpoint = "Invalid Configuration: FIPS and custom endpoint are not supported";
    public const string DualStackAndCustomEndpoint = "Invalid Configuration: Dualstack and custom endpoint are not supported";
    public const string MissingRegion = "Invalid Configuration: Missing Region";
    public const string NoFips = "FIPS is enabled but this partition does not support FIPS";
    public const string NoDualStack = "DualStack is enabled but this partition does not support DualStack";
    public const string NoFipsOrDualStack = "FIPS and DualStack are enabled, but this partition does not support one or both";

    /// <summary>
    /// Partitions that lack FIPS and/or dual-stack, to reach the rule sets' "partition does not support" errors.
    /// Regions: nofips-east-1, nods-east-1, bare-east-1.
    /// </summary>
    internal static Partition TestPartition(string region) => region switch
    {
        "nofips-east-1" => MadeUpPartition("nofips", supportsFips: false, supportsDualStack: true),
        "nods-east-1" => MadeUpPartition("nods", supportsFips: true, supportsDualStack: false),
        "bare-east-1" => MadeUpPartition("bare", supportsFips: false, supportsDualStack: false),
        _ => throw new System.ArgumentOutOfRangeException(nameof(region), region, "Not a test partition's region."),
    };

    internal static ServiceDefinition Definition(string service) => service switch
    {
        "qldb" => QldbService.Definition,
        "securitylake" => SecurityLakeService.Definition,
        _ => throw new System.ArgumentOutOfRangeException(nameof(service)),
    };

    /// <summary>The provider the case runs against: the service's own, or one with the service's host on the test partitions.</summary>
    internal static IEndpointProvider ProviderFor(string service, EndpointCase c) =>
        c.NeedsTestPartitions
            ? new RegionalEndpointProvider(Definition(service).HostPrefix, TestPartition)
            : Definition(service).CreateEndpointProvider();

    private static Partition MadeUpPartition(string name, bool supportsFips, bool supportsDualStack) => new Partition
    {
        name = "test-" + name,
        dnsSuffix = name + ".example",
        dualStackDnsSuffix = "ds." + name + ".example",
        supportsFIPS = supportsFips,
        supportsDualStack = supportsDualStack,
        implicitGlobalRegion = name + "-east-1",
    };

    public static IReadOnlyList<EndpointCase> For(string svc) => new[]
    {
        // Region-based endpoints, aws partition.
        Url("standard region", "us-east-1", false, false, $"https://{svc}.us-east-1.amazonaws.com"),
        Url("another aws region", "eu-west-3", false, false, $"https://{svc}.eu-west-3.amazonaws.com"),
        Url("fips", "us-east-1", true, false, $"https://{svc}-fips.us-east-1.amazonaws.com"),
        Url("dual-stack", "us-east-1", false, true, $"https://{svc}.us-east-1.api.aws"),
        Url("fips and dual-stack", "us-east-1", true, true, $"https://{svc}-fips.us-east-1.api.aws"),

        // GovCloud shares the commercial DNS suffixes.
        Url("govcloud", "us-gov-west-1", false, false, $"https://{svc}.us-gov-west-1.amazonaws.com"),
        Url("govcloud fips", "us-gov-east-1", true, false, $"https://{svc}-fips.us-gov-east-1.amazonaws.com"),
        Url("govcloud dual-stack", "us-gov-east-1", false, true, $"https://{svc}.us-gov-east-1.api.aws"),
        Url("govcloud fips and dual-stack", "us-gov-west-1", true, true, $"https://{svc}-fips.us-gov-west-1.api.aws"),

        // China.
        Url("china", "cn-north-1", false, false, $"https://{svc}.cn-north-1.amazonaws.com.cn"),
        Url("china fips", "cn-northwest-1", true, false, $"https://{svc}-fips.cn-northwest-1.amazonaws.com.cn"),
        Url("china dual-stack", "cn-north-1", false, true, $"https://{svc}.cn-north-1.api.amazonwebservices.com.cn"),
        Url("china fips and dual-stack", "cn-north-1", true, true, $"https://{svc}-fips.cn-north-1.api.amazonwebservices.com.cn"),

        // ISO partitions and the European sovereign cloud.
        Url("iso", "us-iso-east-1", false, false, $"https://{svc}.us-iso-east-1.c2s.ic.gov"),
        Url("iso fips", "us-iso-west-1", true, false, $"https://{svc}-fips.us-iso-west-1.c2s.ic.gov"),
        Url("iso dual-stack", "us-iso-east-1", false, true, $"https://{svc}.us-iso-east-1.api.aws.ic.gov"),
        Url("iso-b", "us-isob-east-1", false, false, $"https://{svc}.us-isob-east-1.sc2s.sgov.gov"),
        Url("iso-b fips", "us-isob-east-1", true, false, $"https://{svc}-fips.us-isob-east-1.sc2s.sgov.gov"),
        Url("iso-e", "eu-isoe-west-1", false, false, $"https://{svc}.eu-isoe-west-1.cloud.adc-e.uk"),
        Url("iso-f", "us-isof-south-1", false, false, $"https://{svc}.us-isof-south-1.csp.hci.ic.gov"),
        Url("iso-f fips and dual-stack", "us-isof-east-1", true, true, $"https://{svc}-fips.us-isof-east-1.api.aws.hci.ic.gov"),
        Url("eusc", "eusc-de-east-1", false, false, $"https://{svc}.eusc-de-east-1.amazonaws.eu"),

        // Regions not listed in the partition data: matched by regionRegex, else the aws partition.
        Url("unlisted region matching aws regex", "us-west-42", false, false, $"https://{svc}.us-west-42.amazonaws.com"),
        Url("unlisted region matching aws-cn regex", "cn-south-7", false, true, $"https://{svc}.cn-south-7.api.amazonwebservices.com.cn"),
        Url("unlisted region matching aws-iso-b regex", "us-isob-west-9", false, false, $"https://{svc}.us-isob-west-9.sc2s.sgov.gov"),
        Url("region matching no regex falls back to aws", "mars-north-1", false, false, $"https://{svc}.mars-north-1.amazonaws.com"),

        // Custom endpoint: returned exactly as given, region or not.
        Url("custom endpoint", "us-east-1", false, false, "https://example.com", endpoint: "https://example.com"),
        Url("custom endpoint with path and port kept as given", "cn-north-1", false, false, "http://localhost:4566/some/path", endpoint: "http://localhost:4566/some/path"),
        Url("custom endpoint without region", null, false, false, "https://vpce-1234.example.internal", endpoint: "https://vpce-1234.example.internal"),
        Error("custom endpoint with fips", "us-east-1", true, false, FipsAndCustomEndpoint, endpoint: "https://example.com"),
        Error("custom endpoint with dual-stack", "us-east-1", false, true, DualStackAndCustomEndpoint, endpoint: "https://example.com"),
        Error("custom endpoint with fips and dual-stack reports fips first", null, true, true, FipsAndCustomEndpoint, endpoint: "https://example.com"),

        // No region.
        Error("missing region", null, false, false, MissingRegion),
        Error("missing region with fips and dual-stack", null, true, true, MissingRegion),
        Error("empty region counts as missing", "", false, false, MissingRegion),

        // Partitions without FIPS / dual-stack support (test partition data only).
        Url("partition without fips, plain", "nofips-east-1", false, false, $"https://{svc}.nofips-east-1.nofips.example", testPartitions: true),
        Url("partition without fips, dual-stack", "nofips-east-1", false, true, $"https://{svc}.nofips-east-1.ds.nofips.example", testPartitions: true),
        Error("partition without fips, fips", "nofips-east-1", true, false, NoFips, testPartitions: true),
        Error("partition without fips, fips and dual-stack", "nofips-east-1", true, true, NoFipsOrDualStack, testPartitions: true),
        Url("partition without dual-stack, fips", "nods-east-1", true, false, $"https://{svc}-fips.nods-east-1.nods.example", testPartitions: true),
        Error("partition without dual-stack, dual-stack", "nods-east-1", false, true, NoDualStack, testPartitions: true),
        Error("partition without dual-stack, fips and dual-stack", "nods-east-1", true, true, NoFipsOrDualStack, testPartitions: true),
        Error("partition without either, fips", "bare-east-1", true, false, NoFips, testPartitions: true),
        Error("partition without either, fips and dual-stack", "bare-east-1", true, true, NoFipsOrDualStack, testPartitions: true),
    };

    /// <summary>(service, case name) pairs for xunit theories, so each row is its own test.</summary>
    public static IEnumerable<object[]> All() =>
        Services.SelectMany(svc => For(svc).Select(c => new object[] { svc, c.Name }));

    public static EndpointCase Find(string svc, string name) => For(svc).Single(c => c.Name == name);

    private static EndpointCase Url(string name, string? region, bool fips, bool dualStack, string url, string? endpoint = null, bool testPartitions = false) =>
        new EndpointCase(name, region, fips, dualStack, endpoint, url, null, testPartitions);

    private static EndpointCase Error(string name, string? region, bool fips, bool dualStack, string error, string? endpoint = null, bool testPartitions = false) =>
        new EndpointCase(name, region, fips, dualStack, endpoint, null, error, testPartitions);
}
