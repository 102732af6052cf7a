using System.Collections.Generic;
using System.Linq;
using SecLake.Endpoints;

namespace SecLake.Tests.Endpoints
{
    /// <summary>
    /// One row of the endpoint table: inputs and the URL or error message the rule set must produce.
    /// Rows with <see cref="NeedsTestPartitions"/> run against <see cref="EndpointCases.TestPartitions"/>,
    /// because no real partition lacks FIPS or dual-stack support (see RuleCoverageTests).
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

        public EndpointInputs Inputs => new EndpointInputs { Region = Region, UseFips = Fips, UseDualStack = DualStack, Endpoint = Endpoint };

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
        /// Partition data with partitions that lack FIPS and/or dual-stack, to reach the rule sets'
        /// "partition does not support" errors. Regions: nofips-east-1, nods-east-1, bare-east-1.
        /// </summary>
        public const string TestPartitionsJson = @"{
  ""version"": ""1.1"",
  ""partitions"": [
    { ""id"": ""aws"", ""regionRegex"": ""^(us|eu)\\-\\w+\\-\\d+$"", ""regions"": { ""us-east-1"": {} },
      ""outputs"": { ""name"": ""aws"", ""dnsSuffix"": ""amazonaws.com"", ""dualStackDnsSuffix"": ""api.aws"",
                   ""supportsFIPS"": true, ""supportsDualStack"": true, ""implicitGlobalRegion"": ""us-east-1"" } },
    { ""id"": ""test-nofips"", ""regionRegex"": ""^nofips\\-\\w+\\-\\d+$"", ""regions"": {},
      ""outputs"": { ""name"": ""test-nofips"", ""dnsSuffix"": ""nofips.example"", ""dualStackDnsSuffix"": ""ds.nofips.example"",
                   ""supportsFIPS"": false, ""supportsDualStack"": true, ""implicitGlobalRegion"": ""nofips-east-1"" } },
    { ""id"": ""test-nods"", ""regionRegex"": ""^nods\\-\\w+\\-\\d+$"", ""regions"": {},
      ""outputs"": { ""name"": ""test-nods"", ""dnsSuffix"": ""nods.example"", ""dualStackDnsSuffix"": ""ds.nods.example"",
                   ""supportsFIPS"": true, ""supportsDualStack"": false, ""implicitGlobalRegion"": ""nods-east-1"" } },
    { ""id"": ""test-bare"", ""regionRegex"": ""^bare\\-\\w+\\-\\d+$"", ""regions"": {},
      ""outputs"": { ""name"": ""test-bare"", ""dnsSuffix"": ""bare.example"", ""dualStackDnsSuffix"": ""ds.bare.example"",
                   ""supportsFIPS"": false, ""supportsDualStack"": false, ""implicitGlobalRegion"": ""bare-east-1"" } }
  ]
}";

        private static readonly System.Lazy<PartitionCatalog> TestCatalog =
            new System.Lazy<PartitionCatalog>(() => PartitionCatalog.Parse(TestPartitionsJson));

        internal static PartitionCatalog TestPartitions => TestCatalog.Value;

        internal static EndpointRuleSet RuleSet(string service) => service switch
        {
            "qldb" => ServiceEndpointRules.Qldb,
            "securitylake" => ServiceEndpointRules.SecurityLake,
            _ => throw new System.ArgumentOutOfRangeException(nameof(service)),
        };

        /// <summary>The rule set the case runs against (real or test partitions).</summary>
        internal static EndpointRuleSet RuleSetFor(string service, EndpointCase c) =>
            c.NeedsTestPartitions ? RuleSet(service).WithPartitions(TestPartitions) : RuleSet(service);

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

            // Regions not listed in partitions.json: matched by regionRegex, else the aws partition.
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

        /// <summary>Rows that use the real partitions.json.</summary>
        public static IEnumerable<object[]> WithRealPartitions() =>
            Services.SelectMany(svc => For(svc).Where(c => !c.NeedsTestPartitions).Select(c => new object[] { svc, c.Name }));

        public static EndpointCase Find(string svc, string name) => For(svc).Single(c => c.Name == name);

        private static EndpointCase Url(string name, string? region, bool fips, bool dualStack, string url, string? endpoint = null, bool testPartitions = false) =>
            new EndpointCase(name, region, fips, dualStack, endpoint, url, null, testPartitions);

        private static EndpointCase Error(string name, string? region, bool fips, bool dualStack, string error, string? endpoint = null, bool testPartitions = false) =>
            new EndpointCase(name, region, fips, dualStack, endpoint, null, error, testPartitions);
    }
}
