namespace SecLake.Emulator.SecurityLake;

/// <summary>One account's Security Lake: data lakes by region, subscribers by region, tags by resource ARN, log sources.</summary>
internal sealed class SecurityLakeAccount
{
    public Dictionary<string, DataLake> DataLakes { get; } = new(StringComparer.Ordinal);

    /// <summary>Region -> subscribers in creation order, indexed by id.</summary>
    public Dictionary<string, SubscriberSet> Subscribers { get; } = new(StringComparer.Ordinal);

    /// <summary>Resource ARN -> tags in the order they were added (keys unique).</summary>
    public Dictionary<string, List<KeyValuePair<string, string>>> Tags { get; } = new(StringComparer.Ordinal);

    public string? MetaStoreManagerRoleArn { get; set; }

    // ---- organization ----

    /// <summary>The account this one, as its organization's management account, made the delegated Security Lake administrator.</summary>
    public string? DelegatedAdministrator { get; set; }

    /// <summary>Region -> the sources auto-enabled there for new organization accounts, in the order they were added.</summary>
    public SortedDictionary<string, List<AutoEnableSource>> AutoEnableNewAccount { get; } = new(StringComparer.Ordinal);
    /// <summary>AWS and custom log sources, in the Regions of the data lakes above.</summary>
    public LogSourceSet LogSources { get; } = new();

    public SubscriberSet SubscribersIn(string region)
    {
        if (!Subscribers.TryGetValue(region, out var set)) Subscribers[region] = set = new SubscriberSet();
        return set;
    }

    // ---- exception subscriptions and data lake exceptions ----

    /// <summary>Region -> the account's exception subscription there (one per account and Region).</summary>
    public Dictionary<string, ExceptionSubscription> ExceptionSubscriptions { get; } = new(StringComparer.Ordinal);

    /// <summary>The account's Security Lake exceptions, in the order they were recorded.</summary>
    public List<DataLakeExceptionEntry> Exceptions { get; } = new();
}

/// <summary>The subscribers of one region: creation order (pages are offsets into it) and an index by id (lookups O(1)).</summary>
internal sealed class SubscriberSet
{
    private readonly List<Subscriber> _ordered = new();
    private readonly Dictionary<string, Subscriber> _byId = new(StringComparer.Ordinal);

    public int Count => _ordered.Count;

    public void Add(Subscriber subscriber)
    {
        _byId.Add(subscriber.Id, subscriber);
        _ordered.Add(subscriber);
    }

    public Subscriber? Find(string id) => _byId.GetValueOrDefault(id);

    public void Remove(Subscriber subscriber)
    {
        if (_byId.Remove(subscriber.Id)) _ordered.Remove(subscriber);
    }

    /// <summary>Up to <paramref name="count"/> subscribers from position <paramref name="skip"/> in creation order.</summary>
    public List<Subscriber> Page(int skip, int count) =>
        skip >= _ordered.Count ? new List<Subscriber>() : _ordered.GetRange(skip, Math.Min(count, _ordered.Count - skip));
}

/// <summary>All accounts' Security Lake state behind one lock.</summary>
internal sealed class SecurityLakeState
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SecurityLakeAccount> _accounts = new(StringComparer.Ordinal);

    public T Use<T>(string accountId, Func<SecurityLakeAccount, T> action)
    {
        lock (_gate)
        {
            if (!_accounts.TryGetValue(accountId, out var account)) _accounts[accountId] = account = new SecurityLakeAccount();
            return action(account);
        }
    }

    public void Clear()
    {
        lock (_gate) _accounts.Clear();
    }

    // ---- organization ----

    /// <summary>
    /// <see cref="Use{T}"/> with every account in reach too: the organization operations ask which management
    /// account delegated to which account.
    /// </summary>
    public T UseAcrossAccounts<T>(string accountId, Func<SecurityLakeAccount, IReadOnlyDictionary<string, SecurityLakeAccount>, T> action)
    {
        lock (_gate)
        {
            if (!_accounts.TryGetValue(accountId, out var account)) _accounts[accountId] = account = new SecurityLakeAccount();
            return action(account, _accounts);
        }
    }
    // ---- data lake exceptions ----

    /// <summary>
    /// Records an exception, as the service does when it cannot resolve a failure in a data lake. The Region must have
    /// a data lake, or <see cref="InvalidOperationException"/>: an exception of no data lake would be state the service never has.
    /// </summary>
    public void AddException(string accountId, DataLakeExceptionEntry entry) =>
        Use(accountId, account =>
        {
            if (!account.DataLakes.ContainsKey(entry.Region))
                throw new InvalidOperationException($"Account {accountId} has no data lake in {entry.Region}; create one before recording its exceptions.");
            account.Exceptions.Add(entry);
            return 0;
        });
}
