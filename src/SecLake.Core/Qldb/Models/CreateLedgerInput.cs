namespace SecLake.Qldb;

/// <summary>The documented CreateLedger request.</summary>
public sealed class CreateLedgerInput
{
    public CreateLedgerInput(string name, string permissionsMode)
    {
        Name = name;
        PermissionsMode = permissionsMode;
    }

    public string Name { get; }
    public string PermissionsMode { get; }
    /// <summary>Unset means the service default (true).</summary>
    public bool? DeletionProtection { get; set; }
    public string? KmsKey { get; set; }
    public System.Collections.Generic.IReadOnlyDictionary<string, string?>? Tags { get; set; }
}
