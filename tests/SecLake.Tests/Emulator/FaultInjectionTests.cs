using System.Diagnostics;
using SecLake.Emulator;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>Injected faults answer in each service's wire form, for the requested number of matching calls only.</summary>
public sealed class FaultInjectionTests(EmulatorFixture emulator) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    private FaultInjector Faults => Emulator.Host.Faults;

    [Fact]
    public async Task Security_Lake_throttling_carries_Retry_After_as_the_model_binds_it()
    {
        Faults.Add("securitylake", "ListDataLakes", Fault.Throttling(retryAfterSeconds: 7));

        var throttled = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes");
        var next = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes");

        Assert.Equal((429, "ThrottlingException"), (throttled.Status, throttled.ErrorType));
        Assert.Equal("7", throttled.Headers.GetValues("Retry-After").Single());
        Assert.False(string.IsNullOrEmpty(throttled.Json.Str("message")));
        Assert.Equal(200, next.Status);
        Assert.Equal(new[] { 429, 200 }, Emulator.Host.Requests.Select(r => r.StatusCode).ToArray());
    }

    [Fact]
    public async Task Server_errors_use_each_service_s_code_and_message_member()
    {
        Faults.Add("*", "*", Fault.InternalError(), count: 2);

        var securityLake = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes");
        var qldb = await Client.QldbAsync(HttpMethod.Get, "/ledgers");
        var healthy = await Client.QldbAsync(HttpMethod.Get, "/ledgers");

        Assert.Equal((500, "InternalServerException"), (securityLake.Status, securityLake.ErrorType));
        Assert.True(securityLake.Json.Has("message"));
        Assert.Equal((500, "InternalFailure"), (qldb.Status, qldb.ErrorType));
        Assert.True(qldb.Json.Has("Message"));
        Assert.Equal(200, healthy.Status);
    }

    [Fact]
    public async Task A_fault_matches_only_its_service_and_operation()
    {
        Faults.Add("qldb", "CreateLedger", new Fault { StatusCode = 503, ErrorCode = "ServiceUnavailable", Message = "try later" }, count: 3);

        var list = await Client.QldbAsync(HttpMethod.Get, "/ledgers");
        var lakes = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes");
        var create = await Client.QldbAsync(HttpMethod.Post, "/ledgers", QldbTestData.CreateBody("orders"));

        Assert.Equal(200, list.Status);
        Assert.Equal(200, lakes.Status);
        Assert.Equal((503, "ServiceUnavailable", "try later"), (create.Status, create.ErrorType, create.Json.Str("Message")));
        QldbTestData.AssertError(await Client.DescribeAsync("orders"), 404, "ResourceNotFoundException");
    }

    [Fact]
    public async Task Latency_alone_delays_a_successful_answer()
    {
        Faults.Add("qldb", "ListLedgers", Fault.Delay(TimeSpan.FromMilliseconds(300)));

        var watch = Stopwatch.StartNew();
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers");
        watch.Stop();

        Assert.Equal(200, reply.Status);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(280), $"answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task Latency_combines_with_an_error()
    {
        Faults.Add("securitylake", "*", new Fault { StatusCode = 429, Latency = TimeSpan.FromMilliseconds(200) });

        var watch = Stopwatch.StartNew();
        var reply = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/subscribers");

        Assert.Equal(429, reply.Status);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(180));
        Assert.False(reply.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Clear_removes_pending_faults()
    {
        Faults.Add("*", "*", Fault.InternalError(), count: 5);
        Faults.Clear();

        Assert.Equal(200, (await Client.QldbAsync(HttpMethod.Get, "/ledgers")).Status);
    }

    [Fact]
    public async Task Faults_apply_only_to_authenticated_calls()
    {
        Faults.Add("*", "*", Fault.InternalError());

        var unsigned = await Client.QldbAsync(HttpMethod.Get, "/ledgers", options: new SendOptions { Unsigned = true });
        var signed = await Client.QldbAsync(HttpMethod.Get, "/ledgers");

        Assert.Equal(403, unsigned.Status);
        Assert.Equal(500, signed.Status);
    }

    [Fact]
    public void Count_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Faults.Add("*", "*", Fault.InternalError(), count: 0));
    }
}
