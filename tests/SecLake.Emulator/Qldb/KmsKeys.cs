using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

using SecLake.Emulator.State;

namespace SecLake.Emulator.Qldb;

/// <summary>
/// Turns the KmsKey input (key id, key ARN, alias name, alias ARN, or AWS_OWNED_KMS_KEY) into the key ARN QLDB
/// reports. There is no KMS here, so an alias resolves to a key id derived from the alias: the same alias
/// always gives the same key ARN.
/// </summary>
internal static partial class KmsKeys
{
    /// <summary>Resolves the identifier; null for the AWS owned key; throws InvalidParameterException when it names no key.</summary>
    public static string? Resolve(string identifier, string accountId, string region)
    {
        if (identifier == Ledger.AwsOwnedKey) return null;
        if (KeyId().IsMatch(identifier)) return $"arn:{ArnPartition.Of(region)}:kms:{region}:{accountId}:key/{identifier}";
        if (KeyArn().IsMatch(identifier)) return identifier;
        if (AliasName().IsMatch(identifier)) return KeyArnForAlias("aws", region, accountId, identifier);

        var aliasArn = AliasArn().Match(identifier);
        if (aliasArn.Success)
        {
            var g = aliasArn.Groups;
            return KeyArnForAlias(g["partition"].Value, g["region"].Value, g["account"].Value, g["alias"].Value);
        }

        throw QldbErrors.InvalidParameter(
            $"The KMS key '{identifier}' is not a valid key ID, key ARN, alias name or alias ARN, nor {Ledger.AwsOwnedKey}.", "KmsKey");
    }

    private static string KeyArnForAlias(string partition, string region, string accountId, string aliasName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{partition}|{region}|{accountId}|{aliasName}"));
        var keyId = new Guid(hash.AsSpan(0, 16)).ToString("D");
        return $"arn:{partition}:kms:{region}:{accountId}:key/{keyId}";
    }

    [GeneratedRegex("^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})\\z")]
    private static partial Regex KeyId();

    [GeneratedRegex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+\\z")]
    private static partial Regex KeyArn();

    [GeneratedRegex("^alias/[A-Za-z0-9/_-]+\\z")]
    private static partial Regex AliasName();

    [GeneratedRegex("^arn:(?<partition>aws[a-z-]*):kms:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):(?<alias>alias/[A-Za-z0-9/_-]+)\\z")]
    private static partial Regex AliasArn();
}
