using System;
using System.Management.Automation;
using System.Security;

namespace SecLake.PowerShell;

/// <summary>
/// Binds a secret to a <see cref="SecureString"/> parameter from a SecureString (Read-Host -AsSecureString,
/// a PSCredential's Password, ConvertTo-SecureString) or from plain text, which is turned into a SecureString here.
/// </summary>
/// <remarks>
/// One parameter, not a SecureString one beside a plain-text one: the transformation runs before binding, so
/// MyInvocation.BoundParameters, and through it every error's InvocationInfo (which $Error, Get-Error and
/// Trace-Command show), holds only the SecureString, never the text. PowerShell's own conversion of a string to
/// SecureString fails with a message that quotes the string, and a value that is neither is refused here the same
/// way, naming only its type; no message of this attribute contains the value.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SecretValueAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = PowerShellValues.Unwrap(inputData);
        switch (value)
        {
            case null:
                return null;
            case SecureString secure:
                return secure;
            case PSCredential _:
                throw new ArgumentTransformationMetadataException("The value is a PSCredential: give its Password, a SecureString.");
        }
        // Text (or a number) is checked as every text parameter is: a hashtable, script block or list is refused, and
        // so are control characters (by position, not by quoting the value).
        if (TextValues.Single(value, allowWhitespace: false) is string text) return Secure(text);
        throw new ArgumentTransformationMetadataException($"The value is a {value.GetType().Name}: give the secret as a SecureString or as text.");
    }

    private static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text) secure.AppendChar(c);
        secure.MakeReadOnly();
        return secure;
    }
}
