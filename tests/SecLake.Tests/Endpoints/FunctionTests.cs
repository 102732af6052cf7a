using System.Collections.Generic;
using SecLake.Endpoints;
using Xunit;

namespace SecLake.Tests.Endpoints
{
    /// <summary>The standard-library and AWS functions, called directly.</summary>
    public class FunctionTests
    {
        private static object? Call(string name, params object?[] args)
        {
            Assert.True(FunctionLibrary.TryGet(name, out var function), name);
            var scope = new Scope(new Dictionary<string, object?>(), PartitionCatalog.Default);
            return function.Invoke(args, scope);
        }

        private static IReadOnlyDictionary<string, object?> Record(object? value) =>
            Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);

        [Theory]
        [InlineData("https://example.com", "https", "example.com", "", "/", false)]
        [InlineData("https://example.com/", "https", "example.com", "/", "/", false)]
        [InlineData("http://localhost:4566/a/b", "http", "localhost:4566", "/a/b", "/a/b/", false)]
        [InlineData("https://example.com:443/a/", "https", "example.com:443", "/a/", "/a/", false)]
        [InlineData("http://127.0.0.1:8080", "http", "127.0.0.1:8080", "", "/", true)]
        [InlineData("https://[::1]/x", "https", "[::1]", "/x", "/x/", true)]
        public void ParseUrl_splits_http_urls(string url, string scheme, string authority, string path, string normalizedPath, bool isIp)
        {
            var parsed = Record(Call("parseURL", url));

            Assert.Equal(scheme, parsed["scheme"]);
            Assert.Equal(authority, parsed["authority"]);
            Assert.Equal(path, parsed["path"]);
            Assert.Equal(normalizedPath, parsed["normalizedPath"]);
            Assert.Equal(isIp, parsed["isIp"]);
        }

        [Theory]
        [InlineData("https://example.com/?x=1")]
        [InlineData("https://example.com?x")]
        [InlineData("ftp://example.com")]
        [InlineData("example.com")]
        [InlineData("not a url")]
        [InlineData(null)]
        public void ParseUrl_rejects_non_endpoint_urls(string? url)
        {
            Assert.Null(Call("parseURL", url));
        }

        [Theory]
        [InlineData("abcdef", 0, 3, false, "abc")]
        [InlineData("abcdef", 0, 3, true, "def")]
        [InlineData("abcdef", 1, 6, false, "bcdef")]
        [InlineData("abcdef", 2, 4, true, "cd")]
        [InlineData("abcdef", 3, 3, false, null)]
        [InlineData("abcdef", 0, 7, false, null)]
        [InlineData("abcdé", 0, 2, false, null)]
        [InlineData(null, 0, 1, false, null)]
        public void Substring_follows_the_spec(string? input, int start, int stop, bool reverse, string? expected)
        {
            Assert.Equal(expected, Call("substring", input, start, stop, reverse));
        }

        [Theory]
        [InlineData("abc-_.~XYZ09", "abc-_.~XYZ09")]
        [InlineData("a b/c?d=e&f", "a%20b%2Fc%3Fd%3De%26f")]
        [InlineData("é", "%C3%A9")]
        [InlineData("", "")]
        public void UriEncode_percent_encodes_all_but_unreserved(string input, string expected)
        {
            Assert.Equal(expected, Call("uriEncode", input));
        }

        [Theory]
        [InlineData("us-east-1", false, true)]
        [InlineData("a", false, true)]
        [InlineData("-a", false, false)]
        [InlineData("a-", false, false)]
        [InlineData("a_b", false, false)]
        [InlineData("", false, false)]
        [InlineData("a.b", false, false)]
        [InlineData("a.b", true, true)]
        [InlineData("a..b", true, false)]
        [InlineData("a.-b", true, false)]
        [InlineData("ünï", false, false)]
        [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false, true)]
        [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false, false)]
        [InlineData(null, true, false)]
        public void IsValidHostLabel_checks_rfc1123_labels(string? value, bool allowSubDomains, bool expected)
        {
            Assert.Equal(expected, Call("isValidHostLabel", value, allowSubDomains));
        }

        [Theory]
        [InlineData("my-bucket", false, true)]
        [InlineData("My-bucket", false, false)]
        [InlineData("ab", false, false)]
        [InlineData("192.168.0.1", true, false)]
        [InlineData("abc.def", false, false)]
        [InlineData("abc.def", true, true)]
        [InlineData("abc.de", true, false)]
        [InlineData("bucket-", false, false)]
        public void IsVirtualHostableS3Bucket_checks_bucket_names(string value, bool allowSubDomains, bool expected)
        {
            Assert.Equal(expected, Call("aws.isVirtualHostableS3Bucket", value, allowSubDomains));
        }

        [Fact]
        public void ParseArn_splits_an_arn()
        {
            var arn = Record(Call("aws.parseArn", "arn:aws-cn:qldb:cn-north-1:123456789012:ledger/my-ledger:v1"));

            Assert.Equal("aws-cn", arn["partition"]);
            Assert.Equal("qldb", arn["service"]);
            Assert.Equal("cn-north-1", arn["region"]);
            Assert.Equal("123456789012", arn["accountId"]);
            Assert.Equal(new object?[] { "ledger", "my-ledger", "v1" }, arn["resourceId"]);
        }

        [Fact]
        public void ParseArn_allows_empty_region_and_account()
        {
            var arn = Record(Call("aws.parseArn", "arn:aws:s3:::bucket"));

            Assert.Equal("", arn["region"]);
            Assert.Equal("", arn["accountId"]);
            Assert.Equal(new object?[] { "bucket" }, arn["resourceId"]);
        }

        [Theory]
        [InlineData("arn::s3:::bucket")]
        [InlineData("arn:aws::::bucket")]
        [InlineData("arn:aws:s3:us-east-1:123:")]
        [InlineData("urn:aws:s3:::bucket")]
        [InlineData("arn:aws:s3")]
        public void ParseArn_rejects_non_arns(string value)
        {
            Assert.Null(Call("aws.parseArn", value));
        }

        [Fact]
        public void GetAttr_walks_records_and_lists()
        {
            var arn = Call("aws.parseArn", "arn:aws:s3:::bucket/key");

            Assert.Equal("key", Call("getAttr", arn, "resourceId[1]"));
            Assert.Null(Call("getAttr", arn, "resourceId[5]"));
            Assert.Null(Call("getAttr", arn, "missing"));
            Assert.Null(Call("getAttr", null, "name"));
        }

        [Fact]
        public void Partition_returns_the_full_record()
        {
            var partition = Record(Call("aws.partition", "us-gov-west-1"));

            Assert.Equal("aws-us-gov", partition["name"]);
            Assert.Equal("amazonaws.com", partition["dnsSuffix"]);
            Assert.Equal("api.aws", partition["dualStackDnsSuffix"]);
            Assert.Equal(true, partition["supportsFIPS"]);
            Assert.Equal(true, partition["supportsDualStack"]);
            Assert.Equal("us-gov-west-1", partition["implicitGlobalRegion"]);
        }

        [Theory]
        [InlineData("booleanEquals", true, true, true)]
        [InlineData("booleanEquals", true, false, false)]
        [InlineData("booleanEquals", null, true, false)]
        [InlineData("stringEquals", "a", "a", true)]
        [InlineData("stringEquals", "a", "A", false)]
        [InlineData("stringEquals", null, "a", false)]
        public void Equality_functions(string name, object? left, object? right, bool expected)
        {
            Assert.Equal(expected, Call(name, left, right));
        }

        [Fact]
        public void Not_and_isSet()
        {
            Assert.Equal(false, Call("not", true));
            Assert.Equal(true, Call("isSet", ""));
            Assert.Equal(false, Call("isSet", (object?)null));
        }

        [Fact]
        public void Equality_of_mismatched_types_is_an_error()
        {
            Assert.Throws<EndpointResolutionException>(() => Call("booleanEquals", "true", true));
            Assert.Throws<EndpointResolutionException>(() => Call("stringEquals", "a", 1));
        }
    }
}
