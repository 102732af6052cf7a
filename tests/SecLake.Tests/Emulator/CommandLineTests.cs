using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Emulator;

/// <summary>The emulator as a separate process: ready line, port file, options, control endpoints, graceful stop.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Prints_one_ready_line_serves_and_stops_on_SIGTERM()
    {
        var portFile = Path.Combine(Path.GetTempPath(), $"seclake-emulator-{Guid.NewGuid():N}.url");
        try
        {
            await using var emulator = await EmulatorProcess.StartAsync(
                "--port", "0", "--ledger-create-delay", "1", "--ledger-delete-delay", "1", "--datalake-delay", "1",
                "--ledger-limit", "5", "--port-file", portFile);

            Assert.Equal(emulator.Endpoint.ToString(), File.ReadAllText(portFile));
            var client = emulator.Client;
            var health = await client.RawAsync(HttpMethod.Get, "/_emulator/health");
            Assert.Equal(200, (int)health.StatusCode);
            var created = await client.CreateAsync("from-cli");
            Assert.Equal("CREATING", created.Json.Str("State"));

            Assert.Equal(0, await emulator.StopAsync());
            Assert.Equal("", (await emulator.Process.StandardOutput.ReadToEndAsync()).Trim());
        }
        finally
        {
            File.Delete(portFile);
        }
    }

    [Fact]
    public async Task The_ledger_limit_and_delays_come_from_the_command_line()
    {
        await using var emulator = await EmulatorProcess.StartAsync("--ledger-limit", "1", "--ledger-create-delay", "0");
        var client = emulator.Client;

        await client.CreateAsync("only-one");
        var second = await client.QldbAsync(HttpMethod.Post, "/ledgers", QldbTestData.CreateBody("one-too-many"));

        QldbTestData.AssertError(second, 400, "LimitExceededException");
        Assert.Equal("ACTIVE", (await client.DescribeAsync("only-one")).Json.Str("State"));
    }

    [Fact]
    public async Task With_exit_on_stdin_close_it_stops_when_stdin_closes()
    {
        await using var emulator = await EmulatorProcess.StartAsync("--exit-on-stdin-close");

        emulator.Process.StandardInput.Close();
        await emulator.Process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(0, emulator.Process.ExitCode);
    }

    [Fact]
    public async Task Accounts_outside_the_organization_must_be_12_digit_ids()
    {
        var (exitCode, stderr) = await EmulatorProcess.RunToExitAsync("--accounts-outside-organization", "999988887777,12345");

        Assert.Equal(2, exitCode);
        Assert.Contains("12-digit account IDs separated by commas, not '12345'", stderr);
    }

    [Fact]
    public async Task An_unknown_option_exits_with_usage()
    {
        var (exitCode, stderr) = await EmulatorProcess.RunToExitAsync("--colour", "blue");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown option --colour", stderr);
        Assert.Contains("usage:", stderr);
    }
}
