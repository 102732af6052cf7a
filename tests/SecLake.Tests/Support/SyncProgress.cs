namespace SecLake.Tests.Support;

/// <summary>Reports synchronously (Progress&lt;T&gt; would post to the thread pool and race the asserts).</summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
