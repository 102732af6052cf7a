using System.Collections;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using SecLake.Endpoints;
using Xunit;

namespace SecLake.Tests.Endpoints
{
    /// <summary>The adapter that plugs a rule set into the AWS SDK's endpoint resolution.</summary>
    public class RuleSetEndpointProviderTests
    {
        /// <summary>The bag the SDK's endpoint resolver builds (keys as in the generated *EndpointParameters).</summary>
        private static EndpointParameters Bag(string? region, bool? fips, bool? dualStack, string? endpoint)
        {
            var bag = new EndpointParameters();
            bag["Region"] = region;
            bag["UseFIPS"] = fips;
            bag["UseDualStack"] = dualStack;
            bag["Endpoint"] = endpoint;
            return bag;
        }

        [Theory]
        [MemberData(nameof(EndpointCases.WithRealPartitions), MemberType = typeof(EndpointCases))]
        public void Sdk_provider_agrees_with_the_rule_set(string service, string caseName)
        {
            var c = EndpointCases.Find(service, caseName);
            var provider = new RuleSetEndpointProvider(EndpointCases.RuleSet(service));
            // EndpointInputs treats "" as unset; the SDK passes null for an unset region.
            var parameters = Bag(string.IsNullOrEmpty(c.Region) ? null : c.Region, c.Fips, c.DualStack, c.Endpoint);

            if (c.Url != null)
            {
                var endpoint = provider.ResolveEndpoint(parameters);
                Assert.Equal(c.Url, endpoint.URL);
                Assert.Null(endpoint.Attributes);
                Assert.Null(endpoint.Headers);
            }
            else
            {
                var error = Assert.Throws<AmazonClientException>(() => provider.ResolveEndpoint(parameters));
                Assert.Equal(c.Error, error.Message);
                Assert.IsType<EndpointResolutionException>(error.InnerException);
            }
        }

        [Fact]
        public void Unset_booleans_take_the_rule_set_defaults()
        {
            var provider = new RuleSetEndpointProvider(ServiceEndpointRules.Qldb);
            var parameters = new EndpointParameters();
            parameters["Region"] = "eu-west-1";

            Assert.Equal("https://qldb.eu-west-1.amazonaws.com", provider.ResolveEndpoint(parameters).URL);
        }

        [Fact]
        public void Wrongly_typed_parameter_surfaces_as_client_exception()
        {
            var provider = new RuleSetEndpointProvider(ServiceEndpointRules.SecurityLake);

            var error = Assert.Throws<AmazonClientException>(() => provider.ResolveEndpoint(Bag("us-east-1", null, null, null).With("UseFIPS", "yes")));
            Assert.Contains("UseFIPS", error.Message);
        }

        [Fact]
        public void Auth_schemes_and_headers_reach_the_sdk_in_the_shape_its_resolver_reads()
        {
            var ruleSet = EndpointRuleSet.Parse(@"{
                ""version"": ""1.0"",
                ""parameters"": { ""Region"": { ""type"": ""String"", ""builtIn"": ""AWS::Region"" } },
                ""rules"": [ {
                    ""conditions"": [ { ""fn"": ""aws.partition"", ""argv"": [ { ""ref"": ""Region"" } ], ""assign"": ""P"" } ],
                    ""type"": ""endpoint"",
                    ""endpoint"": {
                        ""url"": ""https://svc.{Region}.{P#dnsSuffix}"",
                        ""properties"": { ""authSchemes"": [ { ""name"": ""sigv4"", ""signingName"": ""qldb"", ""signingRegion"": ""{P#implicitGlobalRegion}"", ""disableDoubleEncoding"": true } ] },
                        ""headers"": { ""x-test"": [ ""a"", ""{Region}"" ] }
                    }
                } ]
            }");
            var provider = new RuleSetEndpointProvider(ruleSet);

            var endpoint = provider.ResolveEndpoint(Bag("us-gov-east-1", null, null, null));

            Assert.Equal("https://svc.us-gov-east-1.amazonaws.com", endpoint.URL);
            // BaseEndpointResolver casts attributes["authSchemes"] to IList and each entry to PropertyBag.
            var schemes = Assert.IsAssignableFrom<IList>(endpoint.Attributes["authSchemes"]);
            var scheme = Assert.IsType<PropertyBag>(Assert.Single(schemes));
            Assert.Equal("sigv4", scheme["name"]);
            Assert.Equal("qldb", scheme["signingName"]);
            Assert.Equal("us-gov-west-1", scheme["signingRegion"]);
            Assert.Equal(true, scheme["disableDoubleEncoding"]);
            Assert.Equal(new[] { "a", "us-gov-east-1" }, endpoint.Headers["x-test"]);
        }
    }

    internal static class EndpointParametersExtensions
    {
        public static EndpointParameters With(this EndpointParameters bag, string key, object? value)
        {
            bag[key] = value;
            return bag;
        }
    }
}
