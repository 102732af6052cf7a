using System.Net;
using SecLake.Aws;
using SecLake.Qldb;
using Xunit;

namespace SecLake.Tests.Common;

/// <summary>What an error says at the prompt: short, in cmdlet terms, the service's code and request id kept.</summary>
public class ErrorMessageTests
{
    private const string SignatureDump =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. " +
        "Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'GET\n/ledgers\n\nhost:x'\n\n" +
        "The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261129T000000Z'";

    private static ServiceException Error(string code, int status, string message) =>
        QldbErrorFactory.Instance.Create(new ServiceErrorResponse(code, message, "req-7", (HttpStatusCode)status, null, null));

    [Theory]
    [InlineData("InvalidSignatureException")]
    [InlineData("SignatureDoesNotMatch")]
    public void A_wrong_secret_key_is_one_sentence_of_what_to_check_without_the_canonical_request(string code)
    {
        var description = ServiceErrorMapper.Describe(Error(code, 403, SignatureDump));
        Assert.Equal("The request signature does not match: check the secret key that goes with the access key " +
            $"(-SecretKey, the profile, or AWS_SECRET_ACCESS_KEY) and this computer's clock. (QLDB {code}, HTTP 403, request id req-7)", description.Message);
        Assert.Null(description.RecommendedAction);
        Assert.Equal("PermissionDenied", description.Kind.ToString());
    }

    [Fact]
    public void A_service_message_keeps_its_first_paragraph_only()
    {
        var description = ServiceErrorMapper.Describe(Error("ResourceInUseException", 409, "busy now.\n\ndetails for a debugger"));
        Assert.Equal("busy now. (QLDB ResourceInUseException, HTTP 409, request id req-7)", description.Message);
    }

    [Fact]
    public void A_summary_replaces_the_service_sentence_and_keeps_code_status_and_request_id()
    {
        var e = Error("ResourcePreconditionNotMetException", 412, "Disable it with UpdateLedger (DeletionProtection false) before deleting.");
        var description = ServiceErrorMapper.Describe(e, summary: "Ledger 'l' has deletion protection on.");
        Assert.Equal("Ledger 'l' has deletion protection on. (QLDB ResourcePreconditionNotMetException, HTTP 412, request id req-7)", description.Message);
        Assert.DoesNotContain("UpdateLedger", description.Message);
    }

    [Fact]
    public void A_hint_leads_the_message_and_is_not_repeated_as_the_recommended_action()
    {
        var e = Error("AccessDeniedException", 403, "not allowed");
        var description = ServiceErrorMapper.Describe(e, hint: "Protection is back on.");
        Assert.StartsWith("Protection is back on. not allowed (QLDB AccessDeniedException", description.Message);
        Assert.NotEqual("Protection is back on.", description.RecommendedAction);
    }
}
