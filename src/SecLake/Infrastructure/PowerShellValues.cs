using System.Management.Automation;
using SecLake.Aws;

namespace SecLake.PowerShell
{
    /// <summary>PowerShell-only values turned into what SecLake.Core takes, in one place for cmdlets and completers alike.</summary>
    internal static class PowerShellValues
    {
        /// <summary>The object behind PowerShell's PSObject wrapper, or the value itself.</summary>
        public static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        /// <summary>
        /// Reads <see cref="ConnectionSettings.Credential"/> as the cmdlets document it: a PSCredential holds the access
        /// key as user name and the secret key as password; anything else stays an AWS credentials object (unwrapped).
        /// </summary>
        public static void NormalizeCredential(ConnectionSettings settings)
        {
            var credential = Unwrap(settings.Credential);
            if (credential is PSCredential psCredential)
            {
                settings.AccessKey = psCredential.UserName;
                settings.SecretKey = psCredential.GetNetworkCredential().Password;
                settings.Credential = null;
            }
            else
            {
                settings.Credential = credential;
            }
        }
    }
}
