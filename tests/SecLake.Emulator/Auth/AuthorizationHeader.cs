namespace SecLake.Emulator.Auth;

/// <summary>
/// The parts of <c>Authorization: AWS4-HMAC-SHA256 Credential=AK/date/region/service/aws4_request,
/// SignedHeaders=a;b, Signature=hex</c>.
/// </summary>
public sealed record AuthorizationHeader(
    string AccessKey,
    string Date,
    string Region,
    string Service,
    IReadOnlyList<string> SignedHeaders,
    string Signature)
{
    public string CredentialScope => SigV4.CredentialScope(Date, Region, Service);

    /// <summary>Parses the header; on failure <paramref name="error"/> says what is missing, in AWS's words.</summary>
    public static AuthorizationHeader? TryParse(string value, out string? error)
    {
        error = null;
        var trimmed = value.Trim();
        if (!trimmed.StartsWith(SigV4.Algorithm + " ", StringComparison.Ordinal))
        {
            error = $"Authorization header requires the {SigV4.Algorithm} algorithm. Authorization={value}";
            return null;
        }

        var parts = trimmed[SigV4.Algorithm.Length..]
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);

        foreach (var required in new[] { "Credential", "SignedHeaders", "Signature" })
        {
            if (!parts.ContainsKey(required))
            {
                error = $"Authorization header requires '{required}' parameter. Authorization={value}";
                return null;
            }
        }

        // The access key itself never contains '/', so the scope is the last four components.
        var credential = parts["Credential"].Split('/');
        if (credential.Length != 5 || credential[4] != "aws4_request")
        {
            error = $"Credential should be scoped to a valid region, not a malformed scope. Credential={parts["Credential"]}";
            return null;
        }

        var signedHeaders = parts["SignedHeaders"].Split(';', StringSplitOptions.RemoveEmptyEntries);
        return new AuthorizationHeader(credential[0], credential[1], credential[2], credential[3], signedHeaders, parts["Signature"]);
    }
}
