namespace SecLake.Emulator;

/// <summary>How an <see cref="EmulatorHost"/> behaves: port, state-transition delays, quotas and the accepted credentials.</summary>
public sealed class EmulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 lets the OS pick a free one (what tests should use).</summary>
    public int Port { get; set; } = 0;

    /// <summary>How long a new ledger stays CREATING before it becomes ACTIVE.</summary>
    public TimeSpan LedgerCreateDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a ledger stays DELETING before it is gone (List omits it, Describe gives 404).</summary>
    public TimeSpan LedgerDeleteDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a data lake's createStatus (INITIALIZED) or updateStatus (PENDING) takes to reach COMPLETED.</summary>
    public TimeSpan DataLakeDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Ledgers allowed per account and region; CreateLedger beyond it gives 400 LimitExceededException.</summary>
    public int LedgerLimit { get; set; } = 5;

    /// <summary>
    /// Accounts the emulator treats as outside the caller's organization: CreateAwsLogSource and DeleteAwsLogSource
    /// answer them in <c>failed</c> (the caller's own account always goes through, every other account by default).
    /// </summary>
    public ISet<string> AccountsOutsideOrganization { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// How many service requests the request log keeps (the most recent ones; <see cref="EmulatorHost.Requests"/> and
    /// GET /_emulator/requests read it); 0 records none. Bounded so a long benchmark does not grow the emulator.
    /// </summary>
    public int RequestLogSize { get; set; } = DefaultRequestLogSize;

    public const int DefaultRequestLogSize = 10_000;

    /// <summary>The access keys the emulator accepts. Starts with the AWS documentation example key.</summary>
    public IList<EmulatorCredential> Credentials { get; } = new List<EmulatorCredential> { EmulatorCredential.Default };
}

/// <summary>One access key the emulator accepts, and the account its requests act in.</summary>
public sealed class EmulatorCredential
{
    /// <summary>The AWS documentation's example key pair, in account 123456789012.</summary>
    public static EmulatorCredential Default => new()
    {
        AccessKey = "AKIAIOSFODNN7EXAMPLE",
        SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        AccountId = "123456789012",
    };

    public string AccessKey { get; set; } = "";
    public string SecretKey { get; set; } = "";

    /// <summary>When set, requests must carry exactly this value in x-amz-security-token (temporary credentials).</summary>
    public string? SessionToken { get; set; }

    public string AccountId { get; set; } = "";
}
