using System;
using System.Reflection;
using Amazon.Runtime;

namespace SecLake.Aws;

/// <summary>
/// Credentials taken from an object built by another copy of the AWS SDK (AWS.Tools' AWSSDK.Core 3.7 or another
/// 4.0.x build), whose types are not ours. Read through the public shape every version shares:
/// <c>GetCredentials()</c> returning an object with <c>AccessKey</c>, <c>SecretKey</c> and <c>Token</c>.
/// Called on every signing, so refreshing credentials (assume-role, SSO) stay fresh.
/// </summary>
internal sealed class ForeignCredentials : AWSCredentials
{
    private readonly object _source;
    private readonly MethodInfo _getCredentials;

    private ForeignCredentials(object source, MethodInfo getCredentials)
    {
        _source = source;
        _getCredentials = getCredentials;
    }

    /// <summary>Wraps <paramref name="value"/> when it has the credentials shape; null when it has not.</summary>
    public static AWSCredentials? TryWrap(object value)
    {
        if (value is AWSCredentials ours) return ours;
        var type = value.GetType();
        var method = type.GetMethod("GetCredentials", BindingFlags.Public | BindingFlags.Instance, null, Type.EmptyTypes, null);
        if (method != null && method.ReturnType != typeof(void)) return new ForeignCredentials(value, method);
        // An ImmutableCredentials-like object (AccessKey/SecretKey/Token) is usable as it is.
        if (ReadKeys(value) is { } keys) return new ImmutableFrom(keys);
        // AWS.Tools keeps Set-AWSCredential's result ($StoredAWSCredentials) as an AWSPSCredentials wrapper whose
        // (internal) Credentials property holds the SDK object.
        var inner = type.GetProperty("Credentials", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(value);
        return inner != null && !ReferenceEquals(inner, value) ? TryWrap(inner) : null;
    }

    public override ImmutableCredentials GetCredentials()
    {
        object? result;
        try
        {
            result = _getCredentials.Invoke(_source, null);
        }
        catch (TargetInvocationException e) when (e.InnerException != null)
        {
            // Its message only: the exception itself may quote a file's line or a process's output.
            throw new AmazonClientException("The credentials object passed to -Credential failed to produce credentials: " + CredentialFailures.SafeReason(e.InnerException));
        }
        return (result == null ? null : ReadKeys(result))
            ?? throw new AmazonClientException($"The credentials object passed to -Credential ({_source.GetType().FullName}) returned no access key and secret key.");
    }

    private static ImmutableCredentials? ReadKeys(object value)
    {
        string? Read(string name) => value.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(value) as string;
        var accessKey = Read("AccessKey");
        var secretKey = Read("SecretKey");
        if (string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey)) return null;
        var token = Read("Token");
        return new ImmutableCredentials(accessKey, secretKey, string.IsNullOrEmpty(token) ? null : token);
    }

    private sealed class ImmutableFrom : AWSCredentials
    {
        private readonly ImmutableCredentials _credentials;
        public ImmutableFrom(ImmutableCredentials credentials) => _credentials = credentials;
        public override ImmutableCredentials GetCredentials() => _credentials.Copy();
    }
}
