using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>Signed requests are accepted; anything spoilt after signing, or signed wrongly, is refused as AWS refuses it.</summary>
public sealed class SigV4VerificationTests(SecondAccountFixture emulator) : SharedEmulatorTests<SecondAccountFixture>(emulator)
{
    private static readonly JsonObject CreateBody = new() { ["Name"] = "signed-ledger", ["PermissionsMode"] = "STANDARD" };


    [Fact]
    public async Task Accepts_a_correctly_signed_request()
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody.DeepClone());

        Assert.Equal(200, reply.Status);
        Assert.False(string.IsNullOrEmpty(reply.RequestId));
        var recorded = Assert.Single(Emulator.Host.Requests);
        Assert.Equal(("qldb", "CreateLedger", "123456789012", "us-east-1", 200),
            (recorded.Service, recorded.Operation, recorded.AccountId, recorded.Region, recorded.StatusCode));
        Assert.Contains("host", recorded.SignedHeaders);
    }

    [Fact]
    public async Task Accepts_a_declared_payload_hash()
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody.DeepClone(), new SendOptions { SendContentSha256 = true });
        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task Refuses_a_body_changed_after_signing_and_changes_nothing()
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody.DeepClone(),
            new SendOptions { ReplaceBody = """{"Name":"other-ledger","PermissionsMode":"STANDARD"}""" });

        AssertInvalidSignature(reply);
        Assert.StartsWith("The request signature we calculated does not match the signature you provided.", reply.Message);
        var list = await Client.QldbAsync(HttpMethod.Get, "/ledgers");
        Assert.Empty(list.Json!["Ledgers"]!.AsArray());
        Assert.Equal(403, Emulator.Host.Requests[0].StatusCode);
    }

    [Fact]
    public async Task Refuses_a_body_that_does_not_match_its_declared_hash()
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody.DeepClone(),
            new SendOptions { SendContentSha256 = true, ReplaceBody = """{"Name":"other-ledger","PermissionsMode":"STANDARD"}""" });

        AssertInvalidSignature(reply);
    }

    [Fact]
    public async Task Refuses_a_signed_header_changed_after_signing()
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody.DeepClone(), new SendOptions
        {
            AfterSigning = request => request.Content!.Headers.ContentType = new("application/x-amz-json-1.1"),
        });

        AssertInvalidSignature(reply);
    }

    [Fact]
    public async Task Refuses_a_query_changed_after_signing()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers?max_results=1", options: new SendOptions
        {
            AfterSigning = request => request.RequestUri = new Uri(request.RequestUri!.ToString().Replace("max_results=1", "max_results=2")),
        });

        AssertInvalidSignature(reply);
    }

    [Fact]
    public async Task Accepts_two_hundred_values_of_one_query_name_in_any_wire_order()
    {
        // AWS canonicalizes the query itself (sorted by encoded name, then encoded value), so the order sent carries
        // no meaning; 200 values are far beyond the 16 where an unstable sort starts to reorder equal names.
        Assert.Equal(200, (await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody.DeepClone())).Status);
        var random = new Random(17);
        var keys = Enumerable.Range(0, 200).Select(i => Uri.EscapeDataString($"k{i / 2:D3}{(i % 2 == 0 ? ":" : "-")}x")).OrderBy(_ => random.Next());
        var arn = Uri.EscapeDataString("arn:aws:qldb:us-east-1:123456789012:ledger/signed-ledger");

        var reply = await Client.QldbAsync(HttpMethod.Delete, $"/tags/{arn}?{string.Join('&', keys.Select(k => "tagKeys=" + k))}");

        Assert.Equal(200, reply.Status);
        Assert.Equal(200, Emulator.Host.Requests[^1].QueryString.Split('&').Length);
    }

    [Fact]
    public async Task Refuses_a_wrong_secret()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions
        {
            Credentials = TestCredentials.Default with { SecretKey = "not-the-secret" },
        });

        AssertInvalidSignature(reply);
        Assert.Contains("The Canonical String for this request should have been", reply.Message);
    }

    [Fact]
    public async Task Refuses_a_request_time_more_than_fifteen_minutes_old()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions { SignTime = DateTimeOffset.UtcNow.AddMinutes(-16) });

        AssertInvalidSignature(reply);
        Assert.StartsWith("Signature expired", reply.Message);
    }

    [Fact]
    public async Task Refuses_a_request_time_more_than_fifteen_minutes_ahead()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions { SignTime = DateTimeOffset.UtcNow.AddMinutes(16) });

        AssertInvalidSignature(reply);
        Assert.StartsWith("Signature not yet current", reply.Message);
    }

    [Fact]
    public async Task Accepts_a_request_time_within_the_allowed_skew()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions { SignTime = DateTimeOffset.UtcNow.AddMinutes(-14) });
        Assert.Equal(200, reply.Status);
    }

    [Theory]
    [InlineData("qldb", "/v1/datalakes", "securitylake")]
    [InlineData("securitylake", "/ledgers", "qldb")]
    public async Task Refuses_a_credential_scoped_to_another_service(string signingService, string path, string pathService)
    {
        var reply = await Client.SendAsync(pathService, HttpMethod.Get, path, null, new SendOptions { SigningService = signingService });

        AssertInvalidSignature(reply);
        Assert.Contains($"'{pathService}'", reply.Message);
    }

    [Fact]
    public async Task Refuses_an_unsigned_request()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions { Unsigned = true });

        Assert.Equal(403, reply.Status);
        Assert.Equal("MissingAuthenticationTokenException", reply.ErrorType);
        Assert.Equal("Missing Authentication Token", reply.Message);
        Assert.False(string.IsNullOrEmpty(reply.RequestId));
    }

    [Fact]
    public async Task Refuses_an_unknown_access_key()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions
        {
            Credentials = TestCredentials.Default with { AccessKey = "AKIAUNKNOWNKEY000000" },
        });

        Assert.Equal(403, reply.Status);
        Assert.Equal("UnrecognizedClientException", reply.ErrorType);
        Assert.Equal("The security token included in the request is invalid.", reply.Message);
    }

    [Fact]
    public async Task Refuses_a_malformed_Authorization_header()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions
        {
            Unsigned = true,
            AfterSigning = request => request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Signature=abc"),
        });

        Assert.Equal(400, reply.Status);
        Assert.Equal("IncompleteSignatureException", reply.ErrorType);
    }

    [Fact]
    public async Task A_temporary_credential_with_its_session_token_acts_in_its_own_account()
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody.DeepClone(),
            new SendOptions { Credentials = SecondAccountFixture.Temporary });

        Assert.Equal(200, reply.Status);
        Assert.Equal("arn:aws:qldb:us-east-1:210987654321:ledger/signed-ledger", reply.Json!["Arn"]!.GetValue<string>());
        var defaultAccount = await Client.QldbAsync(HttpMethod.Get, "/ledgers");
        Assert.Empty(defaultAccount.Json!["Ledgers"]!.AsArray());
    }

    [Theory]
    [InlineData("another-token")]
    [InlineData(null)]
    public async Task Refuses_a_temporary_credential_without_its_session_token(string? token)
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions
        {
            Credentials = SecondAccountFixture.Temporary with { SessionToken = token },
        });

        Assert.Equal(403, reply.Status);
        Assert.Equal("UnrecognizedClientException", reply.ErrorType);
    }

    [Fact]
    public async Task Refuses_a_session_token_sent_with_a_long_term_key()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions
        {
            Credentials = TestCredentials.Default with { SessionToken = "unexpected" },
        });

        Assert.Equal("UnrecognizedClientException", reply.ErrorType);
    }

    private static void AssertInvalidSignature(ServiceReply reply)
    {
        Assert.Equal(403, reply.Status);
        Assert.Equal("InvalidSignatureException", reply.ErrorType);
        Assert.False(string.IsNullOrEmpty(reply.RequestId));
    }
}
