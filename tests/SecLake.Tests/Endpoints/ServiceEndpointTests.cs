using System.Text.Json;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal.Endpoints.StandardLibrary;
using SecLake.Aws;
using Xunit;

namespace SecLake.Tests.Endpoints;

/// <summary>
/// RegionalEndpointProvider against the endpoint table, and the table's ties to the service models: the hand-written
/// provider stands in for the rule sets in specs/models, so these tests notice when a model update changes them.
/// </summary>
public class ServiceEndpointTests
{
    [Theory]
    [MemberData(nameof(EndpointCases.All), MemberType = typeof(EndpointCases))]
    public void Resolves_table_case(string service, string caseName)
    {
        var c = EndpointCases.Find(service, caseName);
        var provider = EndpointCases.ProviderFor(service, c);

        if (c.Url != null)
        {
            var endpoint = provider.ResolveEndpoint(c.Parameters);
            Assert.Equal(c.Url, endpoint.URL);
            // Neither rule set attaches properties (auth schemes) or headers to any endpoint.
            Assert.Null(endpoint.Attributes);
            Assert.Null(endpoint.Headers);
        }
        else
        {
            // What the SDK's generated providers throw, so the pipeline reports it the same way.
            var error = Assert.Throws<AmazonClientException>(() => provider.ResolveEndpoint(c.Parameters));
            Assert.Equal(c.Error, error.Message);
        }
    }

    [Fact]
    public void Unset_flags_take_the_rule_sets_default_false()
    {
        var parameters = new EndpointParameters();
        parameters["Region"] = "eu-west-1";

        Assert.Equal("https://qldb.eu-west-1.amazonaws.com", new RegionalEndpointProvider("qldb").ResolveEndpoint(parameters).URL);
    }

    [Theory]
    [InlineData("qldb", "qldb-2019-01-02.service-2.json")]
    [InlineData("securitylake", "securitylake-2018-05-10.service-2.json")]
    public void Host_prefix_is_the_models_endpoint_prefix(string service, string modelFile)
    {
        using var model = ReadModel(modelFile);

        Assert.Equal(model.RootElement.GetProperty("metadata").GetProperty("endpointPrefix").GetString(), EndpointCases.Definition(service).HostPrefix);
    }

    /// <summary>
    /// The rule set's parameters, errors and URL templates are exactly those the provider implements. Together with
    /// the table (which pins which inputs lead where) this notices a rule-set update the provider would not follow.
    /// </summary>
    [Theory]
    [InlineData("qldb", "qldb-2019-01-02.endpoint-rule-set-1.json")]
    [InlineData("securitylake", "securitylake-2018-05-10.endpoint-rule-set-1.json")]
    public void Rule_set_has_the_parameters_errors_and_urls_the_provider_implements(string prefix, string ruleSetFile)
    {
        using var ruleSet = ReadModel(ruleSetFile);
        var parameters = ruleSet.RootElement.GetProperty("parameters").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetProperty("builtIn").GetString());
        var errors = new List<string>();
        var urls = new List<string>();
        CollectLeaves(ruleSet.RootElement.GetProperty("rules"), errors, urls);

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["Region"] = "AWS::Region",
                ["UseDualStack"] = "AWS::UseDualStack",
                ["UseFIPS"] = "AWS::UseFIPS",
                ["Endpoint"] = "SDK::Endpoint",
            },
            parameters);
        Assert.Equal(
            new[]
            {
                EndpointCases.FipsAndCustomEndpoint, EndpointCases.DualStackAndCustomEndpoint, EndpointCases.NoFipsOrDualStack,
                EndpointCases.NoFips, EndpointCases.NoDualStack, EndpointCases.MissingRegion,
            },
            errors);
        Assert.Equal(
            new[]
            {
                "{ref Endpoint}",
                $"https://{prefix}-fips.{{Region}}.{{PartitionResult#dualStackDnsSuffix}}",
                $"https://{prefix}-fips.{{Region}}.{{PartitionResult#dnsSuffix}}",
                $"https://{prefix}.{{Region}}.{{PartitionResult#dualStackDnsSuffix}}",
                $"https://{prefix}.{{Region}}.{{PartitionResult#dnsSuffix}}",
            },
            urls);
    }

    /// <summary>
    /// Why the table needs made-up partitions: every partition the SDK knows supports FIPS and dual-stack, so no real
    /// Region reaches the three "partition does not support" errors. If this fails, AWS has published a partition
    /// without one of them: add real-Region rows for it.
    /// </summary>
    [Fact]
    public void Every_partition_the_sdk_knows_supports_fips_and_dual_stack()
    {
        var partitions = RegionEndpoint.EnumerableAllRegions.Select(r => Fn.Partition(r.SystemName)).ToList();

        Assert.All(partitions, p => Assert.True(p.supportsFIPS && p.supportsDualStack, p.name));
        Assert.Superset(
            new HashSet<string> { "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc" },
            partitions.Select(p => p.name).ToHashSet());
    }

    private static JsonDocument ReadModel(string file) =>
        // The test project copies specs/models next to the test assembly.
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "models", file)));

    /// <summary>Error messages and endpoint URLs of every leaf, depth first in document order; a non-empty properties or headers object fails.</summary>
    private static void CollectLeaves(JsonElement rules, List<string> errors, List<string> urls)
    {
        foreach (var rule in rules.EnumerateArray())
        {
            switch (rule.GetProperty("type").GetString())
            {
                case "tree":
                    CollectLeaves(rule.GetProperty("rules"), errors, urls);
                    break;
                case "error":
                    errors.Add(rule.GetProperty("error").GetString()!);
                    break;
                case "endpoint":
                    var endpoint = rule.GetProperty("endpoint");
                    var url = endpoint.GetProperty("url");
                    urls.Add(url.ValueKind == JsonValueKind.String ? url.GetString()! : "{ref " + url.GetProperty("ref").GetString() + "}");
                    foreach (var extra in new[] { "properties", "headers" })
                    {
                        Assert.True(!endpoint.TryGetProperty(extra, out var value) || !value.EnumerateObject().Any(), $"{url}: {extra} are not implemented");
                    }
                    break;
            }
        }
    }
}
