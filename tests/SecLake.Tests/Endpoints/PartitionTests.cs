using System;
using SecLake.Endpoints;
using Xunit;

namespace SecLake.Tests.Endpoints
{
    public class PartitionTests
    {
        [Theory]
        [InlineData("us-east-1", "aws")]
        [InlineData("ap-southeast-7", "aws")]
        [InlineData("us-gov-west-1", "aws-us-gov")]
        [InlineData("cn-northwest-1", "aws-cn")]
        [InlineData("us-iso-east-1", "aws-iso")]
        [InlineData("us-isob-east-1", "aws-iso-b")]
        [InlineData("eu-isoe-west-1", "aws-iso-e")]
        [InlineData("us-isof-south-1", "aws-iso-f")]
        [InlineData("eusc-de-east-1", "aws-eusc")]
        public void Listed_regions_map_to_their_partition(string region, string partition)
        {
            Assert.Equal(partition, Partitions.PartitionOf(region));
        }

        [Theory]
        [InlineData("aws-global", "aws")]
        [InlineData("aws-us-gov-global", "aws-us-gov")]
        [InlineData("aws-cn-global", "aws-cn")]
        [InlineData("aws-iso-b-global", "aws-iso-b")]
        public void Exact_region_match_wins_over_patterns(string region, string partition)
        {
            // These pseudo-regions match no regionRegex; without the exact lookup they would fall back to aws.
            Assert.Equal(partition, Partitions.PartitionOf(region));
        }

        [Theory]
        [InlineData("us-west-42", "aws")]
        [InlineData("us-gov-north-9", "aws-us-gov")]
        [InlineData("cn-south-3", "aws-cn")]
        [InlineData("us-iso-north-2", "aws-iso")]
        [InlineData("us-isof-west-5", "aws-iso-f")]
        [InlineData("eusc-de-west-2", "aws-eusc")]
        public void Unlisted_regions_map_by_pattern(string region, string partition)
        {
            Assert.Equal(partition, Partitions.PartitionOf(region));
        }

        [Theory]
        [InlineData("mars-north-1")]
        [InlineData("local")]
        [InlineData("")]
        [InlineData("cn-north-1\n")]
        [InlineData("xcn-north-1")]
        public void Regions_matching_nothing_fall_back_to_aws(string region)
        {
            Assert.Equal("aws", Partitions.PartitionOf(region));
        }

        [Fact]
        public void Null_region_is_rejected()
        {
            Assert.Throws<ArgumentNullException>(() => Partitions.PartitionOf(null!));
        }

        [Fact]
        public void Exact_match_is_tried_before_any_partition_pattern()
        {
            // "us-weird-1" matches the first partition's pattern but is listed under the second.
            var catalog = PartitionCatalog.Parse(@"{ ""partitions"": [
                { ""id"": ""aws"", ""regionRegex"": ""^us\\-\\w+\\-\\d+$"", ""regions"": {}, ""outputs"": { ""name"": ""aws"", ""dnsSuffix"": ""a"" } },
                { ""id"": ""other"", ""regionRegex"": ""^zz$"", ""regions"": { ""us-weird-1"": { ""description"": ""odd"" } }, ""outputs"": { ""name"": ""other"", ""dnsSuffix"": ""b"" } }
            ] }");

            Assert.Equal("other", catalog.Resolve("us-weird-1")["name"]);
            Assert.Equal("aws", catalog.Resolve("us-normal-1")["name"]);
        }

        [Fact]
        public void Region_entries_may_override_partition_outputs()
        {
            var catalog = PartitionCatalog.Parse(@"{ ""partitions"": [
                { ""id"": ""aws"", ""regionRegex"": ""^x$"",
                  ""regions"": { ""old-1"": { ""supportsFIPS"": false }, ""new-1"": {} },
                  ""outputs"": { ""name"": ""aws"", ""dnsSuffix"": ""amazonaws.com"", ""supportsFIPS"": true } }
            ] }");

            Assert.Equal(false, catalog.Resolve("old-1")["supportsFIPS"]);
            Assert.Equal("amazonaws.com", catalog.Resolve("old-1")["dnsSuffix"]);
            Assert.Equal(true, catalog.Resolve("new-1")["supportsFIPS"]);
        }

        [Fact]
        public void Partition_data_without_aws_is_rejected()
        {
            var error = Assert.Throws<FormatException>(() => PartitionCatalog.Parse(
                @"{ ""partitions"": [ { ""id"": ""x"", ""regionRegex"": ""^x$"", ""outputs"": { ""name"": ""x"" } } ] }"));

            Assert.Contains("no 'aws' partition", error.Message);
        }

        [Fact]
        public void Partition_name_is_taken_from_the_id_when_outputs_omit_it()
        {
            var catalog = PartitionCatalog.Parse(@"{ ""partitions"": [ { ""id"": ""aws"", ""regionRegex"": ""^x$"", ""outputs"": { ""dnsSuffix"": ""d"" } } ] }");

            Assert.Equal("aws", catalog.Resolve("anything")["name"]);
        }
    }
}
