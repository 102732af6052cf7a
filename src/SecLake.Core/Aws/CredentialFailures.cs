using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace SecLake.Aws;

/// <summary>
/// What SecLake may say about a credentials failure. The SDK's own messages can carry secrets: the AWS files' parser
/// quotes the malformed line (often a secret key), and a failing <c>credential_process</c> comes back with the command's
/// output (often the keys it did print). So such a failure is reported by what it is, never by those texts.
/// </summary>
internal static class CredentialFailures
{
    private static readonly Regex IniLine = new Regex(@"^Line (\d+):", RegexOptions.CultureInvariant);
    private static readonly Regex IniFile = new Regex(@" in file (.+?) does not contain a section, property or comment\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>A reason for <paramref name="e"/> that shows nothing of a credentials file, a process's output or a key.</summary>
    public static string SafeReason(Exception e)
    {
        for (Exception? current = e; current != null; current = current.InnerException)
        {
            if (current.GetType().Name == "ProcessAWSCredentialException")
                return "the credential_process command failed or did not print credentials (its output is not shown: it can hold secrets)";
            if (MalformedFileLine(current) is string line) return line;
            if (current is SecLakeException) return current.Message;
        }
        return e.Message;
    }

    /// <summary>The AWS files' parser's complaint about a line, without the line; null for any other exception.</summary>
    public static string? MalformedFileLine(Exception e)
    {
        if (!(e is InvalidDataException)) return null;
        var line = IniLine.Match(e.Message);
        if (!line.Success) return "a line of the AWS credentials or config file is malformed (not shown: it can hold a secret)";
        var file = IniFile.Match(e.Message);
        return $"line {line.Groups[1].Value} of {(file.Success ? "'" + file.Groups[1].Value + "'" : "the AWS credentials or config file")} " +
            "is not a section, a property or a comment (the line is not shown: it can hold a secret)";
    }

    /// <summary>The error for an unreadable AWS credentials or config file, when <paramref name="e"/> is that.</summary>
    public static ConnectionSetupException? FileError(Exception e) =>
        MalformedFileLine(e) is string reason
            ? new ConnectionSetupException("CredentialsFileInvalid", ErrorKind.InvalidArgument, $"The AWS profiles could not be read: {reason}. Correct that line and run the command again.")
            : null;
}

/// <summary>
/// The credentials a client signs with, reporting a provider's failure (credential_process, SSO, assume-role, a file)
/// as <c>CredentialsFailed</c> naming where the credentials come from, in words that cannot carry a secret.
/// </summary>
internal sealed class GuardedCredentials : AWSCredentials
{
    private readonly AWSCredentials _inner;
    private readonly string _source;

    public GuardedCredentials(AWSCredentials inner, string source)
    {
        _inner = inner;
        _source = source;
    }

    public override ImmutableCredentials GetCredentials()
    {
        try
        {
            return _inner.GetCredentials();
        }
        catch (Exception e)
        {
            throw Failed(e);
        }
    }

    public override async Task<ImmutableCredentials> GetCredentialsAsync()
    {
        try
        {
            return await _inner.GetCredentialsAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            throw Failed(e);
        }
    }

    private Exception Failed(Exception e) =>
        e as ConnectionSetupException
        ?? CredentialFailures.FileError(e)
        ?? new ConnectionSetupException("CredentialsFailed", ErrorKind.AuthenticationError,
            $"No AWS credentials could be obtained from {_source}: {CredentialFailures.SafeReason(e)}");
}
