using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Common;

/// <summary>The one polling loop and the one paging loop every service's waiters and lists run on.</summary>
public sealed class PollingAndPagingTests
{
    private readonly List<TimeSpan> _delays = new();
    private TimeSpan _now;

    /// <summary>A clock like Task.Delay's: a sleep under a millisecond ends at once and takes no time.</summary>
    private PollingClock Clock => new((delay, ct) =>
    {
        ct.ThrowIfCancellationRequested();
        _delays.Add(delay);
        if (_delays.Count > 100) throw new InvalidOperationException("The waiter polled in a burst.");
        if (delay >= TimeSpan.FromMilliseconds(1)) _now += delay;
        return Task.CompletedTask;
    }, () => () => _now);

    private Task<string> Poll(Func<int, PollResult<string>> answer, TimeSpan interval, TimeSpan timeout, List<WaitProgress>? progress = null)
    {
        var polls = 0;
        return Polling.UntilAsync(_ => Task.FromResult(answer(++polls)), "Waiting", interval, timeout, state => $"still {state}",
            progress == null ? null : new SyncProgress<WaitProgress>(progress.Add), Clock, CancellationToken.None);
    }

    [Fact]
    public async Task Sleeps_the_interval_between_polls_and_returns_what_the_done_poll_found()
    {
        var progress = new List<WaitProgress>();
        var result = await Poll(n => n < 3 ? PollResult<string>.Pending($"poll {n}", "PENDING") : PollResult<string>.Done("ready"), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), progress);
        Assert.Equal("ready", result);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)], _delays);
        Assert.Equal(["poll 1", "poll 2"], progress.Select(p => p.Status));
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(2)], progress.Select(p => p.Elapsed));
    }

    [Fact]
    public async Task A_done_poll_with_a_status_is_reported_too()
    {
        var progress = new List<WaitProgress>();
        await Poll(_ => PollResult<string>.Done("ready", "2 of 2 finished"), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), progress);
        Assert.Equal(["2 of 2 finished"], progress.Select(p => p.Status));
    }

    [Fact]
    public async Task Polls_once_more_at_the_timeout_then_gives_up_naming_the_last_state()
    {
        var polls = 0;
        var error = await Assert.ThrowsAsync<WaitTimeoutException>(() =>
            Poll(n => { polls = n; return PollResult<string>.Pending("pending", "CREATING"); }, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(10)));
        Assert.Equal([TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(2)], _delays);
        Assert.Equal(4, polls);
        Assert.Equal("CREATING", error.LastState);
        Assert.Equal("still CREATING", error.Message);
    }

    [Fact]
    public async Task A_remainder_too_short_to_sleep_still_ends_in_one_last_poll_not_a_burst()
    {
        // 10 s timeout, 3 s interval: after three sleeps 1 s is left; make it 0.4 ms, which a real Task.Delay skips.
        _now = TimeSpan.FromMilliseconds(0.6);
        var polls = 0;
        await Assert.ThrowsAsync<WaitTimeoutException>(() =>
            Poll(n => { polls = n; return PollResult<string>.Pending("pending", "CREATING"); }, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(9.001)));
        Assert.Equal(5, polls);
    }

    [Fact]
    public async Task A_non_positive_interval_is_refused() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Poll(_ => PollResult<string>.Done("x"), TimeSpan.Zero, TimeSpan.FromSeconds(1)));

    [Fact]
    public async Task Paging_reads_every_page_in_order_until_no_next_token()
    {
        var tokens = new List<string?>();
        var pages = new Dictionary<string, Page<int>> { [""] = new([1, 2], "b"), ["b"] = new([3], ""), };
        var all = await Paging.ReadAllAsync("ListThings", (token, ct) => { tokens.Add(token); return Task.FromResult(pages[token ?? ""]); }, CancellationToken.None);
        Assert.Equal([1, 2, 3], all);
        Assert.Equal([null, "b"], tokens);
    }

    [Fact]
    public async Task Paging_stops_with_an_error_when_a_token_comes_back()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Paging.ReadAllAsync("ListThings", (token, ct) => Task.FromResult(new Page<int>([1], token == null ? "a" : token == "a" ? "b" : "a")), CancellationToken.None));
        Assert.Equal("ListThings returned the next token 'a' twice; stopping to avoid an endless loop.", error.Message);
    }
}
