namespace SecLake;

/// <summary>One tag of one resource, as Get-*ResourceTag writes it (one object per tag, so it filters and sorts).</summary>
public sealed class ResourceTag
{
    public ResourceTag(string resourceArn, string key, string? value)
    {
        ResourceArn = resourceArn;
        Key = key;
        Value = value;
    }

    public string ResourceArn { get; }
    public string Key { get; }
    public string? Value { get; }

    public override string ToString() => $"{Key}={Value}";
}
