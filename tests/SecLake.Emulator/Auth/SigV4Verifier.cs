using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SecLake.Emulator.Http;

namespace SecLake.Emulator.Auth;

/// <summary>What the verifier learnt from a request, even when it rejects it (the request log records both).</summary>
internal sealed record AuthResult(
    EmulatorCredential? Credential,
    AuthorizationHeader? Authorization,
    ServiceError? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Checks a request's SigV4 signature the way AWS's front end does for JSON services, and answers with the
/// same error codes: MissingAuthenticationToken, IncompleteSignature, UnrecognizedClient, InvalidSignature.
/// </summary>
internal sealed class SigV4Verifier(IReadOnlyList<EmulatorCredential> credentials, TimeProvider clock)
{
    /// <summary>AWS accepts request times up to 15 minutes away from its own clock.</summary>
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    private const string SignatureMismatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    /// <param name="expectedService">The signing name the path belongs to, or null when the path is unknown.</param>
    public AuthResult Verify(WireRequest request, string? expectedService)
    {
        var headerValue = request.Header("authorization");
        if (string.IsNullOrWhiteSpace(headerValue))
            return new AuthResult(null, null, AuthErrors.MissingAuthenticationToken());

        var authorization = AuthorizationHeader.TryParse(headerValue, out var parseError);
        if (authorization is null)
            return new AuthResult(null, null, AuthErrors.IncompleteSignature(parseError!));

        var credential = credentials.FirstOrDefault(c => c.AccessKey == authorization.AccessKey);
        if (credential is null)
            return new AuthResult(null, authorization, AuthErrors.UnrecognizedClient());

        var error = CheckSessionToken(request, credential)
                    ?? CheckDate(request, authorization)
                    ?? CheckScope(authorization, expectedService)
                    ?? CheckSignedHeaders(authorization)
                    ?? CheckPayloadHeader(request)
                    ?? CheckSignature(request, authorization, credential);
        return new AuthResult(credential, authorization, error);
    }

    private static ServiceError? CheckSessionToken(WireRequest request, EmulatorCredential credential)
    {
        // A token that does not belong to the key (or one sent for a long-term key) is "invalid", as in AWS.
        var token = request.Header("x-amz-security-token");
        return token == credential.SessionToken ? null : AuthErrors.UnrecognizedClient();
    }

    private ServiceError? CheckDate(WireRequest request, AuthorizationHeader authorization)
    {
        var amzDate = request.Header("x-amz-date");
        if (amzDate is null)
            return AuthErrors.IncompleteSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var sent))
            return AuthErrors.IncompleteSignature($"Date must be in ISO-8601 'basic format'. Got '{amzDate}'.");
        if (!amzDate.StartsWith(authorization.Date, StringComparison.Ordinal))
            return AuthErrors.InvalidSignature(
                $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{authorization.Date}' != '{amzDate[..8]}', from '{amzDate}'.");

        var now = clock.GetUtcNow();
        var format = "yyyyMMdd'T'HHmmss'Z'";
        if (sent < now - AllowedSkew)
            return AuthErrors.InvalidSignature(
                $"Signature expired: {amzDate} is now earlier than {(now - AllowedSkew).ToString(format, CultureInfo.InvariantCulture)} ({now.ToString(format, CultureInfo.InvariantCulture)} - 15 min.)");
        if (sent > now + AllowedSkew)
            return AuthErrors.InvalidSignature(
                $"Signature not yet current: {amzDate} is still later than {(now + AllowedSkew).ToString(format, CultureInfo.InvariantCulture)} ({now.ToString(format, CultureInfo.InvariantCulture)} + 15 min.)");
        return null;
    }

    private static ServiceError? CheckScope(AuthorizationHeader authorization, string? expectedService)
    {
        if (expectedService is not null && authorization.Service != expectedService)
            return AuthErrors.InvalidSignature($"Credential should be scoped to correct service: '{expectedService}'. ");
        return null;
    }

    private static ServiceError? CheckSignedHeaders(AuthorizationHeader authorization)
    {
        if (!authorization.SignedHeaders.Contains("host"))
            return AuthErrors.InvalidSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        return null;
    }

    /// <summary>A declared payload hash must be the body's hash, otherwise a tampered body would pass unnoticed.</summary>
    private static ServiceError? CheckPayloadHeader(WireRequest request)
    {
        var declared = request.Header("x-amz-content-sha256");
        if (declared is null || declared == SigV4.UnsignedPayload) return null;
        return string.Equals(declared, SigV4.HexSha256(request.Body), StringComparison.OrdinalIgnoreCase)
            ? null
            : AuthErrors.InvalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed.");
    }

    private static ServiceError? CheckSignature(WireRequest request, AuthorizationHeader authorization, EmulatorCredential credential)
    {
        var payloadHash = request.Header("x-amz-content-sha256") ?? SigV4.HexSha256(request.Body);
        var canonicalRequest = SigV4.CanonicalRequest(
            request.Method, request.RawPath, request.RawQuery, authorization.SignedHeaders, request.HeaderValues, payloadHash);
        var stringToSign = SigV4.StringToSign(request.Header("x-amz-date")!, authorization.CredentialScope, canonicalRequest);
        var key = SigV4.SigningKey(credential.SecretKey, authorization.Date, authorization.Region, authorization.Service);
        var expected = SigV4.Signature(key, stringToSign);

        if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(authorization.Signature)))
            return null;

        // AWS adds its canonical forms to this message; they make client signing bugs easy to find.
        return AuthErrors.InvalidSignature(
            $"{SignatureMismatchMessage}\n\nThe Canonical String for this request should have been\n'{canonicalRequest}'\n\nThe String-to-Sign should have been\n'{stringToSign}'\n");
    }
}
