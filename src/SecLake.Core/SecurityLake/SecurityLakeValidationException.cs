using System;

namespace SecLake.SecurityLake
{
    /// <summary>
    /// A request refused before anything was sent: a value the documents or the GA model do not allow, or a
    /// combination the mapping cannot express. <see cref="ParameterName"/> is the cmdlet parameter the value came from
    /// (for example <c>Configuration</c> or <c>RetentionSetting</c>); the message names the key, Region and value.
    /// </summary>
    public sealed class SecurityLakeValidationException : Exception
    {
        public SecurityLakeValidationException(string parameterName, string message)
            : base(message)
        {
            ParameterName = parameterName;
        }

        public string ParameterName { get; }
    }
}
