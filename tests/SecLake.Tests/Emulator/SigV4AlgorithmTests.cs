using SecLake.Emulator.Auth;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>
/// The emulator's SigV4 implementation and the tests' own signer against AWS's published examples (the SigV4
/// test suite's get-vanilla cases and the IAM ListUsers example of the signing documentation), and against
/// signatures computed by botocore 1.43.11 for QLDB and Security Lake paths with encoded ARN labels.
/// </summary>
public sealed class SigV4AlgorithmTests
{
    private const string DocsSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string AmzDate = "20150830T123600Z";

    public static IEnumerable<object[]> PublishedVectors() => new[]
    {
        // aws-sig-v4-test-suite: get-vanilla
        new object[] { "GET", "/", "", "example.amazonaws.com", null!, "us-east-1", "service",
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31" },
        // aws-sig-v4-test-suite: get-vanilla-query-order-key-case (query sorted before signing)
        new object[] { "GET", "/", "Param2=value2&Param1=value1", "example.amazonaws.com", null!, "us-east-1", "service",
            "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500" },
        // SigV4 documentation example: IAM ListUsers with a Content-Type header
        new object[] { "GET", "/", "Action=ListUsers&Version=2010-05-08", "iam.amazonaws.com",
            "application/x-www-form-urlencoded; charset=utf-8", "us-east-1", "iam",
            "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7" },
        // botocore 1.43.11: QLDB ListTagsForResource, ARN label percent-encoded on the wire (double-encoded when signed)
        new object[] { "GET", "/tags/arn%3Aaws%3Aqldb%3Aus-east-1%3A123456789012%3Aledger%2Fmy-ledger", "",
            "qldb.us-east-1.amazonaws.com", null!, "us-east-1", "qldb",
            "e5cb8779bc71282a041d83d480e87f3cc31cce4185e82eca6955e443516ce446" },
        // botocore 1.43.11: Security Lake UntagResource, encoded label and a repeated, space-containing query member
        new object[] { "DELETE", "/v1/tags/arn%3Aaws%3Asecuritylake%3Aeu-west-1%3A123456789012%3Adata-lake%2Fdefault",
            "tagKeys=b%20c&tagKeys=a", "securitylake.eu-west-1.amazonaws.com", null!, "eu-west-1", "securitylake",
            "9a6b4b97e3d304d9e599a65424f1c4a767979754cd1bf3a80fffdd691c11c167" },
        // botocore 1.43.11: QLDB UntagResource, values of one name whose order changes once encoded ("k-x" before
        // "k:x" raw, "k%3Ax" first encoded), sent in their raw order as the AWS SDK for .NET sends them
        new object[] { "DELETE", "/tags/arn%3Aaws%3Aqldb%3Aus-east-1%3A123456789012%3Aledger%2Fmy-ledger",
            "tagKeys=k%20x&tagKeys=k-x&tagKeys=k.x&tagKeys=k%2Fx&tagKeys=k%3Ax&tagKeys=k%C3%A9x", "qldb.us-east-1.amazonaws.com", null!,
            "us-east-1", "qldb", "83006025c84849cf1eb7023e3778c773f4dd669e99eac5f1efd7147c5bb316ba" },
        // botocore 1.43.11: Security Lake ListDataLakes with all 17 Regions, sent in reverse order
        new object[] { "GET", "/v1/datalakes", string.Join('&', DataLakeRegions.Reverse().Select(r => "regions=" + r)),
            "securitylake.us-east-1.amazonaws.com", null!, "us-east-1", "securitylake",
            "fec3d181a165196ca4fb2befd787dce1efd62ac8ff73e1bd0b5e3621d037185b" },
    };

    private static readonly string[] DataLakeRegions =
    {
        "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "ca-central-1",
        "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2",
    };

    [Theory]
    [MemberData(nameof(PublishedVectors))]
    public void Emulator_computes_the_published_signature(
        string method, string path, string query, string host, string? contentType, string region, string service, string expected)
    {
        var headers = Headers(host, contentType);
        var signedHeaders = headers.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToList();
        var canonical = SigV4.CanonicalRequest(method, path, query, signedHeaders, name => new[] { headers[name] }, SigV4.EmptyPayloadHash);
        var stringToSign = SigV4.StringToSign(AmzDate, SigV4.CredentialScope("20150830", region, service), canonical);

        var signature = SigV4.Signature(SigV4.SigningKey(DocsSecret, "20150830", region, service), stringToSign);

        Assert.Equal(expected, signature);
    }

    [Theory]
    [MemberData(nameof(PublishedVectors))]
    public void Test_signer_computes_the_published_signature(
        string method, string path, string query, string host, string? contentType, string region, string service, string expected)
    {
        var signature = TestSigV4Signer.Signature(method, path, query, Headers(host, contentType), TestSigV4Signer.EmptySha256,
            DocsSecret, AmzDate, region, service, out _);

        Assert.Equal(expected, signature);
    }

    [Fact]
    public void Get_vanilla_canonical_request_and_string_to_sign_match_the_test_suite()
    {
        var headers = Headers("example.amazonaws.com", null);
        var canonical = SigV4.CanonicalRequest("GET", "/", "", new[] { "host", "x-amz-date" }, n => new[] { headers[n] }, SigV4.EmptyPayloadHash);

        Assert.Equal(
            "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + SigV4.EmptyPayloadHash,
            canonical);
        Assert.Equal(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\nbb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
            SigV4.StringToSign(AmzDate, "20150830/us-east-1/service/aws4_request", canonical));
    }

    [Fact]
    public void Derives_the_documented_signing_key()
    {
        // The IAM example's signing key from the SigV4 documentation.
        var key = SigV4.SigningKey(DocsSecret, "20150830", "us-east-1", "iam");
        Assert.Equal("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9", System.Convert.ToHexStringLower(key));
    }

    [Theory]
    [InlineData("/tags/arn%3Aaws%3Aqldb%3Aus-east-1%3A1%3Aledger%2Fx", "/tags/arn%253Aaws%253Aqldb%253Aus-east-1%253A1%253Aledger%252Fx")]
    [InlineData("/ledgers/my-ledger", "/ledgers/my-ledger")]
    [InlineData("/a/./b/../c", "/a/c")]
    [InlineData("//ledgers//x/", "/ledgers/x/")]
    [InlineData("", "/")]
    [InlineData("/with space", "/with%20space")]
    public void Canonical_URI_normalizes_and_encodes_the_wire_path_again(string wirePath, string expected)
    {
        Assert.Equal(expected, SigV4.CanonicalUri(wirePath));
    }

    [Theory]
    [InlineData("b=2&a=1&A=0", "A=0&a=1&b=2")]
    [InlineData("tagKeys=z&tagKeys=a", "tagKeys=a&tagKeys=z")]
    [InlineData("k=a%2Fb&flag", "flag=&k=a%2Fb")]
    [InlineData("k=a/b~c", "k=a%2Fb~c")]
    [InlineData("", "")]
    // Repeated names: values sorted after encoding, where raw order differs ('-' < ':' but '%' < '-'; 'é' > 'z' but '%' < 'z').
    [InlineData("k=a-b&k=a%3Ab", "k=a%3Ab&k=a-b")]
    [InlineData("k=a.&k=a/", "k=a%2F&k=a.")]
    [InlineData("k=z&k=%C3%A9&j=b&j=a", "j=a&j=b&k=%C3%A9&k=z")]
    [InlineData("tagKeys=b-c&tagKeys=b%2Bc&tagKeys=b%20c", "tagKeys=b%20c&tagKeys=b%2Bc&tagKeys=b-c")]
    public void CanonicalQuerySortsAndEncodesStrictly(string wireQuery, string expected)
    {
        Assert.Equal(expected, SigV4.CanonicalQueryString(wireQuery));
    }

    [Fact]
    public void Canonical_query_sorts_two_hundred_values_of_one_name_whatever_their_wire_order()
    {
        // Far beyond the 16 elements where an unstable sort starts to reorder equal names.
        var values = Enumerable.Range(0, 200).Select(i => $"v{i:D3}").ToList();
        var random = new System.Random(17);
        var shuffled = values.OrderBy(_ => random.Next()).ToList();
        Assert.NotEqual(values, shuffled);

        var canonical = SigV4.CanonicalQueryString("b=1&" + string.Join('&', shuffled.Select(v => "tagKeys=" + v)) + "&a=1");

        Assert.Equal("a=1&b=1&" + string.Join('&', values.Select(v => "tagKeys=" + v)), canonical);
    }

    [Fact]
    public void Canonical_headers_trim_and_collapse_whitespace_and_join_repeated_values()
    {
        var values = new Dictionary<string, string[]> { ["host"] = new[] { " h " }, ["x-multi"] = new[] { "a   b", "c" } };
        Assert.Equal("host:h\nx-multi:a b,c\n", SigV4.CanonicalHeaders(new[] { "host", "x-multi" }, n => values[n]));
    }

    [Fact]
    public void Parses_the_Authorization_header()
    {
        var header = AuthorizationHeader.TryParse(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/qldb/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc", out var error);

        Assert.Null(error);
        Assert.NotNull(header);
        Assert.Equal(("AKIDEXAMPLE", "20150830", "us-east-1", "qldb", "abc"),
            (header!.AccessKey, header.Date, header.Region, header.Service, header.Signature));
        Assert.Equal(new[] { "host", "x-amz-date" }, header.SignedHeaders);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("AWS4-HMAC-SHA256 SignedHeaders=host, Signature=abc")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/qldb, SignedHeaders=host, Signature=abc")]
    public void Rejects_malformed_Authorization_headers(string value)
    {
        Assert.Null(AuthorizationHeader.TryParse(value, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    private static Dictionary<string, string> Headers(string host, string? contentType)
    {
        var headers = new Dictionary<string, string> { ["host"] = host, ["x-amz-date"] = AmzDate };
        if (contentType is not null) headers["content-type"] = contentType;
        return headers;
    }
}
