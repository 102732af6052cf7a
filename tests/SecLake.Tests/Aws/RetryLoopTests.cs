using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Amazon.Runtime;
using SecLake.Aws;
using SecLake.Qldb;
using Xunit;

namespace SecLake.Tests.Aws;

/// <summary>
/// SecLake's one retry loop, on scripted attempts: which failures are sent again, the backoff before every retry, true
/// attempt numbers, the per-client allowance, the time limits, and what each resend rule does with an unknown outcome.
/// </summary>
public sealed class RetryLoopTests
{
    private const string Url = "http://127.0.0.1:1/ledgers";

    private readonly List<TimeSpan> _delays = new();
    private readonly List<RequestTrace> _traces = new();
    private readonly List<int> _attempts = new();

    private RetryLoop Loop(int maxAttempts = 4, TimeSpan? attemptTimeout = null) =>
        new("QLDB", new RetrySettings
        {
            MaxAttempts = maxAttempts,
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(30),
            Jitter = () => 0.5,
            Delay = (delay, token) =>
            {
                _delays.Add(delay);
                return Task.CompletedTask;
            },
        }, QldbService.Definition.NotRetryableCodes, t =>
        {
            lock (_traces) _traces.Add(t);
        }, _ => Url);

    /// <summary>Answers attempt n with <paramref name="outcomes"/>[n-1]: an exception to throw, or null for a 200.</summary>
    private Func<int, CancellationToken, Task<RestResponse>> Script(params Exception?[] outcomes) => (attempt, token) =>
    {
        _attempts.Add(attempt);
        var outcome = outcomes[attempt - 1];
        return outcome == null ? Task.FromResult(Ok()) : Task.FromException<RestResponse>(outcome);
    };

    private static RestResponse Ok(string json = """{"Name":"orders"}""")
    {
        using var document = JsonDocument.Parse(json);
        return new RestResponse(200, "req", document.RootElement.Clone(), new Dictionary<string, string>());
    }

    private static RestRequest Get() => new("ListLedgers", "GET", "/ledgers");

    private static RestRequest Create(Resend? rule = null) => new("CreateLedger", "POST", "/ledgers") { Resend = rule };

    private static Exception Closed() => new IOException("The response ended prematurely.");

    private static Exception Refused() => new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused));

    private static Exception CutOff() => new AmazonUnmarshallingException("req", null, new IOException("cut"), HttpStatusCode.OK);

    private static ServiceException Error(string code, int status, TimeSpan? retryAfter = null) =>
        QldbService.Definition.Errors.Create(new ServiceErrorResponse(code, code + " message", "req", (HttpStatusCode)status, null, null, retryAfter));

    [Fact]
    public async Task Every_retry_waits_a_full_jitter_backoff_that_doubles_and_attempts_are_numbered_truly()
    {
        var e = await Assert.ThrowsAsync<ServiceConnectionException>(() => Loop().SendAsync(Get(), Script(Closed(), Closed(), Closed(), Closed()), default));

        Assert.Equal([1, 2, 3, 4], _attempts);
        // Jitter 0.5 of 500 ms, 1 s, 2 s.
        Assert.Equal([TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)], _delays);
        Assert.Equal([1, 2, 3, 4], _traces.Where(t => t.IsAttempt).Select(t => t.Attempt));
        Assert.Equal(ServiceConnectionException.ConnectionFailedId, e.ErrorId);
        Assert.Equal(ErrorKind.ConnectionError, e.Kind);
        Assert.Equal(4, e.Attempts);
        Assert.Contains(Url, e.Message);
    }

    [Fact]
    public async Task A_throttled_request_backs_off_from_a_longer_base_and_waits_out_a_Retry_After()
    {
        await Loop().SendAsync(Get(), Script(Error("ThrottlingException", 400), Error("ThrottlingException", 400, TimeSpan.FromSeconds(7)), null), default);

        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(7)], _delays);
    }

    /// <summary>A loop whose every wait lasts until <paramref name="waitEnds"/> completes.</summary>
    private RetryLoop LoopWaitingFor(Task waitEnds) =>
        new("QLDB", new RetrySettings
        {
            Jitter = () => 0.5,
            Delay = (delay, token) =>
            {
                _delays.Add(delay);
                return waitEnds;
            },
        }, QldbService.Definition.NotRetryableCodes, null, _ => Url);

    [Fact]
    public async Task A_throttled_attempt_pauses_every_request_of_the_client_until_its_backoff_ends()
    {
        var pauseEnds = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loop = LoopWaitingFor(pauseEnds.Task);
        var throttled = loop.SendAsync(Get(), Script(Error("ThrottlingException", 400), null), default);
        var sentByOther = 0;
        var other = loop.SendAsync(Get(), (attempt, token) =>
        {
            Interlocked.Increment(ref sentByOther);
            return Task.FromResult(Ok());
        }, default);

        Assert.Equal(0, Volatile.Read(ref sentByOther));
        Assert.False(other.IsCompleted);
        pauseEnds.SetResult();
        await Task.WhenAll(throttled, other);

        Assert.Equal(1, sentByOther);
        Assert.Equal([1, 2], _attempts);
        // One pause, waited out by both requests.
        Assert.Equal([TimeSpan.FromMilliseconds(500)], _delays);
    }

    [Fact]
    public async Task Ctrl_C_ends_at_once_the_wait_of_a_request_held_by_another_requests_throttling_pause()
    {
        var pauseEnds = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loop = LoopWaitingFor(pauseEnds.Task);
        var throttled = loop.SendAsync(Get(), Script(Error("ThrottlingException", 400), null), default);
        using var stop = new CancellationTokenSource();
        var sentByOther = 0;
        var other = loop.SendAsync(Get(), (attempt, token) =>
        {
            Interlocked.Increment(ref sentByOther);
            return Task.FromResult(Ok());
        }, stop.Token);

        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => other);
        Assert.Equal(0, sentByOther);
        pauseEnds.SetResult();
        Assert.Equal(200, (await throttled).StatusCode);
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_longest_wait_is_not_honoured()
    {
        await Loop().SendAsync(Get(), Script(Error("ThrottlingException", 400, TimeSpan.FromMinutes(5)), null), default);

        Assert.Equal([TimeSpan.FromMilliseconds(500)], _delays);
    }

    [Fact]
    public async Task A_code_the_service_uses_for_something_retrying_cannot_fix_is_reported_at_once()
    {
        await Assert.ThrowsAsync<LimitExceededException>(() => Loop().SendAsync(Create(), Script(Error("LimitExceededException", 400)), default));

        Assert.Equal([1], _attempts);
    }

    [Fact]
    public async Task Answers_that_show_nothing_was_done_are_sent_again_even_for_a_create_without_a_rule()
    {
        var response = await Loop().SendAsync(Create(), Script(Error("ThrottlingException", 400), Error("ServiceUnavailable", 503), Refused(), null), default);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal([1, 2, 3, 4], _attempts);
    }

    [Fact]
    public async Task An_unknown_outcome_of_a_request_without_a_rule_is_reported_as_such_and_never_sent_again()
    {
        var e = await Assert.ThrowsAsync<ServiceConnectionException>(() => Loop().SendAsync(Create(), Script(Closed(), null), default));

        Assert.Equal([1], _attempts);
        Assert.Equal(ServiceConnectionException.OutcomeUnknownId, e.ErrorId);
        Assert.True(e.OutcomeUnknown);
        Assert.Contains("may have been carried out", e.Message);
        Assert.Contains("POST " + Url, e.Message);
    }

    [Fact]
    public async Task A_GET_is_sent_again_after_an_unknown_outcome()
    {
        await Loop().SendAsync(Get(), Script(Closed(), CutOff(), Error("InternalServerError", 500), null), default);

        Assert.Equal([1, 2, 3, 4], _attempts);
    }

    [Fact]
    public async Task A_safe_write_is_sent_again_after_an_unknown_outcome()
    {
        await Loop().SendAsync(Create(Resend.Safe), Script(Closed(), null), default);

        Assert.Equal([1, 2], _attempts);
    }

    [Fact]
    public async Task After_an_unknown_outcome_a_change_the_lookup_finds_is_reported_once_and_not_sent_again()
    {
        var looked = 0;
        var found = Ok("""{"Name":"orders","State":"CREATING"}""");
        var rule = Resend.AfterCheck("ledger 'orders' exists", (unknown, token) =>
        {
            looked++;
            Assert.Equal(1, unknown.Attempts);
            return Task.FromResult<RestResponse?>(found);
        });

        var response = await Loop().SendAsync(Create(rule), Script(CutOff(), null), default);

        Assert.Same(found, response);
        Assert.Equal([1], _attempts);
        Assert.Equal(1, looked);
        Assert.Contains(_traces, t => t.Note != null && t.Note.StartsWith("yes, ledger 'orders' exists", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_an_unknown_outcome_a_change_the_lookup_does_not_find_is_sent_again()
    {
        var rule = Resend.AfterCheck("ledger 'orders' exists", (_, _) => Task.FromResult<RestResponse?>(null));

        var response = await Loop().SendAsync(Create(rule), Script(Closed(), null), default);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal([1, 2], _attempts);
    }

    [Fact]
    public async Task A_conflict_after_an_unknown_outcome_is_looked_up_before_it_is_reported()
    {
        var lookups = 0;
        var found = Ok();
        // The first lookup races the lost request still in flight; by the conflict it has landed.
        var rule = Resend.AfterCheck("ledger 'orders' exists", (_, _) => Task.FromResult(++lookups == 1 ? null : found));

        var response = await Loop().SendAsync(Create(rule), Script(Closed(), Error("ResourceAlreadyExistsException", 409)), default);

        Assert.Same(found, response);
        Assert.Equal([1, 2], _attempts);
        Assert.Equal(2, lookups);
    }

    [Fact]
    public async Task A_conflict_the_lookup_does_not_explain_is_reported_as_the_service_said()
    {
        var rule = Resend.AfterCheck("ledger 'orders' exists", (_, _) => Task.FromResult<RestResponse?>(null));

        await Assert.ThrowsAsync<ResourceAlreadyExistsException>(() => Loop().SendAsync(Create(rule), Script(Closed(), Error("ResourceAlreadyExistsException", 409)), default));
    }

    [Fact]
    public async Task A_lookup_that_fails_leaves_the_outcome_unknown_and_says_what_to_check()
    {
        var rule = Resend.AfterCheck("ledger 'orders' exists", (_, _) => Task.FromException<RestResponse?>(Error("AccessDeniedException", 403)));

        var e = await Assert.ThrowsAsync<ServiceConnectionException>(() => Loop().SendAsync(Create(rule), Script(Closed(), null), default));

        Assert.Equal(ServiceConnectionException.OutcomeUnknownId, e.ErrorId);
        Assert.Equal([1], _attempts);
        Assert.Contains("Checking whether ledger 'orders' exists failed too", e.Message);
        Assert.Equal("Check whether ledger 'orders' exists before running the command again.", e.RecommendedAction);
    }

    [Fact]
    public async Task Given_up_after_every_attempt_with_the_change_not_there_says_nothing_was_changed()
    {
        var rule = Resend.AfterCheck("ledger 'orders' exists", (_, _) => Task.FromResult<RestResponse?>(null));

        var e = await Assert.ThrowsAsync<ServiceConnectionException>(() => Loop(maxAttempts: 2).SendAsync(Create(rule), Script(Closed(), Closed()), default));

        Assert.Equal(ServiceConnectionException.ConnectionFailedId, e.ErrorId);
        Assert.False(e.OutcomeUnknown);
        Assert.Contains("nothing was changed", e.Message);
    }

    [Fact]
    public async Task A_cut_off_answer_to_a_read_comes_out_as_ResponseUnreadable()
    {
        var e = await Assert.ThrowsAsync<ServiceConnectionException>(() => Loop(maxAttempts: 2).SendAsync(Get(), Script(CutOff(), CutOff()), default));

        Assert.Equal(ServiceConnectionException.ResponseUnreadableId, e.ErrorId);
        Assert.DoesNotContain(_traces, t => t.ToString().Contains("-> 200", StringComparison.Ordinal));
        Assert.Contains(_traces, t => t.IsAttempt && t.ToString().Contains("-> the answer (HTTP 200) was cut off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Server_errors_of_a_read_are_sent_again_then_reported_as_the_service_said()
    {
        var e = await Assert.ThrowsAsync<QldbException>(() => Loop(maxAttempts: 2).SendAsync(Get(), Script(Error("InternalServerError", 500), Error("InternalServerError", 500)), default));

        Assert.Equal(500, (int)e.StatusCode);
        Assert.Equal([1, 2], _attempts);
    }

    [Fact]
    public async Task Retries_stop_when_the_clients_allowance_is_used_up_and_another_client_has_its_own()
    {
        var exhausted = Loop(maxAttempts: 1000);
        var e = await Assert.ThrowsAsync<ServiceConnectionException>(() => exhausted.SendAsync(Get(), (_, _) => Task.FromException<RestResponse>(Closed()), default));
        Assert.Equal(RetryAllowance.Capacity / RetryAllowance.RetryCost, _delays.Count);
        Assert.Contains("retry allowance is used up", e.Message);

        _attempts.Clear();
        await Assert.ThrowsAsync<ServiceConnectionException>(() => exhausted.SendAsync(Get(), Script(Closed(), null), default));
        Assert.Equal([1], _attempts);

        _attempts.Clear();
        await Loop().SendAsync(Get(), Script(Closed(), null), default);
        Assert.Equal([1, 2], _attempts);
    }

    [Fact]
    public async Task The_allowance_holds_when_many_records_of_one_invocation_fail_at_once()
    {
        var allowance = new RetryAllowance();
        var taken = 0;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1000; i++)
                if (allowance.TryTake(RetryAllowance.RetryCost)) Interlocked.Increment(ref taken);
        })));

        Assert.Equal(RetryAllowance.Capacity / RetryAllowance.RetryCost, taken);
        Assert.Equal(0, allowance.Available);
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1000; i++) allowance.Refund(RetryAllowance.RetryCost);
        })));
        Assert.Equal(RetryAllowance.Capacity, allowance.Available);
    }

    [Fact]
    public async Task An_attempt_without_an_answer_is_cut_at_its_timeout_and_reported_as_OperationTimeout()
    {
        var e = await Assert.ThrowsAsync<OperationTimeoutException>(() =>
            Loop(maxAttempts: 2, attemptTimeout: TimeSpan.FromMilliseconds(100)).SendAsync(Get(), Hang, default));

        Assert.Equal([1, 2], _attempts);
        Assert.Equal(ErrorKind.OperationTimeout, e.Kind);
        Assert.Equal(Url, e.Endpoint);
        Assert.Contains("no answer within 0.1 s", e.Message);
    }

    [Fact]
    public async Task The_records_deadline_cuts_an_attempt_and_the_error_names_the_endpoint_and_the_time()
    {
        var started = DateTime.UtcNow;

        var e = await Assert.ThrowsAsync<OperationTimeoutException>(() =>
            Deadline.RunAsync(TimeSpan.FromMilliseconds(500), default, token => Loop().SendAsync(Get(), Hang, token)));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "a hang guard, not a timing assertion");
        Assert.Equal([1], _attempts);
        Assert.Equal(Url, e.Endpoint);
        Assert.Contains("the -TimeoutSec of 0.5 s is used up", e.Message);
    }

    [Fact]
    public async Task A_create_keeps_time_within_the_deadline_to_look_up_an_unknown_outcome()
    {
        var found = Ok();
        var rule = Resend.AfterCheck("ledger 'orders' exists", (_, _) => Task.FromResult<RestResponse?>(found));

        var response = await Deadline.RunAsync(TimeSpan.FromSeconds(2), default, async token => await Loop().SendAsync(Create(rule), Hang, token));

        Assert.Same(found, response);
        Assert.Equal([1], _attempts);
    }

    [Fact]
    public async Task A_safe_request_keeps_time_within_the_deadline_to_be_sent_again_after_a_stall()
    {
        var response = await Deadline.RunAsync(TimeSpan.FromSeconds(4), default, async token =>
            await Loop().SendAsync(Get(), (attempt, attemptToken) => attempt == 1 ? Hang(attempt, attemptToken) : Script(null, null)(attempt, attemptToken), token));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal([1, 2], _attempts);
    }

    [Fact]
    public async Task Ctrl_C_stops_an_attempt_as_a_cancellation_not_as_a_failure()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Loop().SendAsync(Get(), Hang, stop.Token));

        Assert.Equal([1], _attempts);
        Assert.Empty(_delays);
    }

    [Theory]
    [InlineData("connection-refused", TransportKindCase.NotConnected)]
    [InlineData("closed", TransportKindCase.Broken)]
    [InlineData("cut-off", TransportKindCase.Unreadable)]
    [InlineData("not-json", TransportKindCase.Unreadable)]
    [InlineData("timeout", TransportKindCase.TimedOut)]
    public void Transport_failures_are_named_by_SecLake_never_by_a_dotnet_type(string what, TransportKindCase expected)
    {
        Exception e = what switch
        {
            "connection-refused" => Refused(),
            "closed" => new AmazonClientException("failed", new HttpRequestException("reset", new IOException("reset"))),
            "cut-off" => CutOff(),
            "not-json" => new AmazonUnmarshallingException("req", null, new JsonException("'<' is an invalid start of a value."), HttpStatusCode.OK),
            _ => new TaskCanceledException("timeout", new TimeoutException()),
        };

        var failure = AttemptFailure.FromTransport(e, attemptTimedOut: false, TimeSpan.FromSeconds(30))!;

        Assert.Equal(expected.ToString(), failure.Transport.ToString());
        Assert.DoesNotContain("Exception", failure.Description);
    }

    public enum TransportKindCase
    {
        NotConnected,
        Broken,
        Unreadable,
        TimedOut,
    }

    private async Task<RestResponse> Hang(int attempt, CancellationToken token)
    {
        _attempts.Add(attempt);
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    }
}
