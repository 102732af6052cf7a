namespace SecLake.Emulator.State;

/// <summary>The ARN partition of a region, so GovCloud and China resources get the ARNs the real services give them.</summary>
internal static class ArnPartition
{
    public static string Of(string region) =>
        region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : "aws";
}
