using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.SecurityLake;

/// <summary>The data-lake waiter on a fake clock: progress, completion, FAILED and timeout.</summary>
public sealed class WaiterTests
{
    private readonly ScriptedInvoker _invoker = new();
    private readonly List<TimeSpan> _delays = new();
    private readonly List<WaitProgress> _progress = new();
    private readonly SecurityLakeClient _client;
    private TimeSpan _now = TimeSpan.Zero;

    public WaiterTests()
    {
        _client = new SecurityLakeClient(_invoker, "us-east-1")
        {
            Clock = new PollingClock(
                (delay, ct) =>
                {
                    ct.ThrowIfCancellationRequested();
                    _delays.Add(delay);
                    _now += delay;
                    return Task.CompletedTask;
                },
                () => () => _now),
        };
    }

    private static string Lake(string region, string createStatus, string? update = null) =>
        $$$"""{"region":"{{{region}}}","dataLakeArn":"arn:aws:securitylake:{{{region}}}:123456789012:data-lake/default","createStatus":"{{{createStatus}}}"{{{(update == null ? "" : ",\"updateStatus\":" + update)}}}}""";

    private void Poll(params string[] lakes) => _invoker.On("ListDataLakes", $$$"""{"dataLakes":[{{{string.Join(",", lakes)}}}]}""");

    private Task<IReadOnlyList<DataLake>> Wait(TimeSpan? timeout = null, CancellationToken ct = default) =>
        _client.WaitForDataLakesAsync(["us-east-1", "eu-west-1"], TimeSpan.FromSeconds(10), timeout ?? TimeSpan.FromMinutes(5), new SyncProgress<WaitProgress>(_progress.Add), ct);

    [Fact]
    public async Task Waits_until_every_Region_is_COMPLETED_reporting_each_poll()
    {
        Poll(Lake("us-east-1", "INITIALIZED"), Lake("eu-west-1", "INITIALIZED"));
        Poll(Lake("us-east-1", "COMPLETED"), Lake("eu-west-1", "PENDING"));
        Poll(Lake("eu-west-1", "COMPLETED"), Lake("us-east-1", "COMPLETED"));

        var lakes = await Wait();

        Assert.Equal(["us-east-1", "eu-west-1"], lakes.Select(l => l.Region));
        Assert.All(_progress, p => Assert.Equal("Waiting for the data lakes in us-east-1, eu-west-1 to be COMPLETED", p.Activity));
        Assert.Equal(
            ["0 of 2 finished: us-east-1 INITIALIZED, eu-west-1 INITIALIZED", "1 of 2 finished: us-east-1 COMPLETED, eu-west-1 PENDING", "2 of 2 finished: us-east-1 COMPLETED, eu-west-1 COMPLETED"],
            _progress.Select(p => p.Status));
        Assert.All(_progress, p => Assert.Equal(TimeSpan.FromMinutes(5), p.Timeout));
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)], _progress.Select(p => p.Elapsed));
        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10)], _delays);
        Assert.All(_invoker.Requests, r => Assert.Equal("regions=us-east-1&regions=eu-west-1", r.QueryString()));
    }

    [Fact]
    public async Task An_update_in_flight_is_waited_for_and_a_Region_not_listed_yet_is_pending()
    {
        Poll(Lake("us-east-1", "COMPLETED", """{"status":"PENDING","requestId":"u"}"""));
        Poll(Lake("us-east-1", "COMPLETED", """{"status":"COMPLETED","requestId":"u"}"""), Lake("eu-west-1", "COMPLETED"));

        await Wait();

        Assert.Equal(
            ["0 of 2 finished: us-east-1 PENDING, eu-west-1 NOT_LISTED", "2 of 2 finished: us-east-1 COMPLETED, eu-west-1 COMPLETED"],
            _progress.Select(p => p.Status));
    }

    [Fact]
    public async Task A_FAILED_Region_is_reported_with_the_services_exception_once_all_are_finished()
    {
        Poll(Lake("us-east-1", "PENDING"), Lake("eu-west-1", "COMPLETED", """{"status":"FAILED","exception":{"code":"ValidationException","reason":"The KMS key is not usable."}}"""));
        Poll(Lake("us-east-1", "COMPLETED"), Lake("eu-west-1", "COMPLETED", """{"status":"FAILED","exception":{"code":"ValidationException","reason":"The KMS key is not usable."}}"""));

        var error = await Assert.ThrowsAsync<DataLakeOperationFailedException>(() => Wait());

        Assert.Equal("The data lake in eu-west-1 FAILED: ValidationException: The KMS key is not usable.", error.Message);
        var failure = Assert.Single(error.Failures);
        Assert.Equal(("eu-west-1", "ValidationException", "The KMS key is not usable."), (failure.Region, failure.Code, failure.Reason));
        Assert.Equal(["us-east-1", "eu-west-1"], error.DataLakes.Select(l => l.Region));
        Assert.Equal(2, _invoker.Requests.Count);
        Assert.Equal("1 of 2 finished: us-east-1 PENDING, eu-west-1 FAILED", _progress[0].Status);
    }

    [Fact]
    public async Task A_failed_create_without_a_reason_says_so()
    {
        Poll(Lake("us-east-1", "FAILED"), Lake("eu-west-1", "FAILED"));

        var error = await Assert.ThrowsAsync<DataLakeOperationFailedException>(() => Wait());

        Assert.Equal(
            "The data lake in us-east-1 FAILED (the service gave no reason). The data lake in eu-west-1 FAILED (the service gave no reason).",
            error.Message);
    }

    [Fact]
    public async Task Gives_up_at_the_timeout_naming_the_Regions_still_pending()
    {
        for (var i = 0; i < 4; i++) Poll(Lake("us-east-1", "COMPLETED"), Lake("eu-west-1", "PENDING"));

        var error = await Assert.ThrowsAsync<WaitTimeoutException>(() => Wait(TimeSpan.FromSeconds(25)));

        Assert.Equal("The data lakes in eu-west-1 PENDING were not COMPLETED after 25 seconds.", error.Message);
        Assert.Equal("eu-west-1 PENDING", error.LastState);
        // Polls at 0, 10, 20 and 25 s: the last sleep is cut to the time left.
        Assert.Equal([10, 10, 5], _delays.Select(d => d.TotalSeconds));
        Assert.Equal(4, _invoker.Requests.Count);
    }

    [Fact]
    public async Task Cancellation_stops_the_wait()
    {
        using var cancel = new CancellationTokenSource();
        _invoker.On("ListDataLakes", _ =>
        {
            cancel.Cancel();
            return ScriptedInvoker.Ok($$$"""{"dataLakes":[{{{Lake("us-east-1", "PENDING")}}}]}""");
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Wait(ct: cancel.Token));
        Assert.Single(_invoker.Requests);
    }

    [Fact]
    public async Task A_non_positive_poll_interval_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _client.WaitForDataLakesAsync(["us-east-1"], TimeSpan.Zero));
        Assert.Empty(_invoker.Requests);
    }
}
