using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace SecLake.Tests.Support;

/// <summary>
/// The emulator as its own process (dotnet SecLake.Emulator.dll ...), for the tests of its command line: waits for
/// the ready line and parses the URL from it. (The Pester suite starts it too, but reads the URL from --port-file.)
/// </summary>
public sealed partial class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
        Client = new SignedClient(endpoint);
    }

    public Uri Endpoint { get; }

    /// <summary>Signed raw HTTP to this emulator, as <see cref="EmulatorFixture.Client"/> is to the in-process one.</summary>
    public SignedClient Client { get; }
    public Process Process => _process;

    /// <summary>The emulator assembly copied next to the tests by the project reference.</summary>
    private static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "SecLake.Emulator.dll");

    public static async Task<EmulatorProcess> StartAsync(params string[] arguments)
    {
        var process = Launch(arguments);
        var readLine = process.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(readLine, Task.Delay(TimeSpan.FromSeconds(30))) != readLine)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The emulator printed no ready line within 30 s: " + await process.StandardError.ReadToEndAsync());
        }
        var line = await readLine ?? throw new InvalidOperationException("The emulator exited: " + await process.StandardError.ReadToEndAsync());
        var match = ReadyLinePattern().Match(line);
        if (!match.Success) throw new InvalidOperationException($"Unexpected first line: {line}");
        return new EmulatorProcess(process, new Uri(match.Groups["url"].Value));
    }

    /// <summary>Runs the emulator with arguments it is expected to refuse, to its exit: the exit code and stderr.</summary>
    public static async Task<(int ExitCode, string StdErr)> RunToExitAsync(params string[] arguments)
    {
        using var process = Launch(arguments);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (process.ExitCode, await stderr);
    }

    private static Process Launch(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the emulator.");
    }

    /// <summary>Asks for a graceful stop with SIGTERM (what a service manager or Ctrl+C does) and waits for the exit.</summary>
    public async Task<int> StopAsync()
    {
        if (Kill(_process.Id, SigTerm) != 0) throw new InvalidOperationException($"kill failed: {Marshal.GetLastWin32Error()}");
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private const int SigTerm = 15;

    // DllImport rather than LibraryImport: the latter would need AllowUnsafeBlocks in the test project.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex("^SecLake emulator listening on (?<url>http://127\\.0\\.0\\.1:[0-9]+/)$")]
    private static partial Regex ReadyLinePattern();
}
