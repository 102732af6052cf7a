using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecLake;

/// <summary>One page of a list operation: its items and the token of the next page (null or empty on the last).</summary>
public sealed class Page<T>
{
    public Page(IReadOnlyList<T> items, string? nextToken)
    {
        Items = items;
        NextToken = string.IsNullOrEmpty(nextToken) ? null : nextToken;
    }

    public IReadOnlyList<T> Items { get; }
    public string? NextToken { get; }
}

/// <summary>The one paging loop of every list operation.</summary>
public static class Paging
{
    /// <summary>
    /// Every item of <paramref name="operation"/>, reading page after page until one has no next token. A token the
    /// service returns a second time would page forever: that stops the read with an error naming the operation.
    /// </summary>
    public static async Task<List<T>> ReadAllAsync<T>(string operation, Func<string?, CancellationToken, Task<Page<T>>> readPage, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await readPage(token, cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Items);
            token = page.NextToken;
            if (token != null && !seen.Add(token))
                throw new InvalidOperationException($"{operation} returned the next token '{token}' twice; stopping to avoid an endless loop.");
        }
        while (token != null);
        return all;
    }
}
