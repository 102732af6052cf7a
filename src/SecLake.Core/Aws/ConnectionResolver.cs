using System;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace SecLake.Aws;

/// <summary>
/// Resolves credentials, region and endpoint in the order AWS.Tools users know, and builds the service client.
/// Credentials: -Credential, -AccessKey/-SecretKey[/-SessionToken], -ProfileName [-ProfileLocation],
/// $StoredAWSCredentials (a credentials object or a profile name), then the SDK's default chain (environment
/// variables, AWS_PROFILE or the default profile incl. SSO and assume-role, web identity, container and instance
/// credentials). Profiles are read from -ProfileLocation, else the file AWS_SHARED_CREDENTIALS_FILE names when the
/// command runs (see <see cref="SharedProfiles"/>).
/// Region: -Region, $StoredAWSRegion, the -ProfileName profile's region, AWS_REGION, AWS_DEFAULT_REGION,
/// the AWS_PROFILE or default profile's region, then instance metadata.
/// Endpoint: -EndpointUrl, then (unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true) AWS_ENDPOINT_URL_&lt;SERVICE&gt;,
/// AWS_ENDPOINT_URL and the profile's endpoint_url; otherwise the service's endpoint rules.
/// </summary>
internal static class ConnectionResolver
{
    /// <summary>Builds a client for <paramref name="service"/>; throws <see cref="ConnectionSetupException"/> with what to set when it cannot.</summary>
    public static IRestInvoker CreateClient(ServiceDefinition service, ConnectionSettings settings, Action<RequestTrace>? trace, out ConnectionInfo info)
    {
        var profiles = new Lazy<SharedProfiles>(() => SharedProfiles.For(settings));
        var namedProfile = settings.ProfileName != null ? FindProfile(profiles.Value, settings.ProfileName, null) : null;

        // Read from disk at most once, and only when region or endpoint resolution gets that far.
        var defaultProfile = new Lazy<CredentialProfile?>(() => profiles.Value.TryGetProfile(DefaultProfileName(settings), out var p) ? p : null);

        var (region, regionSource) = ResolveRegion(settings, namedProfile, defaultProfile);
        var (endpoint, endpointSource) = ResolveEndpoint(service, settings, namedProfile, defaultProfile);
        if (endpoint == null) RequireOfferedRegion(service, region, regionSource);

        var config = new ServiceClientConfig(service) { Trace = trace };
        if (settings.Retry != null) config.Retry = settings.Retry;
        if (endpoint != null)
        {
            // The SDK keeps one of RegionEndpoint and ServiceURL; with an override it would take the signing region
            // from the host name (none in http://127.0.0.1:port), so name it.
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        var (credentials, credentialSource) = ResolveCredentials(settings, namedProfile, profiles, config);
        info = new ConnectionInfo(region, regionSource, credentialSource, endpoint, endpointSource);
        return new RestServiceClient(service, new GuardedCredentials(credentials, credentialSource), config);
    }

    /// <summary>
    /// A Region the service is not offered in (or a typo such as us-east-1x) would only fail later as a DNS error
    /// after retries; an endpoint override is the escape hatch for Regions newer than this module.
    /// </summary>
    private static void RequireOfferedRegion(ServiceDefinition service, string region, string regionSource)
    {
        if (service.Regions.Contains(region)) return;
        throw new ConnectionSetupException("RegionNotOffered", ErrorKind.InvalidArgument,
            $"{service.DisplayName} is not offered in Region '{region}' (from {regionSource}). Use one of: " +
            $"{string.Join(", ", service.Regions.All)}; or pass -EndpointUrl to call an endpoint of your choice.");
    }

    /// <summary>The profile <paramref name="name"/>; <paramref name="origin"/> says where the name came from when not -ProfileName.</summary>
    private static CredentialProfile FindProfile(SharedProfiles profiles, string name, string? origin)
    {
        if (profiles.TryGetProfile(name, out var profile)) return profile;
        throw new ConnectionSetupException("ProfileNotFound", ErrorKind.ObjectNotFound,
            $"The AWS profile '{name}'{(origin != null ? $" (from {origin})" : "")} was not found in {profiles.Description}. " +
            "Check the name with 'aws configure list-profiles', or pass -ProfileLocation.");
    }

    private static AWSCredentials ProfileCredentials(SharedProfiles profiles, CredentialProfile profile)
    {
        if (profiles.TryGetAWSCredentials(profile, out var credentials)) return credentials;
        throw new ConnectionSetupException("ProfileHasNoCredentials", ErrorKind.AuthenticationError,
            $"The AWS profile '{profile.Name}' has no usable credentials (keys, SSO, role or credential_process). Fix it with 'aws configure --profile {profile.Name}'.");
    }

    private static (string Region, string Source) ResolveRegion(ConnectionSettings s, CredentialProfile? namedProfile, Lazy<CredentialProfile?> defaultProfile)
    {
        if (!string.IsNullOrWhiteSpace(s.Region)) return (s.Region!.Trim(), "-Region");
        if (!string.IsNullOrWhiteSpace(s.StoredRegion)) return (s.StoredRegion!.Trim(), "$StoredAWSRegion");
        if (namedProfile?.Region != null) return (namedProfile.Region.SystemName, $"profile '{namedProfile.Name}'");
        foreach (var variable in new[] { "AWS_REGION", "AWS_DEFAULT_REGION" })
        {
            var value = s.Environment(variable);
            if (!string.IsNullOrWhiteSpace(value)) return (value!.Trim(), variable);
        }
        if (namedProfile == null)
        {
            if (defaultProfile.Value?.Region is { } profileRegion)
                return (profileRegion.SystemName, $"profile '{defaultProfile.Value.Name}'");
            var fromMetadata = TryInstanceMetadataRegion();
            if (fromMetadata != null) return (fromMetadata, "instance metadata");
        }
        throw new ConnectionSetupException("NoRegion", ErrorKind.InvalidArgument,
            "No AWS region was found. Pass -Region (for example -Region us-east-1), set the AWS_REGION environment variable, " +
            "or add 'region = ...' to your AWS profile (aws configure).");
    }

    private static string? TryInstanceMetadataRegion()
    {
        try
        {
            return FallbackRegionFactory.GetRegionEndpoint(true)?.SystemName;
        }
        catch (Exception)
        {
            // No metadata service here (not on EC2/ECS): fall through to the "no region" message.
            return null;
        }
    }

    private static (string? Url, string? Source) ResolveEndpoint(ServiceDefinition service, ConnectionSettings s, CredentialProfile? namedProfile, Lazy<CredentialProfile?> defaultProfile)
    {
        if (s.EndpointUrlGiven || s.EndpointUrl != null) return (ValidateEndpoint(s.EndpointUrl, "-EndpointUrl"), "-EndpointUrl");
        if (string.Equals(s.Environment("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true", StringComparison.OrdinalIgnoreCase)) return (null, null);
        foreach (var variable in new[] { service.EndpointUrlVariable, "AWS_ENDPOINT_URL" })
        {
            var value = s.Environment(variable);
            if (value != null) return (ValidateEndpoint(value, variable), variable);
        }
        var profile = namedProfile ?? defaultProfile.Value;
        if (profile?.EndpointUrl != null) return (ValidateEndpoint(profile.EndpointUrl, $"profile '{profile.Name}'"), $"profile '{profile.Name}'");
        return (null, null);
    }

    /// <summary>
    /// An endpoint that was set must be a usable http(s) URL: a blank one is refused (it must never mean "the real AWS
    /// endpoint"), and so is one carrying a user name or password, which SecLake would not send and must not show.
    /// </summary>
    private static string ValidateEndpoint(string? value, string source)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ConnectionSetupException("EmptyEndpointUrl", ErrorKind.InvalidArgument,
                $"The endpoint URL from {source} is empty. Give the endpoint's URL (for example http://127.0.0.1:5000), or remove {source} to use the service's own endpoint.");
        if (!Uri.TryCreate(value!.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ConnectionSetupException("InvalidEndpointUrl", ErrorKind.InvalidArgument,
                $"The endpoint URL '{WithoutUserInfo(value)}' from {source} is not an absolute http:// or https:// URL, for example http://127.0.0.1:5000.");
        if (uri.UserInfo.Length > 0)
            throw new ConnectionSetupException("EndpointUrlWithCredentials", ErrorKind.InvalidArgument,
                $"The endpoint URL from {source} contains a user name or password ({uri.Scheme}://***@{uri.Authority}). " +
                "SecLake signs requests with AWS credentials and never sends URL credentials: remove the 'user:password@' part.");
        return uri.ToString();
    }

    /// <summary>The URL text with anything between "//" and "@" masked, for messages about URLs that could not be parsed.</summary>
    private static string WithoutUserInfo(string value) => System.Text.RegularExpressions.Regex.Replace(value, "//[^/@]*@", "//***@");

    private static (AWSCredentials Credentials, string Source) ResolveCredentials(ConnectionSettings s, CredentialProfile? namedProfile, Lazy<SharedProfiles> profiles, ClientConfig config)
    {
        if (s.Credential != null)
        {
            var wrapped = ForeignCredentials.TryWrap(s.Credential)
                ?? throw new ConnectionSetupException("InvalidCredentialObject", ErrorKind.InvalidArgument,
                    $"-Credential got a {s.Credential.GetType().FullName}, which is not AWS credentials. Pass the result of Get-AWSCredential, " +
                    "a PSCredential with the access key as user name and the secret key as password, or use -AccessKey and -SecretKey.");
            return (wrapped, "-Credential");
        }
        if (!string.IsNullOrEmpty(s.AccessKey) || !string.IsNullOrEmpty(s.SecretKey))
        {
            if (string.IsNullOrEmpty(s.AccessKey) || string.IsNullOrEmpty(s.SecretKey))
                throw new ConnectionSetupException("IncompleteKeys", ErrorKind.InvalidArgument,
                    "-AccessKey and -SecretKey go together: pass both (and -SessionToken for temporary credentials).");
            var keys = string.IsNullOrEmpty(s.SessionToken)
                ? (AWSCredentials)new BasicAWSCredentials(s.AccessKey, s.SecretKey)
                : new SessionAWSCredentials(s.AccessKey, s.SecretKey, s.SessionToken);
            return (keys, "-AccessKey/-SecretKey" + (string.IsNullOrEmpty(s.SessionToken) ? "" : "/-SessionToken"));
        }
        if (namedProfile != null) return (ProfileCredentials(profiles.Value, namedProfile), $"profile '{namedProfile.Name}'");
        // The session's choice of identity: one SecLake cannot use stops the command, as a bad -ProfileName does,
        // rather than falling through to the default chain and a possibly different account.
        if (s.StoredCredentials is string storedProfile && storedProfile.Trim().Length > 0)
        {
            var profile = FindProfile(profiles.Value, storedProfile.Trim(), "$StoredAWSCredentials");
            return (ProfileCredentials(profiles.Value, profile), $"$StoredAWSCredentials (profile '{profile.Name}')");
        }
        if (s.StoredCredentials != null && !(s.StoredCredentials is string))
        {
            var stored = ForeignCredentials.TryWrap(s.StoredCredentials)
                ?? throw new ConnectionSetupException("InvalidCredentialObject", ErrorKind.InvalidArgument,
                    $"$StoredAWSCredentials holds a {s.StoredCredentials.GetType().FullName}, which is not AWS credentials. Set it with AWS.Tools' " +
                    "Set-AWSCredential, or remove it (Remove-Variable StoredAWSCredentials -Scope Global) to use the default credential chain.");
            return (stored, "$StoredAWSCredentials");
        }
        try
        {
            var resolver = new DefaultAWSCredentialsIdentityResolver();
            var chain = resolver.ResolveIdentity(config);
            if (chain != null) return (chain, "the default credential chain (" + chain.GetType().Name + ")");
        }
        catch (Exception e)
        {
            // Not kept as the inner exception: the SDK's message can quote a credentials file's line.
            throw CredentialFailures.FileError(e) ?? NoCredentials(CredentialFailures.SafeReason(e));
        }
        throw NoCredentials(null);
    }

    private static ConnectionSetupException NoCredentials(string? reason) =>
        new ConnectionSetupException("NoCredentials", ErrorKind.AuthenticationError,
            "No AWS credentials were found" + (reason != null ? $" ({reason})" : "") + ". Pass -AccessKey and -SecretKey, -ProfileName, or -Credential; or set AWS_ACCESS_KEY_ID and " +
            "AWS_SECRET_ACCESS_KEY (or AWS_PROFILE); or create a default profile with 'aws configure'.");

    private static string DefaultProfileName(ConnectionSettings s)
    {
        var fromEnvironment = s.Environment("AWS_PROFILE");
        return string.IsNullOrWhiteSpace(fromEnvironment) ? "default" : fromEnvironment!.Trim();
    }
}
