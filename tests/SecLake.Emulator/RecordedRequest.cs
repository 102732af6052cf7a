namespace SecLake.Emulator;

/// <summary>
/// One service request exactly as it arrived (raw, still percent-encoded path and query) plus what the emulator
/// made of it. Cross-check tests compare these between the AWS CLI and SecLake's own client.
/// </summary>
/// <param name="Service"><c>qldb</c> or <c>securitylake</c> (from the path; the credential scope's service when the path is unknown).</param>
/// <param name="Operation">The model's operation name, or empty when no operation matched.</param>
/// <param name="Headers">Lower-cased header names; repeated headers joined with a comma.</param>
/// <param name="SignedHeaders">The SignedHeaders list of the Authorization header, in the order sent.</param>
/// <param name="AccountId">The account of the access key, or empty when the key is unknown.</param>
/// <param name="Region">The region of the credential scope, or empty without a parsable Authorization header.</param>
public sealed record RecordedRequest(
    string Service,
    string Operation,
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    IReadOnlyList<string> SignedHeaders,
    int StatusCode,
    string AccountId,
    string Region);
