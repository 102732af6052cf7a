using System;

namespace SecLake.Aws;

/// <summary>
/// The common AWS parameters as a cmdlet received them (all optional), plus the session defaults AWS.Tools users
/// set. Plain types only: this crosses from the cmdlet layer into SecLake's private load context.
/// </summary>
public sealed class ConnectionSettings
{
    public string? Region { get; set; }
    public string? ProfileName { get; set; }
    public string? ProfileLocation { get; set; }
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
    public string? SessionToken { get; set; }

    /// <summary>An AWS credentials object from any AWSSDK.Core version (read through its public <c>GetCredentials()</c>).</summary>
    public object? Credential { get; set; }

    public string? EndpointUrl { get; set; }

    /// <summary>True when -EndpointUrl was given at all: then an empty one is refused, never read as "use AWS".</summary>
    public bool EndpointUrlGiven { get; set; }

    /// <summary>AWS.Tools' <c>$StoredAWSRegion</c> (Set-DefaultAWSRegion), when the session has one.</summary>
    public string? StoredRegion { get; set; }

    /// <summary>AWS.Tools' <c>$StoredAWSCredentials</c> (Set-AWSCredential), when the session has one.</summary>
    public object? StoredCredentials { get; set; }

    /// <summary>Where environment variables come from; tests substitute their own.</summary>
    public Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The retry loop's pacing; tests shorten it (null: the defaults of docs/RETRIES.md).</summary>
    internal RetrySettings? Retry { get; set; }
}

/// <summary>What a connection resolved to, for -Verbose. Never holds a secret.</summary>
public sealed class ConnectionInfo
{
    public ConnectionInfo(string region, string regionSource, string credentialSource, string? endpointUrl, string? endpointSource)
    {
        Region = region;
        RegionSource = regionSource;
        CredentialSource = credentialSource;
        EndpointUrl = endpointUrl;
        EndpointSource = endpointSource;
    }

    public string Region { get; }
    public string RegionSource { get; }
    public string CredentialSource { get; }
    public string? EndpointUrl { get; }
    public string? EndpointSource { get; }

    public override string ToString() =>
        $"Region {Region} (from {RegionSource}); credentials from {CredentialSource}; endpoint " +
        (EndpointUrl != null ? $"{EndpointUrl} (from {EndpointSource})" : "from the service's endpoint rules");
}
