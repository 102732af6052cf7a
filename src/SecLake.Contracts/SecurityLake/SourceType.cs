namespace SecLake.SecurityLake;

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
}
