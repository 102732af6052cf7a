namespace SecLake.Emulator.State;

/// <summary>The six parts of an ARN: arn:partition:service:region:account:resource.</summary>
internal sealed record Arn(string Partition, string Service, string Region, string AccountId, string Resource)
{
    public static Arn? TryParse(string text)
    {
        var parts = text.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn") return null;
        return new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]);
    }

    public override string ToString() => $"arn:{Partition}:{Service}:{Region}:{AccountId}:{Resource}";
}
