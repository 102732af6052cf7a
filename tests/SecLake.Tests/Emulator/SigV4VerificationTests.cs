using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>Signed requests are accepted; anything spoilt after signing, or signed wrongly, is refused as AWS refuses it.</summary>
public sealed class SigV4VerificationTests(SecondAccountFixture emulator) : SharedEmulatorTests<SecondAccountFixture>(emulator)
{
    private static readonly JsonObject CreateBody = new() { ["Name"] = "signed-ledger", ["PermissionsMode"] = "STANDARD" };


    [Fact]
    public async Task AcceptsACorrectlySignedRequest()
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
    public async Task AcceptsADeclaredPayloadHash()
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody.DeepClone(), new SendOptions { SendContentSha256 = true });
        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task RefusesABodyChangedAfterSigningAndChangesNothing()
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
    public async Task RefusesABodyThatDoesNotMatchItsDeclaredHash()
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody.DeepClone(),
            new SendOptions { SendContentSha256 = true, ReplaceBody = """{"Name":"other-ledger","PermissionsMode":"STANDARD"}""" });

        AssertInvalidSignature(reply);
    }

    [Fact]
    public async Task RefusesASignedHeaderChangedAfterSigning()
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody.DeepClone(), new SendOptions
        {
            AfterSigning = request => request.Content!.Headers.ContentType = new("application/x-amz-json-1.1"),
        });

        AssertInvalidSignature(reply);
    }

    [Fact]
    public async Task RefusesAQueryChangedAfterSigning()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers?max_results=1", options: new SendOptions
        {
            AfterSigning = request => request.RequestUri = new Uri(request.RequestUri!.ToString().Replace("max_results=1", "max_results=2")),
        });

        AssertInvalidSignature(reply);
    }

    [Fact]
    public async Task AcceptsTwoHundredValuesOfOneQueryNameInAnyWireOrder()
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
    public async Task RefusesAWrongSecret()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions
        {
            Credentials = TestCredentials.Default with { SecretKey = "not-the-secret" },
        });

        AssertInvalidSignature(reply);
        Assert.Contains("The Canonical String for this request should have been", reply.Message);
    }

    [Fact]
    public async Task RefusesARequestTimeMoreThanFifteenMinutesOld()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions { SignTime = DateTimeOffset.UtcNow.AddMinutes(-16) });

        AssertInvalidSignature(reply);
        Assert.StartsWith("Signature expired", reply.Message);
    }

    [Fact]
    public async Task RefusesARequestTimeMoreThanFifteenMinutesAhead()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions { SignTime = DateTimeOffset.UtcNow.AddMinutes(16) });

        AssertInvalidSignature(reply);
        Assert.StartsWith("Signature not yet current", reply.Message);
    }

    [Fact]
    public async Task AcceptsARequestTimeWithinTheAllowedSkew()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions { SignTime = DateTimeOffset.UtcNow.AddMinutes(-14) });
        Assert.Equal(200, reply.Status);
    }

    [Theory]
    [InlineData("qldb", "/v1/datalakes", "securitylake")]
    [InlineData("securitylake", "/ledgers", "qldb")]
    public async Task RefusesACredentialScopedToAnotherService(string signingService, string path, string pathService)
    {
        var reply = await Client.SendAsync(pathService, HttpMethod.Get, path, null, new SendOptions { SigningService = signingService });

        AssertInvalidSignature(reply);
        Assert.Contains($"'{pathService}'", reply.Message);
    }

    [Fact]
    public async Task RefusesAnUnsignedRequest()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions { Unsigned = true });

        Assert.Equal(403, reply.Status);
        Assert.Equal("MissingAuthenticationTokenException", reply.ErrorType);
        Assert.Equal("Missing Authentication Token", reply.Message);
        Assert.False(string.IsNullOrEmpty(reply.RequestId));
    }

    [Fact]
    public async Task RefusesAnUnknownAccessKey()
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
    public async Task RefusesAMalformedAuthorizationHeader()
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
    public async Task TemporaryCredentialWithItsSessionTokenActsInItsOwnAccount()
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
    public async Task RefusesATemporaryCredentialWithoutItsSessionToken(string? token)
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions
        {
            Credentials = SecondAccountFixture.Temporary with { SessionToken = token },
        });

        Assert.Equal(403, reply.Status);
        Assert.Equal("UnrecognizedClientException", reply.ErrorType);
    }

    [Fact]
    public async Task RefusesASessionTokenSentWithALongTermKey()
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
