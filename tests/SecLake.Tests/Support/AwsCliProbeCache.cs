using System.Text.Json;

namespace SecLake.Tests.Support;

/// <summary>
/// Remembers, in a temp file, which AWS CLI ran a service's probe successfully, so later test runs skip the
/// probes (each starts a Python CLI: about a second). Only successes are kept, for a day, and only while the
/// executable still exists; a missing CLI is probed again every run, so installing one is noticed at once.
/// </summary>
internal static class AwsCliProbeCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    private static readonly string FilePath = Path.Combine(Path.GetTempPath(), "seclake-awscli-probe.json");
    private static readonly object Gate = new();

    public static string? GetOrProbe(string service, Func<string?> probe)
    {
        lock (Gate)
        {
            var entries = Read();
            if (entries.TryGetValue(service, out var entry) && DateTime.UtcNow - entry.ProbedAt < Lifetime && File.Exists(entry.Path))
                return entry.Path;

            var found = probe();
            if (found is null) return null;
            entries[service] = new Entry(found, DateTime.UtcNow);
            try
            {
                File.WriteAllText(FilePath, JsonSerializer.Serialize(entries));
            }
            catch (IOException)
            {
                // The cache only saves time; failing to write it changes nothing else.
            }
            return found;
        }
    }

    private static Dictionary<string, Entry> Read()
    {
        try
        {
            return File.Exists(FilePath)
                ? JsonSerializer.Deserialize<Dictionary<string, Entry>>(File.ReadAllText(FilePath)) ?? new()
                : new();
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return new();
        }
    }

    private sealed record Entry(string Path, DateTime ProbedAt);
}
