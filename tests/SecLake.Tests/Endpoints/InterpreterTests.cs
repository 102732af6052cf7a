using System;
using System.Collections.Generic;
using SecLake.Endpoints;
using Xunit;

namespace SecLake.Tests.Endpoints
{
    /// <summary>Rule-set semantics, on small rule sets written for each point.</summary>
    public class InterpreterTests
    {
        private const string RegionParameters = @"""parameters"": {
            ""Region"": { ""type"": ""String"", ""builtIn"": ""AWS::Region"", ""required"": false },
            ""UseFIPS"": { ""type"": ""Boolean"", ""builtIn"": ""AWS::UseFIPS"", ""required"": true, ""default"": false }
        }";

        private static EndpointRuleSet RuleSet(string rules, string parameters = RegionParameters) =>
            EndpointRuleSet.Parse(@"{ ""version"": ""1.0"", " + parameters + @", ""rules"": " + rules + " }");

        private static ResolvedEndpoint Resolve(EndpointRuleSet ruleSet, params (string Name, object? Value)[] values)
        {
            var bag = new Dictionary<string, object?>();
            foreach (var (name, value) in values)
            {
                bag[name] = value;
            }
            return ruleSet.Resolve(bag);
        }

        [Fact]
        public void Endpoint_properties_and_headers_are_templated_and_carried_through()
        {
            var ruleSet = RuleSet(@"[{
                ""conditions"": [ { ""fn"": ""aws.partition"", ""argv"": [ { ""ref"": ""Region"" } ], ""assign"": ""P"" } ],
                ""type"": ""endpoint"",
                ""endpoint"": {
                    ""url"": ""https://svc.{Region}.{P#dnsSuffix}"",
                    ""properties"": {
                        ""authSchemes"": [ { ""name"": ""sigv4"", ""signingName"": ""svc"", ""signingRegion"": ""{P#implicitGlobalRegion}"", ""disableDoubleEncoding"": true } ],
                        ""retries"": 3
                    },
                    ""headers"": { ""x-amz-partition"": [ ""{P#name}"", ""fixed"" ] }
                }
            }]");

            var endpoint = ruleSet.Resolve(new EndpointInputs { Region = "cn-north-1" });

            Assert.Equal("https://svc.cn-north-1.amazonaws.com.cn", endpoint.Url);
            var scheme = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(
                Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<object?>>(endpoint.Properties["authSchemes"])));
            Assert.Equal("sigv4", scheme["name"]);
            Assert.Equal("svc", scheme["signingName"]);
            Assert.Equal("cn-northwest-1", scheme["signingRegion"]);
            Assert.Equal(true, scheme["disableDoubleEncoding"]);
            Assert.Equal(3, endpoint.Properties["retries"]);
            Assert.Equal(new[] { "aws-cn", "fixed" }, endpoint.Headers["x-amz-partition"]);
        }

        [Fact]
        public void Template_braces_can_be_escaped()
        {
            var ruleSet = RuleSet(@"[{ ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://{{literal}}.{Region}"" } }]");

            Assert.Equal("https://{literal}.us-east-1", ruleSet.Resolve(new EndpointInputs { Region = "us-east-1" }).Url);
        }

        [Fact]
        public void Error_message_is_a_template()
        {
            var ruleSet = RuleSet(@"[{ ""conditions"": [], ""type"": ""error"", ""error"": ""Region {Region} is not served"" }]");

            var error = Assert.Throws<EndpointResolutionException>(() => ruleSet.Resolve(new EndpointInputs { Region = "xx-1" }));
            Assert.Equal("Region xx-1 is not served", error.Message);
        }

        [Fact]
        public void Template_with_unset_value_fails_instead_of_building_a_broken_url()
        {
            var ruleSet = RuleSet(@"[{ ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://svc.{Region}.example"" } }]");

            var error = Assert.Throws<EndpointResolutionException>(() => ruleSet.Resolve(new EndpointInputs()));
            Assert.Contains("Region", error.Message);
        }

        [Fact]
        public void Rules_are_tried_in_order_and_first_match_wins()
        {
            var ruleSet = RuleSet(@"[
                { ""conditions"": [ { ""fn"": ""booleanEquals"", ""argv"": [ { ""ref"": ""UseFIPS"" }, true ] } ], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://first"" } },
                { ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://second"" } },
                { ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://third"" } }
            ]");

            Assert.Equal("https://first", ruleSet.Resolve(new EndpointInputs { UseFips = true }).Url);
            Assert.Equal("https://second", ruleSet.Resolve(new EndpointInputs()).Url);
        }

        [Fact]
        public void Entered_tree_with_no_matching_child_is_an_error_not_a_fall_through()
        {
            var ruleSet = RuleSet(@"[
                { ""conditions"": [], ""type"": ""tree"", ""rules"": [
                    { ""conditions"": [ { ""fn"": ""isSet"", ""argv"": [ { ""ref"": ""Region"" } ] } ], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://inner"" } }
                ] },
                { ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://never"" } }
            ]");

            var error = Assert.Throws<EndpointResolutionException>(() => ruleSet.Resolve(new EndpointInputs()));
            Assert.Contains("no rule inside the tree at rules[0] matched", error.Message);
        }

        [Fact]
        public void No_matching_top_level_rule_is_an_error()
        {
            var ruleSet = RuleSet(@"[{ ""conditions"": [ { ""fn"": ""isSet"", ""argv"": [ { ""ref"": ""Region"" } ] } ], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://x"" } }]");

            var error = Assert.Throws<EndpointResolutionException>(() => ruleSet.Resolve(new EndpointInputs()));
            Assert.Equal("No endpoint rule matched the given parameters.", error.Message);
        }

        [Fact]
        public void Assigned_value_is_visible_to_later_conditions_and_nested_rules()
        {
            var ruleSet = RuleSet(@"[{
                ""conditions"": [
                    { ""fn"": ""aws.partition"", ""argv"": [ { ""ref"": ""Region"" } ], ""assign"": ""P"" },
                    { ""fn"": ""getAttr"", ""argv"": [ { ""ref"": ""P"" }, ""name"" ], ""assign"": ""PartitionName"" }
                ],
                ""type"": ""tree"",
                ""rules"": [
                    { ""conditions"": [ { ""fn"": ""stringEquals"", ""argv"": [ { ""ref"": ""PartitionName"" }, ""aws-us-gov"" ] } ],
                      ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://gov.{P#dnsSuffix}"" } },
                    { ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://{PartitionName}.{P#dnsSuffix}"" } }
                ]
            }]");

            Assert.Equal("https://gov.amazonaws.com", ruleSet.Resolve(new EndpointInputs { Region = "us-gov-east-1" }).Url);
            Assert.Equal("https://aws-iso.c2s.ic.gov", ruleSet.Resolve(new EndpointInputs { Region = "us-iso-east-1" }).Url);
        }

        [Fact]
        public void Empty_string_result_counts_as_set_for_assign()
        {
            var ruleSet = RuleSet(@"[
                { ""conditions"": [ { ""fn"": ""uriEncode"", ""argv"": [ { ""ref"": ""Region"" } ], ""assign"": ""Encoded"" } ],
                  ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://x/[{Encoded}]"" } },
                { ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://unset"" } }
            ]");

            Assert.Equal("https://x/[]", Resolve(ruleSet, ("Region", "")).Url);
            Assert.Equal("https://unset", Resolve(ruleSet, ("Region", null)).Url);
        }

        [Fact]
        public void False_result_fails_the_condition_and_discards_earlier_assignments()
        {
            var ruleSet = RuleSet(@"[
                { ""conditions"": [
                    { ""fn"": ""aws.partition"", ""argv"": [ { ""ref"": ""Region"" } ], ""assign"": ""P"" },
                    { ""fn"": ""booleanEquals"", ""argv"": [ { ""ref"": ""UseFIPS"" }, true ] } ],
                  ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://fips.{P#dnsSuffix}"" } },
                { ""conditions"": [ { ""fn"": ""aws.partition"", ""argv"": [ ""cn-north-1"" ], ""assign"": ""P"" } ],
                  ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://other.{P#dnsSuffix}"" } }
            ]");

            Assert.Equal("https://other.amazonaws.com.cn", ruleSet.Resolve(new EndpointInputs { Region = "us-east-1" }).Url);
        }

        [Fact]
        public void Url_may_be_a_function_result()
        {
            var ruleSet = RuleSet(@"[{ ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": { ""fn"": ""substring"", ""argv"": [ ""https://abc.example/xyz"", 0, 19, false ] } } }]");

            Assert.Equal("https://abc.example", ruleSet.Resolve(new EndpointInputs()).Url);
        }

        [Fact]
        public void Defaults_apply_when_a_parameter_is_unset()
        {
            var ruleSet = RuleSet(
                @"[{ ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://{Stage}.example"" } }]",
                @"""parameters"": { ""Stage"": { ""type"": ""string"", ""required"": true, ""default"": ""prod"" } }");

            Assert.Equal("https://prod.example", Resolve(ruleSet).Url);
            Assert.Equal("https://beta.example", Resolve(ruleSet, ("Stage", "beta")).Url);
        }

        [Fact]
        public void Required_parameter_without_value_or_default_is_an_error()
        {
            var ruleSet = RuleSet(
                @"[{ ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://{Stage}.example"" } }]",
                @"""parameters"": { ""Stage"": { ""type"": ""string"", ""required"": true } }");

            var error = Assert.Throws<EndpointResolutionException>(() => Resolve(ruleSet));
            Assert.Contains("'Stage' is required", error.Message);
        }

        [Fact]
        public void Parameter_of_the_wrong_type_is_an_error()
        {
            var ruleSet = RuleSet(@"[{ ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://x"" } }]");

            var error = Assert.Throws<EndpointResolutionException>(() => Resolve(ruleSet, ("UseFIPS", "true")));
            Assert.Contains("'UseFIPS' must be a Boolean", error.Message);
        }

        [Fact]
        public void Inputs_bind_by_builtIn_not_by_parameter_name()
        {
            var ruleSet = RuleSet(
                @"[{ ""conditions"": [ { ""fn"": ""booleanEquals"", ""argv"": [ { ""ref"": ""Fips"" }, true ] } ], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://{Where}-fips"" } },
                   { ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://{Where}"" } }]",
                @"""parameters"": {
                    ""Where"": { ""type"": ""string"", ""builtIn"": ""AWS::Region"" },
                    ""Fips"": { ""type"": ""boolean"", ""builtIn"": ""AWS::UseFIPS"", ""required"": true, ""default"": false } }");

            Assert.Equal("https://eu-west-1-fips", ruleSet.Resolve(new EndpointInputs { Region = "eu-west-1", UseFips = true }).Url);
        }

        [Theory]
        [InlineData(@"{ ""fn"": ""aws.madeUp"", ""argv"": [] }", "unsupported function 'aws.madeUp'")]
        [InlineData(@"{ ""fn"": ""isSet"", ""argv"": [ { ""ref"": ""Region"" }, true ] }", "'isSet' at rules[0].conditions[0] takes 1 argument(s), got 2")]
        [InlineData(@"{ ""fn"": ""isSet"", ""argv"": [ { ""ref"": ""Nowhere"" } ] }", "'Nowhere' is neither a parameter nor assigned")]
        [InlineData(@"{ ""fn"": ""isSet"", ""argv"": [ { ""ref"": ""Region"" } ], ""assign"": ""Region"" }", "assigns 'Region', which is already defined")]
        [InlineData(@"{ ""fn"": ""getAttr"", ""argv"": [ { ""ref"": ""Region"" }, ""a..b"" ] }", "empty segment")]
        [InlineData(@"{ ""ref"": ""Region"" }", "is not a function call")]
        public void Invalid_conditions_are_rejected_at_parse_time(string condition, string expected)
        {
            var error = Assert.Throws<FormatException>(() => RuleSet(
                @"[{ ""conditions"": [ " + condition + @" ], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://x"" } }]"));

            Assert.Contains(expected, error.Message);
        }

        [Fact]
        public void Unknown_function_deep_in_an_untaken_branch_is_still_rejected()
        {
            var error = Assert.Throws<FormatException>(() => RuleSet(@"[
                { ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://x"" } },
                { ""conditions"": [], ""type"": ""tree"", ""rules"": [
                    { ""conditions"": [ { ""fn"": ""aws.parseArnV2"", ""argv"": [ ""x"" ] } ], ""type"": ""error"", ""error"": ""never"" } ] }
            ]"));

            Assert.Contains("'aws.parseArnV2' at rules[1].rules[0].conditions[0]", error.Message);
        }

        [Fact]
        public void Assignment_is_not_visible_to_sibling_rules()
        {
            var error = Assert.Throws<FormatException>(() => RuleSet(@"[
                { ""conditions"": [ { ""fn"": ""aws.partition"", ""argv"": [ { ""ref"": ""Region"" } ], ""assign"": ""P"" } ], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://a"" } },
                { ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://{P#dnsSuffix}"" } }
            ]"));

            Assert.Contains("At rules[1].endpoint.url: 'P' is neither a parameter", error.Message);
        }

        [Theory]
        [InlineData(@"{ ""version"": ""2.0"", ""parameters"": {}, ""rules"": [] }", "version '2.0' is not supported")]
        [InlineData(@"{ ""version"": ""1.0"", ""parameters"": {}, ""rules"": [ { ""conditions"": [], ""type"": ""magic"" } ] }", "unknown type 'magic'")]
        [InlineData(@"{ ""version"": ""1.0"", ""parameters"": { ""X"": { ""type"": ""Integer"" } }, ""rules"": [] }", "unsupported type 'Integer'")]
        [InlineData(@"{ ""version"": ""1.0"", ""parameters"": { ""X"": { ""type"": ""Boolean"", ""default"": ""yes"" } }, ""rules"": [] }", "default that is not a Boolean")]
        [InlineData(@"{ ""version"": ""1.0"", ""parameters"": {} }", "has no 'rules'")]
        [InlineData(@"{ ""version"": ""1.0"", ""rules"": [ { ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://{oops"" } } ] }", "unclosed")]
        [InlineData(@"{ ""version"": ""1.0"", ""rules"": [ { ""conditions"": [], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://oops}"" } } ] }", "unmatched")]
        [InlineData(@"{ not json", "not valid JSON")]
        public void Malformed_rule_sets_are_rejected(string json, string expected)
        {
            var error = Assert.Throws<FormatException>(() => EndpointRuleSet.Parse(json));

            Assert.Contains(expected, error.Message);
        }

        [Fact]
        public void Function_type_errors_name_the_function_and_location()
        {
            var ruleSet = RuleSet(@"[{ ""conditions"": [ { ""fn"": ""not"", ""argv"": [ { ""ref"": ""Region"" } ] } ], ""type"": ""endpoint"", ""endpoint"": { ""url"": ""https://x"" } }]");

            var error = Assert.Throws<EndpointResolutionException>(() => ruleSet.Resolve(new EndpointInputs { Region = "us-east-1" }));
            Assert.Equal("not at rules[0].conditions[0]: argument 1 must be a boolean, got string \"us-east-1\".", error.Message);
        }

        [Fact]
        public void Rule_sets_are_safe_to_share_between_threads()
        {
            var ruleSet = ServiceEndpointRules.Qldb;
            var regions = new[] { "us-east-1", "cn-north-1", "us-gov-west-1", "us-iso-east-1" };

            System.Threading.Tasks.Parallel.For(0, 2000, i =>
            {
                var region = regions[i % regions.Length];
                var endpoint = ruleSet.Resolve(new EndpointInputs { Region = region, UseFips = i % 2 == 0 });
                Assert.StartsWith(i % 2 == 0 ? $"https://qldb-fips.{region}." : $"https://qldb.{region}.", endpoint.Url);
            });
        }
    }
}
