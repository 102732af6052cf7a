using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace SecLake.Aws;

/// <summary>How <see cref="RetryLoop"/> paces and bounds attempts (docs/RETRIES.md). Tests shorten the delays.</summary>
internal sealed class RetrySettings
{
    private static readonly Random SharedRandom = new Random();

    /// <summary>Attempts of one request, the first included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The longest one attempt may wait for its answer (less when the record's -TimeoutSec has less left).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Full jitter: before attempt n+1 wait a random time up to Base * 2^(n-1), at most <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The base after throttling (429 and the throttling codes): the service asked to slow down.</summary>
    public TimeSpan ThrottledBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts; also the longest Retry-After honoured (a runaway header must not hang a prompt).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A uniform random number in [0, 1) for the jitter.</summary>
    public Func<double> Jitter { get; set; } = () =>
    {
        lock (SharedRandom) return SharedRandom.NextDouble();
    };

    public Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = Task.Delay;
}

/// <summary>
/// SecLake's one retry loop, around the SDK's pipeline (which sends each attempt once: its own retry handler is replaced,
/// see <see cref="ClockSkewHandler"/>). Per request: up to <see cref="RetrySettings.MaxAttempts"/> attempts, each cut after
/// its timeout and at the record's <see cref="Deadline"/>, full-jitter exponential backoff before every retry (a
/// Retry-After honoured; a throttled attempt pauses every request of the client, see <see cref="ThrottlePause"/>), retries
/// paid from the client's <see cref="RetryAllowance"/>. An attempt whose outcome is unknown
/// is followed as the request's <see cref="Resend"/> rule says: sent again, looked up first, or reported as unknown. Each
/// attempt and each decision goes to the -Verbose trace with its true attempt number. Failures without an answer leave as
/// <see cref="ServiceConnectionException"/> or <see cref="OperationTimeoutException"/>, naming the endpoint.
/// </summary>
internal sealed class RetryLoop
{
    /// <summary>A retry is not started with less than this left of the record's time.</summary>
    internal static readonly TimeSpan MinimumAttemptTime = TimeSpan.FromSeconds(1);

    private readonly string _service;
    private readonly RetrySettings _settings;
    private readonly ISet<string> _notRetryableCodes;
    private readonly Action<RequestTrace>? _trace;
    private readonly Func<RestRequest, string> _urlOf;

    public RetryLoop(string service, RetrySettings settings, ISet<string> notRetryableCodes, Action<RequestTrace>? trace, Func<RestRequest, string> urlOf)
    {
        _service = service;
        _settings = settings;
        _notRetryableCodes = notRetryableCodes;
        _trace = trace;
        _urlOf = urlOf;
    }

    /// <summary>This client's retries (one client per service and Region of one cmdlet invocation).</summary>
    public RetryAllowance Allowance { get; } = new RetryAllowance();

    public ServerClock Clock { get; } = new ServerClock();

    /// <summary>After a throttled attempt, every request of this client waits out the same backoff before its next attempt.</summary>
    public ThrottlePause Throttled { get; } = new ThrottlePause();

    /// <summary>Sends <paramref name="request"/>: <paramref name="sendOnce"/> makes one attempt (numbered from 1).</summary>
    public async Task<RestResponse> SendAsync(RestRequest request, Func<int, CancellationToken, Task<RestResponse>> sendOnce, CancellationToken cancellationToken)
    {
        var call = new Call(this, request, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (call.Unknown != null && call.Rule.Kind == ResendKind.AfterCheck)
            {
                var found = await call.CheckAsync("before sending it again").ConfigureAwait(false);
                if (found != null) return found;
            }
            var pause = Throttled.Current;
            if (!pause.IsCompleted)
            {
                _trace?.Invoke(RequestTrace.Decision(_service, request.OperationName, $"attempt {attempt} waits: the service throttled a request of this command, so all of them slow down"));
                try
                {
                    await ThrottlePause.WaitAsync(pause, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!call.IsStopped)
                {
                    throw call.OutOfTime(attempt - 1);
                }
            }
            var limit = call.AttemptLimit();
            if (limit <= TimeSpan.Zero) throw call.OutOfTime(attempt - 1);

            AttemptFailure failure;
            var watch = Stopwatch.StartNew();
            using (var attemptTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attemptTimer.CancelAfter(limit);
                try
                {
                    var response = await sendOnce(attempt, attemptTimer.Token).ConfigureAwait(false);
                    Allowance.Refund(call.Spent);
                    Clock.Observe(response.Headers.TryGetValue("Date", out var date) ? date : null, DateTimeOffset.UtcNow);
                    return response;
                }
                catch (ServiceException e)
                {
                    failure = AttemptFailure.FromService(e, _notRetryableCodes);
                }
                catch (Exception) when (call.IsStopped)
                {
                    // Ctrl+C: the caller's own cancellation, as it is.
                    cancellationToken.ThrowIfCancellationRequested();
                    throw;
                }
                catch (Exception e) when (AttemptFailure.FromTransport(e, attemptTimer.IsCancellationRequested, limit) is AttemptFailure transport)
                {
                    failure = transport;
                }
            }
            call.Attempts = attempt;
            if (failure.Transport != null)
                _trace?.Invoke(new RequestTrace(_service, request.OperationName, request.Method, call.Url, attempt, null, null, null, watch.Elapsed, failure.Description));

            if (failure.Verdict == AttemptVerdict.Final)
            {
                // A 409, 404 or 400 after an attempt that may have done the change can be that change's doing.
                if (call.Unknown != null && call.Rule.Kind == ResendKind.AfterCheck)
                {
                    var found = await call.CheckAsync($"before reporting {failure.Description}").ConfigureAwait(false);
                    if (found != null) return found;
                }
                ExceptionDispatchInfo.Capture(failure.Exception).Throw();
            }
            if (failure.Verdict == AttemptVerdict.Unknown)
            {
                call.Unknown ??= failure;
                if (call.Rule.Kind == ResendKind.Never)
                {
                    if (failure.Transport == null) ExceptionDispatchInfo.Capture(failure.Exception).Throw();
                    throw call.GiveUp(failure, checkedNotThere: false, lookupFailure: null);
                }
            }

            var stop = WhyNotAgain(call, attempt, failure, out var delay);
            if (stop != null)
            {
                var checkedNotThere = false;
                if (call.Unknown != null && call.Rule.Kind == ResendKind.AfterCheck && call.HasTimeToLook)
                {
                    var found = await call.CheckAsync("before reporting the failure").ConfigureAwait(false);
                    if (found != null) return found;
                    checkedNotThere = true;
                }
                _trace?.Invoke(RequestTrace.Decision(_service, request.OperationName, $"not sending again: {stop}"));
                throw call.GiveUp(failure, checkedNotThere, lookupFailure: null, stop);
            }
            _trace?.Invoke(RequestTrace.Decision(_service, request.OperationName, call.Unknown != null && call.Rule.Kind == ResendKind.AfterCheck
                ? $"attempt {attempt} failed ({failure.Description}); checking in {delay.TotalSeconds:0.00} s whether {call.Rule.Whether}"
                : $"attempt {attempt} failed ({failure.Description}); attempt {attempt + 1} of {_settings.MaxAttempts} in {delay.TotalSeconds:0.00} s"));
            if (failure.Throttled)
                await ThrottlePause.WaitAsync(Throttled.Begin(delay, _settings.Delay), cancellationToken).ConfigureAwait(false);
            else
                await _settings.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Null when another attempt may follow (and pays for it), else why not; <paramref name="delay"/> is the backoff.</summary>
    private string? WhyNotAgain(Call call, int attempt, AttemptFailure failure, out TimeSpan delay)
    {
        delay = Backoff(attempt, failure);
        if (attempt >= _settings.MaxAttempts) return $"{attempt} attempts made";
        var deadline = call.Deadline;
        if (deadline != null && deadline.Remaining - delay < MinimumAttemptTime) return $"the -TimeoutSec of {Deadline.Seconds(deadline.Limit)} s is used up";
        var cost = failure.Transport == TransportFailure.TimedOut ? RetryAllowance.TimeoutRetryCost : RetryAllowance.RetryCost;
        if (!Allowance.TryTake(cost)) return "this command's retry allowance is used up (too many failures)";
        call.Spent += cost;
        return null;
    }

    /// <summary>Full jitter: a random wait up to base * 2^(attempt-1), at most MaxDelay; a Retry-After within MaxDelay is waited out.</summary>
    internal TimeSpan Backoff(int attempt, AttemptFailure failure)
    {
        var baseDelay = failure.Throttled ? _settings.ThrottledBaseDelay : _settings.BaseDelay;
        var ceiling = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 16));
        if (ceiling > _settings.MaxDelay.TotalMilliseconds) ceiling = _settings.MaxDelay.TotalMilliseconds;
        var delay = TimeSpan.FromMilliseconds(ceiling * _settings.Jitter());
        if (failure.RetryAfter is TimeSpan asked && asked <= _settings.MaxDelay && asked > delay) delay = asked;
        return delay;
    }

    /// <summary>The state of one request across its attempts.</summary>
    private sealed class Call
    {
        private readonly RetryLoop _loop;
        private readonly RestRequest _request;
        private readonly CancellationToken _cancellationToken;
        private readonly DateTimeOffset _firstSent = DateTimeOffset.UtcNow;
        private readonly Stopwatch _watch = Stopwatch.StartNew();

        public Call(RetryLoop loop, RestRequest request, CancellationToken cancellationToken)
        {
            _loop = loop;
            _request = request;
            _cancellationToken = cancellationToken;
            Rule = Resend.For(request);
            Url = loop._urlOf(request);
            Deadline = SecLake.Deadline.Current;
        }

        public Resend Rule { get; }
        public string Url { get; }
        public Deadline? Deadline { get; }
        public int Attempts { get; set; }
        public int Spent { get; set; }

        /// <summary>The first attempt whose outcome is unknown.</summary>
        public AttemptFailure? Unknown { get; set; }

        /// <summary>Ctrl+C (the caller's token), as opposed to the record's deadline, which cancels the same token.</summary>
        public bool IsStopped => _cancellationToken.IsCancellationRequested && !(Deadline?.IsExpired ?? false);

        /// <summary>The lookup's own requests are cut to what is left; only an expired deadline leaves no time at all.</summary>
        public bool HasTimeToLook => Deadline == null || !Deadline.IsExpired;

        private string Name => $"{_loop._service} {_request.OperationName}";

        /// <summary>
        /// The attempt's time: the setting, cut to what the record has left, keeping a quarter (2 to 5 s) for what follows
        /// an attempt without an answer: the lookup of an unknown outcome, or the resend of a safe request.
        /// </summary>
        public TimeSpan AttemptLimit()
        {
            var limit = _loop._settings.AttemptTimeout;
            if (Deadline == null) return limit;
            var left = Deadline.Remaining;
            if (Rule.Kind != ResendKind.Never)
            {
                // A quarter, at least 2 s (a backoff plus MinimumAttemptTime), at most 5 s, and never more than half.
                var ticks = Math.Min(Math.Max(left.Ticks / 4, TimeSpan.FromSeconds(2).Ticks), TimeSpan.FromSeconds(5).Ticks);
                left -= TimeSpan.FromTicks(Math.Min(ticks, left.Ticks / 2));
            }
            return left < limit ? left : limit;
        }

        /// <summary>Looks the change up (<see cref="Resend.AfterCheck"/>); its answer when the change is there, else null.</summary>
        public async Task<RestResponse?> CheckAsync(string when)
        {
            var trace = _loop._trace;
            trace?.Invoke(RequestTrace.Decision(_loop._service, _request.OperationName,
                $"the outcome of attempt {Attempts} is unknown: checking whether {Rule.Whether}, {when}"));
            RestResponse? found;
            try
            {
                found = await Rule.IsDone!(new UnknownOutcome(_loop.Clock.NotBefore(_firstSent), Attempts), _cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!IsStopped)
            {
                throw GiveUp(Unknown!, checkedNotThere: false, lookupFailure: Describe(e));
            }
            trace?.Invoke(RequestTrace.Decision(_loop._service, _request.OperationName, found != null
                ? $"yes, {Rule.Whether}: the request was carried out; reporting that, not sending it again"
                : $"no, not yet ({Rule.Whether} is not true): the request was not carried out"));
            return found;
        }

        /// <summary>No time was left for an attempt.</summary>
        public Exception OutOfTime(int attemptsMade)
        {
            var limit = Deadline?.Limit ?? TimeSpan.Zero;
            var unknown = Unknown != null && Rule.Kind != ResendKind.Safe;
            return new OperationTimeoutException(
                $"{Name}: {_request.Method} {Url} was {(attemptsMade == 0 ? "not sent" : "not sent again")}: the -TimeoutSec of {SecLake.Deadline.Seconds(limit)} s is used up." +
                (unknown ? $" {MayHaveBeenDone()}" : ""),
                limit, Url, unknown, unknown ? LookAction() : "Give the command more time with -TimeoutSec.");
        }

        /// <summary>The error for a request given up on after <paramref name="last"/>.</summary>
        public Exception GiveUp(AttemptFailure last, bool checkedNotThere, string? lookupFailure, string? stop = null)
        {
            var outcomeUnknown = Unknown != null && Rule.Kind != ResendKind.Safe && !checkedNotThere;
            if (last.Transport == null && !outcomeUnknown) return last.Exception;
            var attempts = Attempts == 1 ? "1 attempt" : $"{Attempts} attempts";
            var elapsed = $"{_watch.Elapsed.TotalSeconds:0.0} s";
            var after = stop != null && !stop.EndsWith("attempts made", StringComparison.Ordinal) ? $"; {stop}" : "";
            var notThere = checkedNotThere ? $" Checked afterwards whether {Rule.Whether}: no, so nothing was changed." : "";
            var lookup = lookupFailure != null ? $" Checking whether {Rule.Whether} failed too: {lookupFailure}" : "";

            if (last.Transport == TransportFailure.TimedOut)
            {
                var limit = Deadline != null && Deadline.IsExpired ? Deadline.Limit : _loop._settings.AttemptTimeout;
                var budget = Deadline != null && Deadline.IsExpired
                    ? $"; the -TimeoutSec of {SecLake.Deadline.Seconds(Deadline.Limit)} s is used up"
                    : $" ({attempts} in {elapsed}{after})";
                return new OperationTimeoutException(
                    $"{Name}: {last.Description} from {_request.Method} {Url}{budget}.{notThere}{(outcomeUnknown ? " " + MayHaveBeenDone() : "")}{lookup}",
                    limit, Url, outcomeUnknown, outcomeUnknown ? LookAction() : "Try again later, or give the command more time with -TimeoutSec.");
            }
            if (outcomeUnknown)
            {
                var cause = Unknown!.Transport != null ? Unknown.Description : $"the service answered {Unknown.Description}";
                return new ServiceConnectionException(ServiceConnectionException.OutcomeUnknownId,
                    $"{Name}: the outcome of {_request.Method} {Url} is unknown: {cause} ({attempts} in {elapsed}{after}). {MayHaveBeenDone()}{lookup}",
                    _loop._service, _request.OperationName, Url, Attempts, _watch.Elapsed, outcomeUnknown: true, LookAction());
            }
            if (last.Transport == TransportFailure.Unreadable)
            {
                return new ServiceConnectionException(ServiceConnectionException.ResponseUnreadableId,
                    $"{Name}: {last.Description} ({_request.Method} {Url}, {attempts} in {elapsed}{after}).{notThere}",
                    _loop._service, _request.OperationName, Url, Attempts, _watch.Elapsed, outcomeUnknown: false,
                    "Try again; if it keeps happening, check for a proxy or gateway between you and the endpoint.");
            }
            return new ServiceConnectionException(ServiceConnectionException.ConnectionFailedId,
                $"{Name}: no answer from {_request.Method} {Url}: {last.Description} ({attempts} in {elapsed}{after}).{notThere}",
                _loop._service, _request.OperationName, Url, Attempts, _watch.Elapsed, outcomeUnknown: false,
                "Check -Region and -EndpointUrl (or AWS_ENDPOINT_URL_*), the network and any proxy, then try again.");
        }

        private string MayHaveBeenDone() => Rule.Kind == ResendKind.AfterCheck
            ? $"The request may have been carried out: check whether {Rule.Whether} before running the command again."
            : "The request may have been carried out, and SecLake does not send it twice by itself: check before running the command again.";

        private string LookAction() => Rule.Kind == ResendKind.AfterCheck
            ? $"Check whether {Rule.Whether} before running the command again."
            : "Check whether the change was made before running the command again.";

        private static string Describe(Exception e) => e is SecLakeException || e is ServiceException ? e.Message : "the lookup failed unexpectedly.";
    }
}
