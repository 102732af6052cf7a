namespace SecLake.Tests.Support;

/// <summary>Polls for a condition that the emulator reaches after a (small) configured delay.</summary>
public static class Eventually
{
    public static async Task<T> ReachAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Condition not reached; last value: {value}");
            await Task.Delay(25);
        }
    }
}
