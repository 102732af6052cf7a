using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SecLake.Tests.Support;

/// <summary>What one AWS CLI run produced.</summary>
public sealed record AwsCliResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>The CLI's --output json result (null when it printed nothing, e.g. for operations without output).</summary>
    public JsonNode? Json => string.IsNullOrWhiteSpace(StdOut) ? null : JsonNode.Parse(StdOut);

    public override string ToString() => $"exit {ExitCode}\nstdout: {StdOut}\nstderr: {StdErr}";
}

/// <summary>
/// Finds an AWS CLI that knows a service and runs it against an emulator with isolated settings: only the given
/// keys and region, empty config and credentials files, no pager, one attempt (no retries), --output json.
/// QLDB left botocore after its end of support, so the pip CLI may lack it while Debian's awscli 2.9 has it;
/// Security Lake's GA commands need a recent botocore (the pip CLI).
/// </summary>
public static class AwsCli
{
    private static readonly ConcurrentDictionary<string, Lazy<string?>> Found = new();
    private static readonly Lazy<string> EmptyConfigFile = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"seclake-empty-aws-config-{Environment.ProcessId}");
        File.WriteAllText(path, "");
        return path;
    });

    /// <summary>How to get a CLI for each service when none is found.</summary>
    private static readonly Dictionary<string, string> InstallHints = new()
    {
        ["qldb"] = "install Debian's awscli (apt-get install awscli, version 2.9) or an AWS CLI whose botocore still has QLDB",
        ["securitylake"] = "install a current AWS CLI (pip install awscli, botocore with the GA Security Lake API)",
    };

    /// <summary>Probe command per service: succeeds only where the CLI has the operations the tests use.</summary>
    private static readonly Dictionary<string, string[]> Probes = new()
    {
        ["qldb"] = new[] { "qldb", "list-ledgers", "--generate-cli-skeleton" },
        ["securitylake"] = new[] { "securitylake", "create-data-lake", "--generate-cli-skeleton" },
    };

    /// <summary>
    /// The path of a CLI able to run <paramref name="service"/>, or null. Probed once per process; a found CLI is
    /// also remembered on disk for a day (see <see cref="AwsCliProbeCache"/>), because test discovery probes even
    /// when no CLI test is selected.
    /// </summary>
    public static string? Locate(string service) =>
        Found.GetOrAdd(service, s => new Lazy<string?>(() =>
            AwsCliProbeCache.GetOrProbe(s, () => Candidates().FirstOrDefault(cli => Probe(cli, s))))).Value;

    /// <summary>Null when a CLI is available, else why not and what to install.</summary>
    public static string? UnavailableReason(string service) =>
        Locate(service) is null
            ? $"AWS CLI with {service} not found on this machine: {InstallHints.GetValueOrDefault(service, "install the AWS CLI")}"
            : null;

    public static async Task<AwsCliResult> RunAsync(
        string service,
        Uri endpoint,
        IEnumerable<string> arguments,
        TestCredentials? credentials = null,
        string region = "us-east-1",
        TimeSpan? timeout = null)
    {
        var cli = Locate(service) ?? throw new InvalidOperationException(UnavailableReason(service));
        credentials ??= TestCredentials.Default;

        var start = new ProcessStartInfo(cli)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--endpoint-url", endpoint.ToString(), "--output", "json", service }.Concat(arguments))
            start.ArgumentList.Add(argument);

        // Nothing from the developer's own AWS setup may leak in.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["AWS_ACCESS_KEY_ID"] = credentials.AccessKey;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = credentials.SecretKey;
        if (credentials.SessionToken is not null) start.Environment["AWS_SESSION_TOKEN"] = credentials.SessionToken;
        start.Environment["AWS_DEFAULT_REGION"] = region;
        start.Environment["AWS_CONFIG_FILE"] = EmptyConfigFile.Value;
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = EmptyConfigFile.Value;
        start.Environment["AWS_PAGER"] = "";
        start.Environment["AWS_MAX_ATTEMPTS"] = "1";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_CLI_AUTO_PROMPT"] = "off";

        return await RunProcessAsync(start, timeout ?? TimeSpan.FromSeconds(60));
    }

    private static IEnumerable<string> Candidates()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "aws"))
            .FirstOrDefault(File.Exists);
        return new[] { ResolveShim(onPath), "/usr/bin/aws" }.Where(p => p is not null && File.Exists(p)).Distinct()!;
    }

    /// <summary>
    /// A pyenv shim costs close to a second per run (it starts pyenv first); the executable it stands for does
    /// the same work without that, which keeps the CLI tests fast.
    /// </summary>
    private static string? ResolveShim(string? path)
    {
        if (path is null || Path.GetFileName(Path.GetDirectoryName(path)) != "shims") return path;
        try
        {
            var start = new ProcessStartInfo("pyenv", "which aws") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            var result = RunProcessAsync(start, TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            var resolved = result.StdOut.Trim();
            return result.ExitCode == 0 && File.Exists(resolved) ? resolved : path;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return path;
        }
    }

    private static bool Probe(string cli, string service)
    {
        if (!Probes.TryGetValue(service, out var probe)) return false;
        var start = new ProcessStartInfo(cli)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in probe) start.ArgumentList.Add(argument);
        start.Environment["AWS_PAGER"] = "";
        try
        {
            return RunProcessAsync(start, TimeSpan.FromSeconds(60)).GetAwaiter().GetResult().ExitCode == 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return false;
        }
    }

    private static async Task<AwsCliResult> RunProcessAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        if (start.RedirectStandardInput) process.StandardInput.Close(); // the CLI must never wait for input
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(timeout)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }
        return new AwsCliResult(process.ExitCode, await stdout, await stderr);
    }
}
