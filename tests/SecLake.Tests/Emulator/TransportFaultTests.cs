using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using SecLake.Emulator;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>
/// Transport faults, seen by a raw HttpClient: the connection cut after the operation ran (state changed) or before
/// (state unchanged), a stall, half a body; for the first calls, a later attempt, or a seeded share of the calls.
/// </summary>
public sealed class TransportFaultTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public TransportFaultTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private SignedClient Client => _fixture.Client;
    private FaultInjector Faults => _fixture.Host.Faults;

    private static string CreateBody(string name) => QldbTestData.CreateBody(name).ToJsonString();

    /// <summary>One signed QLDB call on a fresh connection, as an SDK would send it; the whole answer is read.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, TimeSpan? timeout = null)
    {
        using var http = new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        var bytes = json is null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(json);
        using var request = new HttpRequestMessage(method, new Uri(_fixture.Host.Endpoint, path.TrimStart('/')));
        if (json is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        TestSigV4Signer.Sign(request, bytes, TestCredentials.Default, "us-east-1", "qldb");
        return await http.SendAsync(request);
    }

    private async Task<bool> LedgerExistsAsync(string name)
    {
        var reply = await Client.DescribeAsync(name);
        Assert.True(reply.Status is 200 or 404, reply.ToString());
        return reply.Status == 200;
    }

    private RecordedRequest LastRecorded(string operation) => _fixture.Host.Requests.Last(r => r.Operation == operation);

    [Fact]
    public async Task Reset_after_runs_the_operation_and_loses_the_answer()
    {
        Faults.Add("qldb", "CreateLedger", Fault.ResetAfter());

        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Post, "/ledgers", CreateBody("orders")));

        Assert.True(await LedgerExistsAsync("orders"), "the server acted before the connection was cut");
        Assert.Equal(0, LastRecorded("CreateLedger").StatusCode);
        // A retry of the same call now meets the state the lost call made.
        QldbTestData.AssertError(await Client.QldbAsync(HttpMethod.Post, "/ledgers", QldbTestData.CreateBody("orders")), 409, "ResourceAlreadyExistsException");
    }

    [Fact]
    public async Task Close_before_cuts_the_connection_without_running_the_operation()
    {
        Faults.Add("qldb", "CreateLedger", Fault.CloseBefore());

        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Post, "/ledgers", CreateBody("orders")));

        Assert.False(await LedgerExistsAsync("orders"));
        Assert.Equal(0, LastRecorded("CreateLedger").StatusCode);
        Assert.Equal(200, (int)(await SendAsync(HttpMethod.Post, "/ledgers", CreateBody("orders"))).StatusCode);
    }

    [Fact]
    public async Task A_stall_with_a_time_holds_the_call_then_closes_without_answer_or_change()
    {
        Faults.Add("qldb", "CreateLedger", Fault.Stall(TimeSpan.FromMilliseconds(400)));

        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Post, "/ledgers", CreateBody("orders")));
        watch.Stop();

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(350), $"cut after {watch.Elapsed}");
        Assert.False(await LedgerExistsAsync("orders"));
    }

    [Fact]
    public async Task A_stall_without_a_time_holds_the_call_until_the_client_gives_up()
    {
        Faults.Add("qldb", "CreateLedger", Fault.Stall());

        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<TaskCanceledException>(() =>
            SendAsync(HttpMethod.Post, "/ledgers", CreateBody("orders"), timeout: TimeSpan.FromMilliseconds(500)));

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(450), $"gave up after {watch.Elapsed}");
        Assert.False(await LedgerExistsAsync("orders"));
        Assert.Equal(200, (await Client.QldbAsync(HttpMethod.Get, "/ledgers")).Status);
    }

    [Fact]
    public async Task A_stall_after_running_changes_state_and_never_answers()
    {
        Faults.Add("qldb", "CreateLedger", Fault.Stall(afterRunning: true));

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() =>
            SendAsync(HttpMethod.Post, "/ledgers", CreateBody("orders"), timeout: TimeSpan.FromMilliseconds(500)));

        Assert.True(await LedgerExistsAsync("orders"));
    }

    [Fact]
    public async Task Half_body_sends_status_headers_and_half_the_body_after_running_the_operation()
    {
        Faults.Add("qldb", "CreateLedger", Fault.HalfBody());

        using var http = new HttpClient();
        var bytes = Encoding.UTF8.GetBytes(CreateBody("orders"));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_fixture.Host.Endpoint, "ledgers"))
        {
            Content = new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        TestSigV4Signer.Sign(request, bytes, TestCredentials.Default, "us-east-1", "qldb");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
        var announced = response.Content.Headers.ContentLength;
        Assert.True(announced > 2, $"Content-Length {announced}");
        var received = new List<byte>();
        var stream = await response.Content.ReadAsStreamAsync();
        var failure = await Record.ExceptionAsync(async () =>
        {
            var buffer = new byte[256];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0) received.AddRange(buffer.Take(read));
        });
        Assert.NotNull(failure);
        Assert.Equal(announced / 2, received.Count);
        Assert.StartsWith("{\"Name\":\"orders\"", Encoding.UTF8.GetString(received.ToArray()));
        Assert.True(await LedgerExistsAsync("orders"));
        Assert.Equal(200, LastRecorded("CreateLedger").StatusCode);
    }

    [Fact]
    public async Task Half_body_of_an_empty_answer_cuts_the_connection_after_the_headers()
    {
        await Client.CreateAsync("orders", deletionProtection: false);
        Faults.Add("qldb", "DeleteLedger", Fault.HalfBody());

        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Delete, "/ledgers/orders"));

        Assert.False(await LedgerExistsAsync("orders"), "the emulator's delete delay is zero: the ledger is gone");
    }

    [Fact]
    public async Task Skip_lets_earlier_attempts_through_and_hits_a_later_one()
    {
        Faults.Add("qldb", "ListLedgers", Fault.CloseBefore(), count: 1, skip: 1);

        var first = await SendAsync(HttpMethod.Get, "/ledgers");
        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Get, "/ledgers"));
        var third = await SendAsync(HttpMethod.Get, "/ledgers");

        Assert.Equal((200, 200), ((int)first.StatusCode, (int)third.StatusCode));
        Assert.Equal(new[] { 200, 0, 200 }, _fixture.Host.Requests.Select(r => r.StatusCode).ToArray());
    }

    [Fact]
    public async Task A_fault_on_one_operation_leaves_the_others_alone()
    {
        Faults.Add("qldb", "CreateLedger", Fault.CloseBefore(), count: 5);

        Assert.Equal(200, (await Client.QldbAsync(HttpMethod.Get, "/ledgers")).Status);
        Assert.Equal(200, (await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes")).Status);
        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Post, "/ledgers", CreateBody("orders")));
    }

    [Fact]
    public async Task A_rate_with_a_seed_hits_the_same_calls_every_run()
    {
        async Task<string> RunAsync()
        {
            _fixture.Reset();
            var added = await Client.RawAsync(HttpMethod.Post, "/_emulator/faults",
                """{"service":"qldb","operation":"ListLedgers","kind":"close-before","rate":0.1,"seed":42}""");
            Assert.Equal(200, (int)added.StatusCode);
            var outcome = new StringBuilder();
            for (var i = 0; i < 100; i++)
            {
                try
                {
                    await SendAsync(HttpMethod.Get, "/ledgers");
                    outcome.Append('.');
                }
                catch (HttpRequestException)
                {
                    outcome.Append('x');
                }
            }
            return outcome.ToString();
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        var lost = first.Count(c => c == 'x');
        Assert.InRange(lost, 2, 25);
        Assert.Equal(lost, _fixture.Host.Requests.Count(r => r.StatusCode == 0));
    }

    [Fact]
    public async Task A_rate_can_be_capped_by_a_count()
    {
        Faults.AddRandom("qldb", "ListLedgers", Fault.CloseBefore(), rate: 1.0, seed: 7, count: 2);

        for (var i = 0; i < 2; i++) await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Get, "/ledgers"));
        Assert.Equal(200, (int)(await SendAsync(HttpMethod.Get, "/ledgers")).StatusCode);
    }

    [Fact]
    public async Task Transport_faults_can_be_added_over_HTTP()
    {
        var added = await Client.RawAsync(HttpMethod.Post, "/_emulator/faults",
            """{"service":"qldb","operation":"CreateLedger","kind":"reset-after","count":1}""");

        Assert.Equal(200, (int)added.StatusCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Post, "/ledgers", CreateBody("orders")));
        Assert.True(await LedgerExistsAsync("orders"));
    }

    [Theory]
    [InlineData("""{"kind":"explode"}""")]
    [InlineData("""{"kind":"close-before","rate":1.5}""")]
    [InlineData("""{"kind":"close-before","rate":0}""")]
    [InlineData("""{"kind":"stall","stallMs":-1}""")]
    [InlineData("""{"kind":"close-before","skip":-1}""")]
    public async Task An_invalid_transport_fault_is_refused(string body)
    {
        var reply = await Client.RawAsync(HttpMethod.Post, "/_emulator/faults", body);

        Assert.Equal(400, (int)reply.StatusCode);
    }

    [Fact]
    public void The_in_process_API_checks_rates_and_skips()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Faults.AddRandom("*", "*", Fault.CloseBefore(), rate: 0, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Faults.Add("*", "*", Fault.CloseBefore(), skip: -1));
    }
}
