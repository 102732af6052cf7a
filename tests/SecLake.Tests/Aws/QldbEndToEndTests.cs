using System.Collections.Concurrent;
using SecLake.Aws;
using SecLake.Emulator;
using SecLake.Qldb;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Aws;

/// <summary>
/// The QLDB client through the real AWS SDK pipeline (credentials, SigV4, retries, endpoint override) against the
/// emulator: what goes on the wire and how responses and errors come back.
/// </summary>
public class QldbEndToEndTests(ShortDelaysFixture emulator) : SharedEmulatorTests<ShortDelaysFixture>(emulator)
{
    private readonly ConcurrentQueue<RequestTrace> _traces = new();

    // HTTP attempts only: the retry loop's decisions go to the same -Verbose stream.
    private QldbClient Connect(string? secretKey = null) => Emulator.ConnectQldb(trace: t => { if (t.IsAttempt) _traces.Enqueue(t); }, secretKey: secretKey);

    private RecordedRequest Last(string operation) => Emulator.Host.Requests.Last(r => r.Operation == operation);

    [Fact]
    public async Task A_ledger_goes_through_its_whole_life()
    {
        var client = Connect();
        var created = await client.CreateLedgerAsync(new CreateLedgerInput("life", "ALLOW_ALL") { DeletionProtection = false, Tags = new Dictionary<string, string?> { ["team"] = "blue" } }, default);
        Assert.Equal("CREATING", created.State);
        Assert.Equal("arn:aws:qldb:us-east-1:123456789012:ledger/life", created.Arn);
        Assert.NotNull(created.CreationDateTime);

        var active = await client.WaitForLedgerAsync("life", new[] { "ACTIVE" }, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(100), null, default);
        Assert.Equal("ACTIVE", active.State);
        Assert.Contains(await client.ListLedgersAsync(default), l => l.Name == "life");

        var updated = await client.UpdateLedgerAsync("life", true, null, default);
        Assert.True(updated.DeletionProtection);
        Assert.Equal("STANDARD", (await client.UpdateLedgerPermissionsModeAsync("life", "STANDARD", default)).PermissionsMode);

        await client.TagResourceAsync(active.Arn!, new Dictionary<string, string?> { ["env"] = "test" }, default);
        Assert.Equal(new[] { "env=test", "team=blue" }, (await client.ListTagsForResourceAsync(active.Arn!, default)).Select(t => t.ToString()));
        await client.UntagResourceAsync(active.Arn!, new[] { "env" }, default);
        Assert.Equal(new[] { "team" }, (await client.ListTagsForResourceAsync(active.Arn!, default)).Select(t => t.Key));

        await Assert.ThrowsAsync<ResourcePreconditionNotMetException>(() => client.DeleteLedgerAsync("life", default));
        await client.UpdateLedgerAsync("life", false, null, default);
        await client.DeleteLedgerAsync("life", default);
        var deleted = await client.WaitForLedgerAsync("life", new[] { "DELETED" }, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(100), null, default);
        Assert.Equal("DELETED", deleted.State);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.DescribeLedgerAsync("life", default));
    }

    [Fact]
    public async Task Requests_on_the_wire_are_the_model_shapes_signed_for_qldb_in_the_region()
    {
        var client = Connect();
        await client.CreateLedgerAsync(new CreateLedgerInput("wire", "STANDARD") { KmsKey = "AWS_OWNED_KMS_KEY" }, default);
        await client.ListLedgersAsync(pageSize: 10);
        await client.DescribeLedgerAsync("wire", default);
        await client.UntagResourceAsync("arn:aws:qldb:us-east-1:123456789012:ledger/wire", new[] { "a", "b c" }, default);

        var create = Last("CreateLedger");
        Assert.Equal(("POST", "/ledgers", ""), (create.Method, create.Path, create.QueryString));
        Assert.Equal("""{"Name":"wire","PermissionsMode":"STANDARD","KmsKey":"AWS_OWNED_KMS_KEY"}""", create.Body);
        Assert.Equal("application/json", create.Headers["content-type"]);
        Assert.Equal("us-east-1", create.Region);
        Assert.Contains("host", create.SignedHeaders);
        Assert.Contains("x-amz-date", create.SignedHeaders);
        Assert.Contains("content-type", create.SignedHeaders);

        var list = Last("ListLedgers");
        Assert.Equal(("GET", "/ledgers", "max_results=10"), (list.Method, list.Path, list.QueryString));
        Assert.False(list.Headers.ContainsKey("content-type"), "a body-less request must carry no Content-Type");
        Assert.Equal("", list.Body);

        var describe = Last("DescribeLedger");
        Assert.Equal(("GET", "/ledgers/wire"), (describe.Method, describe.Path));
        Assert.False(describe.Headers.ContainsKey("content-type"));

        var untag = Last("UntagResource");
        Assert.Equal("DELETE", untag.Method);
        Assert.Equal("/tags/arn%3Aaws%3Aqldb%3Aus-east-1%3A123456789012%3Aledger%2Fwire", untag.Path);
        Assert.Equal("tagKeys=a&tagKeys=b%20c", untag.QueryString);
        Assert.False(untag.Headers.ContainsKey("content-type"));
    }

    [Fact]
    public async Task A_taken_name_comes_back_as_ResourceAlreadyExists_with_the_request_id()
    {
        var client = Connect();
        await client.CreateLedgerAsync(new CreateLedgerInput("dup", "STANDARD"), default);
        var e = await Assert.ThrowsAsync<ResourceAlreadyExistsException>(() => client.CreateLedgerAsync(new CreateLedgerInput("dup", "STANDARD"), default));
        Assert.Equal(409, (int)e.StatusCode);
        Assert.Equal("ResourceAlreadyExistsException", e.ErrorCode);
        Assert.False(string.IsNullOrEmpty(e.RequestId));
        Assert.Equal("dup", e.ResourceName);
        var description = ServiceErrorMapper.Describe(e);
        Assert.Equal("ResourceExists", description.Kind.ToString());
        Assert.Contains(e.RequestId, description.Message);
    }

    [Fact]
    public async Task The_ledger_quota_comes_back_as_LimitExceeded()
    {
        var client = Connect();
        for (int i = 0; i < 5; i++) await client.CreateLedgerAsync(new CreateLedgerInput("quota-" + i, "STANDARD"), default);
        var e = await Assert.ThrowsAsync<LimitExceededException>(() => client.CreateLedgerAsync(new CreateLedgerInput("quota-6", "STANDARD"), default));
        Assert.Equal("QuotaExceeded", ServiceErrorMapper.Describe(e).Kind.ToString());
        Assert.Equal(1, Emulator.Host.Requests.Count(r => r.Operation == "CreateLedger" && r.StatusCode == 400));
    }

    [Fact]
    public async Task Throttling_is_retried_and_each_attempt_is_traced()
    {
        Emulator.Host.Faults.Add("qldb", "ListLedgers", Fault.Throttling(retryAfterSeconds: 0), count: 1);
        await Connect().ListLedgersAsync(default);
        var attempts = _traces.Where(t => t.Operation == "ListLedgers").ToList();
        Assert.Equal(new[] { 1, 2 }, attempts.Select(t => t.Attempt));
        Assert.Equal(new int?[] { 429, 200 }, attempts.Select(t => t.StatusCode));
        Assert.All(attempts, t => Assert.False(string.IsNullOrEmpty(t.RequestId)));
    }

    [Fact]
    public async Task A_Retry_After_from_the_service_is_waited_out_before_the_retry()
    {
        Emulator.Host.Faults.Add("qldb", "ListLedgers", Fault.Throttling(retryAfterSeconds: 2), count: 1);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Connect().ListLedgersAsync(default);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2), $"retried after {clock.Elapsed.TotalMilliseconds:0} ms, before the 2 s Retry-After");
        Assert.Equal(new int?[] { 429, 200 }, _traces.Select(t => t.StatusCode));
    }

    [Fact]
    public async Task The_last_attempt_does_not_wait_for_a_Retry_After_nobody_will_use()
    {
        Emulator.Host.Faults.Add("qldb", "ListLedgers", Fault.Throttling(retryAfterSeconds: 3), count: 10);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<QldbException>(() => Connect().ListLedgersAsync(default));
        Assert.Equal(TimeSpan.FromSeconds(3), e.RetryAfter);
        var attempts = _traces.Count;
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3 * attempts), $"{attempts} attempts took {clock.Elapsed.TotalSeconds:0.0} s: the last one waited too");
    }

    [Fact]
    public async Task A_bare_429_without_an_error_code_is_retried_too()
    {
        Emulator.Host.Faults.Add("qldb", "DescribeLedger", new Fault { StatusCode = 429, ErrorCode = "" }, count: 1);
        await Connect().CreateLedgerAsync(new CreateLedgerInput("bare", "STANDARD"), default);
        var ledger = await Connect().DescribeLedgerAsync("bare", default);
        Assert.Equal("bare", ledger.Name);
        Assert.Equal(2, _traces.Count(t => t.Operation == "DescribeLedger"));
    }

    [Fact]
    public async Task Server_errors_are_retried_then_reported()
    {
        Emulator.Host.Faults.Add("qldb", "ListLedgers", Fault.InternalError(), count: 10);
        var e = await Assert.ThrowsAsync<QldbException>(() => Connect().ListLedgersAsync(default));
        Assert.Equal(500, (int)e.StatusCode);
        Assert.True(_traces.Count(t => t.Operation == "ListLedgers") >= 3, "5xx is retried");
        Assert.Equal("NotSpecified", ServiceErrorMapper.Describe(e).Kind.ToString());
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_by_the_signature_check_as_permission_denied()
    {
        var e = await Assert.ThrowsAsync<QldbException>(() => Connect(secretKey: "not-the-secret").ListLedgersAsync(default));
        Assert.Equal(403, (int)e.StatusCode);
        Assert.Equal("InvalidSignatureException", e.ErrorCode);
        Assert.Equal("PermissionDenied", ServiceErrorMapper.Describe(e).Kind.ToString());
    }

    [Fact]
    public async Task Traces_show_operation_endpoint_attempt_and_request_id_but_never_a_secret()
    {
        await Connect().ListLedgersAsync(default);
        var line = _traces.Single().ToString();
        Assert.Matches(@"^QLDB ListLedgers: GET http://127\.0\.0\.1:\d+/ledgers attempt 1 -> 200, request id \S+ in \d+ ms$", line);
        Assert.DoesNotContain(EmulatorCredential.Default.SecretKey, line);
        Assert.DoesNotContain(EmulatorCredential.Default.AccessKey, line);
    }

    [Fact]
    public async Task Cancellation_stops_a_request_in_flight_promptly()
    {
        Emulator.Host.Faults.Add("qldb", "ListLedgers", Fault.Delay(TimeSpan.FromSeconds(30)), count: 1);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var started = DateTime.UtcNow;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Connect().ListLedgersAsync(cancellationToken: cancel.Token));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task GovCloud_ledgers_get_GovCloud_ARNs()
    {
        var ledger = await Emulator.ConnectQldb("us-gov-west-1").CreateLedgerAsync(new CreateLedgerInput("gov", "STANDARD"), default);
        Assert.Equal("arn:aws-us-gov:qldb:us-gov-west-1:123456789012:ledger/gov", ledger.Arn);
    }

    [Fact]
    public async Task State_is_kept_per_region()
    {
        await Emulator.ConnectQldb("eu-west-1").CreateLedgerAsync(new CreateLedgerInput("eu-only", "STANDARD"), default);
        Assert.DoesNotContain(await Connect().ListLedgersAsync(default), l => l.Name == "eu-only");
        Assert.Equal("eu-west-1", Last("CreateLedger").Region);
    }
}
