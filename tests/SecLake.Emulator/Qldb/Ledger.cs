namespace SecLake.Emulator.Qldb;

/// <summary>
/// One ledger. Its state is derived from timestamps rather than timers: CREATING until <see cref="ActiveAt"/>,
/// then ACTIVE; after DeleteLedger, DELETING until <see cref="GoneAt"/>, after which it no longer exists.
/// </summary>
internal sealed class Ledger
{
    /// <summary>What DescribeLedger shows for a ledger switched back to an AWS owned key (the model's documentation).</summary>
    public const string AwsOwnedKey = "AWS_OWNED_KMS_KEY";

    public required string Name { get; init; }
    public required string Arn { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ActiveAt { get; init; }
    public required string PermissionsMode { get; set; }
    public required bool DeletionProtection { get; set; }

    /// <summary>
    /// Null: AWS owned key since creation (no EncryptionDescription, no KmsKeyArn). Otherwise the customer managed
    /// key's ARN, or <see cref="AwsOwnedKey"/> after an update switched the ledger back to an AWS owned key.
    /// </summary>
    public string? EncryptionKey { get; set; }

    public Dictionary<string, string?> Tags { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset? GoneAt { get; set; }

    public string StateAt(DateTimeOffset now) =>
        GoneAt is not null ? "DELETING" : now < ActiveAt ? "CREATING" : "ACTIVE";

    public bool IsGoneAt(DateTimeOffset now) => GoneAt is { } gone && now >= gone;

    /// <summary>The customer managed key's ARN, or null with an AWS owned key.</summary>
    public string? CustomerKeyArn => EncryptionKey is null or AwsOwnedKey ? null : EncryptionKey;
}
