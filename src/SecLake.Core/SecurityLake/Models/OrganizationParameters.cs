namespace SecLake.SecurityLake;

/// <summary>
/// The cmdlet parameter names a <see cref="InputValidationException"/> reports for the organization configuration
/// and the delegated administrator.
/// </summary>
public static class OrganizationParameters
{
    public const string DataLakeRegion = "DataLakeRegion";
    public const string SourceName = "SourceName";
    public const string SourceVersion = "SourceVersion";
    public const string Source = "Source";
    public const string AutoEnableNewAccount = "AutoEnableNewAccount";
    public const string AccountId = "AccountId";
}
