using System;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Internal.Settings;

namespace SecLake.Aws;

/// <summary>
/// The AWS profiles one command reads: from -ProfileLocation when given, else from the shared credentials file the
/// environment names now (AWS_SHARED_CREDENTIALS_FILE), else from the SDK's default location.
/// </summary>
/// <remarks>
/// The SDK reads AWS_SHARED_CREDENTIALS_FILE once per process, in SharedCredentialsFile's static constructor. A
/// PowerShell session lives long: a value set after SecLake's first profile lookup was silently ignored, and
/// -ProfileName or a profile name in $StoredAWSCredentials then reported "not found". Every other environment
/// variable is read per command (<see cref="ConnectionSettings.Environment"/>), so this one is too, and handed to the
/// SDK as an explicit path. As in the SDK, the variable counts only when the file exists.
/// The SDK's own default credential chain (the AWS_PROFILE/default profile's credentials) and its reading of
/// AWS_CONFIG_FILE keep the per-process value: neither takes a path through a public API.
/// </remarks>
internal sealed class SharedProfiles : ICredentialProfileSource
{
    internal const string CredentialsFileVariable = "AWS_SHARED_CREDENTIALS_FILE";

    // Set when -ProfileLocation is given or the SDK's default location applies: the SDK's chain does the lookup.
    private readonly CredentialProfileStoreChain? _chain;
    // Set when AWS_SHARED_CREDENTIALS_FILE names the file.
    private readonly string? _credentialsFile;

    private SharedProfiles(CredentialProfileStoreChain? chain, string? credentialsFile, string description)
    {
        _chain = chain;
        _credentialsFile = credentialsFile;
        Description = description;
    }

    /// <summary>Where the profiles come from, for messages: a path, or the default files.</summary>
    public string Description { get; }

    public static SharedProfiles For(ConnectionSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.ProfileLocation))
            return new SharedProfiles(new CredentialProfileStoreChain(settings.ProfileLocation), null, $"'{settings.ProfileLocation}'");
        var fromEnvironment = settings.Environment(CredentialsFileVariable)?.Trim();
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment))
            return new SharedProfiles(null, fromEnvironment, $"'{fromEnvironment}' ({CredentialsFileVariable})");
        return new SharedProfiles(new CredentialProfileStoreChain(), null, "the shared credentials and config files (~/.aws/credentials, ~/.aws/config)");
    }

    /// <summary>The profile <paramref name="profileName"/>; a malformed file is reported without its lines (they can hold secrets).</summary>
    public bool TryGetProfile(string profileName, out CredentialProfile profile)
    {
        try
        {
            return TryGetProfileCore(profileName, out profile);
        }
        catch (Exception e) when (CredentialFailures.FileError(e) is ConnectionSetupException error)
        {
            throw error;
        }
    }

    private bool TryGetProfileCore(string profileName, out CredentialProfile profile)
    {
        if (_chain != null) return _chain.TryGetProfile(profileName, out profile);
        // What the SDK's chain does for the default location, with the file the environment names now: the .NET SDK
        // store first (Windows, where Set-AWSCredential -StoreAs writes), then the shared credentials file.
        if (UserCrypto.IsUserCryptAvailable && new NetSDKCredentialsFile().TryGetProfile(profileName, out profile)) return true;
        return new SharedCredentialsFile(_credentialsFile).TryGetProfile(profileName, out profile);
    }

    /// <summary>The credentials of <paramref name="profile"/>; source_profile references are looked up in the same files.</summary>
    public bool TryGetAWSCredentials(CredentialProfile profile, out AWSCredentials credentials)
    {
        try
        {
            return AWSCredentialsFactory.TryGetAWSCredentials(profile, this, out credentials);
        }
        catch (Exception e) when (CredentialFailures.FileError(e) is ConnectionSetupException error)
        {
            throw error;
        }
    }
}
