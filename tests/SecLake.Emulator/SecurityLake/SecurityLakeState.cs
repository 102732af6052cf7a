using System;
using System.Collections.Generic;

namespace SecLake.Emulator.SecurityLake;

/// <summary>One account's Security Lake: data lakes by region, subscribers by region, tags by resource ARN.</summary>
internal sealed class SecurityLakeAccount
{
    public Dictionary<string, DataLake> DataLakes { get; } = new(StringComparer.Ordinal);

    /// <summary>Region -> subscribers in creation order.</summary>
    public Dictionary<string, List<Subscriber>> Subscribers { get; } = new(StringComparer.Ordinal);

    /// <summary>Resource ARN -> tags in the order they were added (keys unique).</summary>
    public Dictionary<string, List<KeyValuePair<string, string>>> Tags { get; } = new(StringComparer.Ordinal);

    public string? MetaStoreManagerRoleArn { get; set; }

    public List<Subscriber> SubscribersIn(string region)
    {
        if (!Subscribers.TryGetValue(region, out var list)) Subscribers[region] = list = new List<Subscriber>();
        return list;
    }
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
}
