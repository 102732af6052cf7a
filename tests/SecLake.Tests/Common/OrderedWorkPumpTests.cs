using Xunit;

namespace SecLake.Tests.Common;

/// <summary>
/// The scheduling under every cmdlet's -ThrottleLimit: at most the limit in flight, what units write handed to one
/// consumer thread in start order, failures in their place, Ctrl+C cancelling everything in flight. No timing is
/// asserted: units end when the test says so (TaskCompletionSource), and the waits below only guard against a hang.
/// </summary>
public sealed class OrderedWorkPumpTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="consumer"/> on its own thread, as PowerShell's pipeline thread would.</summary>
    private static async Task OnConsumerThread(Action consumer)
    {
        var thread = Task.Factory.StartNew(consumer, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (await Task.WhenAny(thread, Task.Delay(HangGuard)) != thread) throw new TimeoutException("The pump hung.");
        await thread;
    }

    [Fact]
    public void A_limit_of_one_ends_each_unit_and_writes_its_output_before_start_returns()
    {
        var pump = new OrderedWorkPump();
        var written = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var n = i;
            pump.Start(async (unit, token) =>
            {
                await Task.Yield();
                unit.Post(() => written.Add($"out {n}"));
            }, failure => written.Add($"end {n} {failure?.Message}"));
            Assert.Equal(0, pump.Pending);
            Assert.Equal($"end {n} ", written[^1]);
        }
        Assert.Equal(new[] { "out 0", "end 0 ", "out 1", "end 1 ", "out 2", "end 2 " }, written);
    }

    [Fact]
    public async Task Output_comes_in_start_order_when_units_end_in_reverse()
    {
        var pump = new OrderedWorkPump { Limit = 4 };
        var gates = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var ended = new List<int>();
        var written = new List<string>();
        var started = 0;
        await OnConsumerThread(() =>
        {
            for (var i = 0; i < 4; i++)
            {
                var n = i;
                pump.Start(async (unit, token) =>
                {
                    if (Interlocked.Increment(ref started) == 4)
                    {
                        // Every unit is in flight: end them last first, each only once the later one has written.
                        _ = Task.Run(async () =>
                        {
                            for (var k = 3; k >= 0; k--)
                            {
                                gates[k].SetResult();
                                await Task.Yield();
                            }
                        });
                    }
                    await gates[n].Task;
                    lock (ended) ended.Add(n);
                    unit.Post(() => written.Add($"out {n}"));
                }, failure => written.Add($"end {n}"));
            }
            pump.Drain();
        });
        Assert.Equal(new[] { "out 0", "end 0", "out 1", "end 1", "out 2", "end 2", "out 3", "end 3" }, written);
        Assert.Equal(4, ended.Count);
    }

    [Fact]
    public async Task Never_more_than_the_limit_in_flight_and_every_unit_ends_exactly_once()
    {
        const int units = 200, limit = 5;
        var pump = new OrderedWorkPump { Limit = limit };
        var inFlight = 0;
        var most = 0;
        var outputs = new List<int>();
        var ends = new List<int>();
        await OnConsumerThread(() =>
        {
            for (var i = 0; i < units; i++)
            {
                var n = i;
                pump.Start(async (unit, token) =>
                {
                    var now = Interlocked.Increment(ref inFlight);
                    lock (ends) most = Math.Max(most, now);
                    // Units end in an order of the thread pool's choosing.
                    for (var y = 0; y < n % 7; y++) await Task.Yield();
                    Interlocked.Decrement(ref inFlight);
                    unit.Post(() => outputs.Add(n));
                }, failure =>
                {
                    Assert.Null(failure);
                    ends.Add(n);
                });
                Assert.True(pump.Pending < limit);
            }
            pump.Drain();
        });
        Assert.InRange(most, 1, limit);
        Assert.Equal(Enumerable.Range(0, units), outputs);
        Assert.Equal(Enumerable.Range(0, units), ends);
    }

    [Fact]
    public async Task A_failing_unit_gets_its_own_exception_in_its_place_in_the_order()
    {
        var pump = new OrderedWorkPump { Limit = 3 };
        var written = new List<string>();
        await OnConsumerThread(() =>
        {
            pump.Start(async (unit, token) => { await Task.Yield(); unit.Post(() => written.Add("out 0")); }, f => written.Add($"end 0 {f?.Message}"));
            pump.Start((unit, token) => throw new InvalidOperationException("thrown before any await"), f => written.Add($"end 1 {f?.Message}"));
            pump.Start(async (unit, token) =>
            {
                await Task.Yield();
                // Not a Ctrl+C: an HTTP client's timeout cancels its task; the record's error must keep the message.
                throw new TaskCanceledException("the request timed out");
            }, f => written.Add($"end 2 {f?.GetType().Name} {f?.Message}"));
            pump.Start(async (unit, token) => { await Task.Yield(); unit.Post(() => written.Add("out 3")); }, f => written.Add($"end 3 {f?.Message}"));
            pump.Drain();
        });
        Assert.Equal(new[] { "out 0", "end 0 ", "end 1 thrown before any await", "end 2 TaskCanceledException the request timed out", "out 3", "end 3 " }, written);
    }

    [Fact]
    public void The_head_unit_streams_its_output_while_later_units_wait_their_turn()
    {
        var pump = new OrderedWorkPump { Limit = 3 };
        var written = new List<string>();
        var gate0 = new TaskCompletionSource();
        var gate1 = new TaskCompletionSource();
        pump.Start(async (unit, token) =>
        {
            unit.Post(() => written.Add("page 1 of 0"));
            await gate0.Task;
            unit.Post(() => written.Add("page 2 of 0"));
        });
        pump.Start(async (unit, token) =>
        {
            unit.Post(() => written.Add("out 1"));
            pump.Post(() => written.Add("verbose 1"));
            await gate1.Task;
        });
        // Each Start pumped what was ready: unit 0's first page (it is the head), unit 1's verbose line, not its output.
        pump.RunReady();
        Assert.Equal(new[] { "page 1 of 0", "verbose 1" }, written);
        gate1.SetResult();
        pump.RunReady();
        Assert.Equal(new[] { "page 1 of 0", "verbose 1" }, written);
        gate0.SetResult();
        pump.Drain();
        Assert.Equal(new[] { "page 1 of 0", "verbose 1", "page 2 of 0", "out 1" }, written);
    }

    [Fact]
    public void What_the_consumer_writes_itself_waits_for_the_pending_units()
    {
        var pump = new OrderedWorkPump { Limit = 2 };
        var written = new List<string>();
        pump.InOrder(() => written.Add("refusal with nothing pending"));
        var gate = new TaskCompletionSource();
        pump.Start(async (unit, token) =>
        {
            await gate.Task;
            unit.Post(() => written.Add("out 0"));
        });
        pump.InOrder(() => written.Add("refusal of record 1"));
        pump.RunReady();
        Assert.Equal(new[] { "refusal with nothing pending" }, written);
        gate.SetResult();
        pump.Drain();
        Assert.Equal(new[] { "refusal with nothing pending", "out 0", "refusal of record 1" }, written);
    }

    [Fact]
    public async Task Stop_cancels_every_unit_in_flight_and_throws_out_of_the_pump()
    {
        var pump = new OrderedWorkPump { Limit = 3 };
        var tokens = new List<CancellationToken>();
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = new List<Exception?>();
        Exception? thrown = null;
        var consumer = OnConsumerThread(() =>
        {
            try
            {
                for (var i = 0; i < 10; i++)
                {
                    pump.Start(async (unit, token) =>
                    {
                        lock (tokens)
                        {
                            tokens.Add(token);
                            if (tokens.Count == 3) allStarted.SetResult();
                        }
                        await Task.Delay(Timeout.Infinite, token);
                    }, finished.Add);
                }
            }
            catch (Exception e)
            {
                thrown = e;
            }
        });
        await allStarted.Task.WaitAsync(HangGuard);
        pump.Stop();
        await consumer;
        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        Assert.Equal(3, tokens.Count);
        Assert.All(tokens, t => Assert.True(t.IsCancellationRequested));
        Assert.Empty(finished);
        var late = false;
        pump.Post(() => late = true);
        pump.RunReady();
        Assert.False(late);
    }

    [Fact]
    public void A_limit_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrderedWorkPump { Limit = 0 });
    }
}
