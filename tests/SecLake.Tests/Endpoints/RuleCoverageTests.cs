using System.Collections.Generic;
using System.Linq;
using SecLake.Endpoints;
using Xunit;

namespace SecLake.Tests.Endpoints
{
    /// <summary>
    /// Proves the endpoint table exercises every endpoint and error leaf of both rule sets, and that each
    /// row ends at a leaf of the kind it expects.
    /// </summary>
    public class RuleCoverageTests
    {
        [Theory]
        [InlineData("qldb")]
        [InlineData("securitylake")]
        public void Table_reaches_every_leaf(string service)
        {
            var leaves = EndpointCases.RuleSet(service).Leaves().Select(Describe).ToList();
            var reached = ReachedLeaves(service, EndpointCases.For(service));

            Assert.Empty(leaves.Except(reached));
            // Six errors and five endpoints in each rule set; guards against Leaves() silently finding none.
            Assert.Equal(11, leaves.Count);
        }

        /// <summary>
        /// Three error leaves ("... partition does not support ...") cannot be reached with the real
        /// partitions.json by any combination of Region, UseFIPS, UseDualStack and Endpoint: every partition
        /// AWS publishes today (aws, aws-cn, aws-us-gov, aws-iso*, aws-eusc) has supportsFIPS and
        /// supportsDualStack true. The table reaches them with test partition data instead. If this test
        /// fails, AWS has published a partition without one of them: add real-region rows for it.
        /// </summary>
        [Theory]
        [InlineData("qldb")]
        [InlineData("securitylake")]
        public void Partition_support_errors_are_unreachable_with_real_partition_data(string service)
        {
            var reached = ReachedLeaves(service, EndpointCases.For(service).Where(c => !c.NeedsTestPartitions));

            var unreached = EndpointCases.RuleSet(service).Leaves().Where(l => !reached.Contains(Describe(l))).ToList();

            Assert.All(unreached, leaf => Assert.IsType<ErrorRule>(leaf));
            Assert.Equal(
                new[] { EndpointCases.NoDualStack, EndpointCases.NoFipsOrDualStack, EndpointCases.NoFips },
                unreached.Select(leaf => Text(((ErrorRule)leaf).Message)).OrderBy(m => m, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Real_partitions_all_support_fips_and_dual_stack()
        {
            foreach (var region in new[] { "us-east-1", "cn-north-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1", "eu-isoe-west-1", "us-isof-south-1", "eusc-de-east-1" })
            {
                var partition = PartitionCatalog.Default.Resolve(region);
                Assert.Equal(true, partition["supportsFIPS"]);
                Assert.Equal(true, partition["supportsDualStack"]);
            }
        }

        [Theory]
        [MemberData(nameof(EndpointCases.All), MemberType = typeof(EndpointCases))]
        public void Each_row_ends_at_a_leaf_of_the_expected_kind(string service, string caseName)
        {
            var c = EndpointCases.Find(service, caseName);
            var ruleSet = EndpointCases.RuleSetFor(service, c);

            var outcome = ruleSet.Evaluate(ruleSet.BindBuiltIns(c.Inputs));

            if (c.Url != null)
            {
                Assert.IsType<EndpointRule>(outcome.Leaf);
            }
            else
            {
                var rule = Assert.IsType<ErrorRule>(outcome.Leaf);
                Assert.Equal(c.Error, ((TemplateExpression)rule.Message).Text);
            }
        }

        private static HashSet<string> ReachedLeaves(string service, IEnumerable<EndpointCase> cases)
        {
            var reached = new HashSet<string>();
            foreach (var c in cases)
            {
                var ruleSet = EndpointCases.RuleSetFor(service, c);
                reached.Add(Describe(ruleSet.Evaluate(ruleSet.BindBuiltIns(c.Inputs)).Leaf));
            }
            return reached;
        }

        /// <summary>Location plus what the leaf produces, so failures say which leaf was missed.</summary>
        private static string Describe(Rule leaf) => leaf switch
        {
            EndpointRule e => $"{leaf.Location} endpoint {Text(e.Url)}",
            ErrorRule e => $"{leaf.Location} error {Text(e.Message)}",
            _ => leaf.Location,
        };

        private static string Text(Expression expression) => expression switch
        {
            TemplateExpression t => t.Text,
            ReferenceExpression r => "{ref " + r.Name + "}",
            _ => expression.GetType().Name,
        };
    }
}
