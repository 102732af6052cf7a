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

    /// <summary>
    /// What tells the resource apart in a table, where a cut ARN would not (ledgers sharing a prefix): the part of the
    /// ARN after its type, e.g. the ledger's name or the subscriber's id; a data lake, one per Region, shows its Region.
    /// </summary>
    public string ResourceName => NameOf(ResourceArn);
    public string Key { get; }
    public string? Value { get; }

    public override string ToString() => $"{Key}={Value}";

    private static string NameOf(string arn)
    {
        // arn:partition:service:region:account:type/name
        var parts = arn.Split(new[] { ':' }, 6);
        if (parts.Length < 6) return arn;
        var resource = parts[5];
        var slash = resource.IndexOf('/');
        if (slash < 0) return resource;
        var type = resource.Substring(0, slash);
        return type == "data-lake" ? $"data-lake {parts[3]}" : resource.Substring(slash + 1);
    }
}
