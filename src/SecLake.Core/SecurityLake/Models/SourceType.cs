using System.Collections;

namespace SecLake.SecurityLake
{
    /// <summary>
    /// Documented <c>SourceType</c> union: an AWS source (<see cref="AwsSourceType"/>) or a custom one
    /// (<see cref="CustomSourceType"/>), with the GA <c>sourceVersion</c> beside it. Read back from the service,
    /// <see cref="AwsSourceType"/> holds the GA name (CLOUD_TRAIL_MGMT, not the documented CLOUD_TRAIL).
    /// </summary>
    public sealed class SourceType
    {
        public SourceType(string? awsSourceType, string? customSourceType, string? sourceVersion = null)
        {
            AwsSourceType = awsSourceType;
            CustomSourceType = customSourceType;
            SourceVersion = sourceVersion;
        }

        public static SourceType Aws(string name, string? sourceVersion = null) => new SourceType(name, null, sourceVersion);

        public static SourceType Custom(string name, string? sourceVersion = null) => new SourceType(null, name, sourceVersion);

        public string? AwsSourceType { get; }
        public string? CustomSourceType { get; }
        public string? SourceVersion { get; }

        public override string ToString() =>
            (AwsSourceType ?? CustomSourceType) + (SourceVersion == null ? "" : " " + SourceVersion);

        /// <summary>
        /// Reads one documented source object: a <see cref="SourceType"/> or a dictionary such as
        /// <c>@{awsSourceType='VPC_FLOW'}</c> or <c>@{customSourceType='app'; sourceVersion='1.0'}</c> (keys case-insensitive).
        /// </summary>
        public static SourceType From(object? value, string parameterName, string label)
        {
            if (value is SourceType source) return source;
            if (!(value is IDictionary entry))
                throw new InputValidationException(parameterName,
                    $"{label} must be a hashtable with awsSourceType or customSourceType, not '{value}'.");
            var keys = new DocumentedKeys(entry, parameterName, label, "awsSourceType", "customSourceType", "sourceVersion");
            return new SourceType(
                LooseValue.ToTextOrNull(keys.Get("awsSourceType"), parameterName, label + ".awsSourceType"),
                LooseValue.ToTextOrNull(keys.Get("customSourceType"), parameterName, label + ".customSourceType"),
                LooseValue.ToTextOrNull(keys.Get("sourceVersion"), parameterName, label + ".sourceVersion"));
        }
    }
}
