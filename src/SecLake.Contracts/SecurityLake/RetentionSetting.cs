namespace SecLake.SecurityLake;

/// <summary>
/// Documented <c>retentionSettings[]</c> entry: keep data <see cref="RetentionPeriod"/> days before moving it to
/// <see cref="StorageClass"/>, or before deleting it when the class is <c>EXPIRE</c>.
/// </summary>
public sealed class RetentionSetting
{
    public RetentionSetting(int retentionPeriod, string storageClass)
    {
        RetentionPeriod = retentionPeriod;
        StorageClass = storageClass;
    }

    public int RetentionPeriod { get; }
    public string StorageClass { get; }

    public override string ToString() => $"{StorageClass} after {RetentionPeriod} days";
}
