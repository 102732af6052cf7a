using System;

namespace SecLake.Qldb;

/// <summary>A QLDB ledger as the cmdlets write it: the members of CreateLedger/DescribeLedger, encryption flattened.</summary>
public sealed class QldbLedger
{
    public string Name { get; set; } = "";
    public string? Arn { get; set; }
    /// <summary>CREATING, ACTIVE, DELETING or DELETED.</summary>
    public string? State { get; set; }
    /// <summary>When the ledger was created (UTC).</summary>
    public DateTime? CreationDateTime { get; set; }
    /// <summary>ALLOW_ALL or STANDARD.</summary>
    public string? PermissionsMode { get; set; }
    public bool? DeletionProtection { get; set; }
    /// <summary>The customer managed KMS key; empty when the ledger uses an AWS owned key.</summary>
    public string? KmsKeyArn { get; set; }
    /// <summary>ENABLED, UPDATING or KMS_KEY_INACCESSIBLE.</summary>
    public string? EncryptionStatus { get; set; }
    public DateTime? InaccessibleKmsKeyDateTime { get; set; }
    /// <summary>The region the ledger lives in (the client's region).</summary>
    public string? Region { get; set; }

    public override string ToString() => Name;
}
