using System;
using System.IO;
using System.Text.Json;
using SecLake.Endpoints;
using Xunit;

namespace SecLake.Tests.Endpoints
{
    /// <summary>The embedded copies are the shared service models, and the partitions file is complete.</summary>
    public class EmbeddedDataTests
    {
        [Theory]
        [InlineData(EmbeddedData.QldbRuleSet, "qldb-2019-01-02.endpoint-rule-set-1.json")]
        [InlineData(EmbeddedData.SecurityLakeRuleSet, "securitylake-2018-05-10.endpoint-rule-set-1.json")]
        public void Embedded_rule_sets_match_the_shared_models(string resource, string modelFile)
        {
            // The test project copies ../shared/models next to the test assembly.
            var shared = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "models", modelFile));

            Assert.Equal(shared, EmbeddedData.Read(resource));
        }

        [Fact]
        public void Embedded_partitions_list_every_known_partition()
        {
            using var document = JsonDocument.Parse(EmbeddedData.Read(EmbeddedData.Partitions));
            var ids = new System.Collections.Generic.List<string>();
            foreach (var partition in document.RootElement.GetProperty("partitions").EnumerateArray())
            {
                ids.Add(partition.GetProperty("id").GetString()!);
            }

            Assert.Equal(new[] { "aws", "aws-cn", "aws-eusc", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-us-gov" }, ids);
        }

        [Fact]
        public void Missing_resource_is_reported_by_name()
        {
            var error = Assert.Throws<FileNotFoundException>(() => EmbeddedData.Read("SecLake.Endpoints.Data.nope.json"));

            Assert.Contains("nope.json", error.Message);
        }
    }
}
