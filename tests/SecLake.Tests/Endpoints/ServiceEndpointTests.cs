using System.Collections.Generic;
using SecLake.Endpoints;
using Xunit;

namespace SecLake.Tests.Endpoints
{
    public class ServiceEndpointTests
    {
        [Theory]
        [MemberData(nameof(EndpointCases.All), MemberType = typeof(EndpointCases))]
        public void Resolves_table_case(string service, string caseName)
        {
            var c = EndpointCases.Find(service, caseName);
            var ruleSet = EndpointCases.RuleSetFor(service, c);

            if (c.Url != null)
            {
                var endpoint = ruleSet.Resolve(c.Inputs);
                Assert.Equal(c.Url, endpoint.Url);
                // Neither rule set attaches properties or headers to any endpoint.
                Assert.Empty(endpoint.Properties);
                Assert.Empty(endpoint.Headers);
            }
            else
            {
                var error = Assert.Throws<EndpointResolutionException>(() => ruleSet.Resolve(c.Inputs));
                Assert.Equal(c.Error, error.Message);
            }
        }

        [Fact]
        public void Qldb_standard_region_is_the_documented_endpoint()
        {
            var endpoint = ServiceEndpointRules.Qldb.Resolve(new EndpointInputs { Region = "us-east-1" });

            Assert.Equal("https://qldb.us-east-1.amazonaws.com", endpoint.Url);
        }

        [Fact]
        public void SecurityLake_standard_region_is_the_documented_endpoint()
        {
            var endpoint = ServiceEndpointRules.SecurityLake.Resolve(new EndpointInputs { Region = "eu-central-1" });

            Assert.Equal("https://securitylake.eu-central-1.amazonaws.com", endpoint.Url);
        }

        [Fact]
        public void Services_resolve_to_their_own_hosts()
        {
            var inputs = new EndpointInputs { Region = "us-west-2", UseFips = true };

            Assert.Equal("https://qldb-fips.us-west-2.amazonaws.com", ServiceEndpointRules.Qldb.Resolve(inputs).Url);
            Assert.Equal("https://securitylake-fips.us-west-2.amazonaws.com", ServiceEndpointRules.SecurityLake.Resolve(inputs).Url);
        }

        [Fact]
        public void Both_rule_sets_declare_the_four_sdk_parameters()
        {
            foreach (var service in EndpointCases.Services)
            {
                var declared = new Dictionary<string, string?>();
                foreach (var parameter in EndpointCases.RuleSet(service).Parameters)
                {
                    declared[parameter.Name] = parameter.BuiltIn;
                }

                Assert.Equal(
                    new Dictionary<string, string?>
                    {
                        ["Region"] = "AWS::Region",
                        ["UseDualStack"] = "AWS::UseDualStack",
                        ["UseFIPS"] = "AWS::UseFIPS",
                        ["Endpoint"] = "SDK::Endpoint",
                    },
                    declared);
            }
        }
    }
}
