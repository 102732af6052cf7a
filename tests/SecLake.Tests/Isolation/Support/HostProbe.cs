using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace SecLake.Tests.Isolation.Support;

/// <summary>Runs SecLake.HostProbe (a fresh process standing in for a pwsh session) and reads its JSON report.</summary>
public static class HostProbe
{
    public static ProbeReport Run(string? endpoint, params string[] steps) => RunWithSecret(endpoint, null, steps);

    /// <summary>As <see cref="Run"/>, importing the module at <paramref name="modulePath"/> instead of the laid-out one.</summary>
    public static ProbeReport RunModule(string modulePath, string? endpoint, params string[] steps) => Start(modulePath, endpoint, null, steps);

    /// <summary>What a step observed (its "Facts" object).</summary>
    public static JsonElement Facts(JsonElement step) => step.GetProperty("Facts");

    /// <summary>As <see cref="Run"/>, with the secret key the probe signs with replaced (for a wrong-key check).</summary>
    public static ProbeReport RunWithSecret(string? endpoint, string? secretKey, params string[] steps) =>
        Start(IsolationAssets.ModuleAssembly, endpoint, secretKey, steps);

    private static ProbeReport Start(string modulePath, string? endpoint, string? secretKey, string[] steps)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { IsolationAssets.HostProbe, "--module", modulePath }) start.ArgumentList.Add(argument);
        if (endpoint != null) { start.ArgumentList.Add("--endpoint"); start.ArgumentList.Add(endpoint); }
        if (secretKey != null) { start.ArgumentList.Add("--secret-key"); start.ArgumentList.Add(secretKey); }
        foreach (var step in steps) start.ArgumentList.Add(step);
        // Keep the developer's AWS settings out of the probe: it must run on the credentials and region it is given.
        foreach (var name in new[] { "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_QLDB" })
            start.Environment.Remove(name);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The host probe did not finish within 120 s.");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"The host probe failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        return new ProbeReport(JsonDocument.Parse(stdout.Result).RootElement.Clone(), stdout.Result);
    }
}

/// <summary>The probe's report: each step's outcome and facts, and the assemblies loaded at the end.</summary>
public sealed class ProbeReport(JsonElement root, string text)
{
    public string Text { get; } = text;

    /// <summary>The first step named <paramref name="name"/> ("load-foreign" matches "load-foreign=PATH").</summary>
    public JsonElement Step(string name) => Steps(name).First();

    /// <summary>The steps named <paramref name="name"/>, in order (a step may run twice).</summary>
    public IReadOnlyList<JsonElement> Steps(string name) =>
        root.GetProperty("Steps").EnumerateArray()
            .Where(s => s.GetProperty("Step").GetString() is { } step && (step == name || step.StartsWith(name + "=", StringComparison.Ordinal)))
            .ToList();

    public IReadOnlyList<ProbeAssembly> Assemblies => ProbeAssembly.List(root.GetProperty("Assemblies"));

    /// <summary>Fails with the step's error and the whole report unless every step worked.</summary>
    public void AssertAllSucceeded()
    {
        foreach (var step in root.GetProperty("Steps").EnumerateArray())
        {
            Assert.True(step.GetProperty("Ok").GetBoolean(), $"step {step.GetProperty("Step").GetString()} failed: {step.GetProperty("Error").GetString()}\n{Text}");
        }
    }
}

/// <summary>An assembly as the probe reported it.</summary>
public sealed record ProbeAssembly(string Name, string? Version, string? FileVersion, string? Location, string? Context)
{
    public static ProbeAssembly From(JsonElement e) => new(
        e.GetProperty("Name").GetString()!, e.GetProperty("Version").GetString(), e.GetProperty("FileVersion").GetString(),
        e.GetProperty("Location").GetString(), e.GetProperty("Context").GetString());

    public static IReadOnlyList<ProbeAssembly> List(JsonElement array) => array.EnumerateArray().Select(From).ToList();

    public bool IsIn(string directory) => Location != null && Path.GetFullPath(Location).StartsWith(Path.GetFullPath(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
