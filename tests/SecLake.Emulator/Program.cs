using System.Globalization;
using System.Runtime.InteropServices;
using SecLake.Emulator;

// Command line: run the emulator until Ctrl+C / SIGTERM (or stdin closes, with --exit-on-stdin-close).
// The only stdout output is the ready line, so a parent process can wait for it and parse the URL.

EmulatorOptions options;
string? portFile;
bool exitOnStdinClose;
try
{
    (options, portFile, exitOnStdinClose) = CommandLine.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

await using var host = await EmulatorHost.StartAsync(options);
var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.TrySetResult(); });
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.TrySetResult(); });

var url = host.Endpoint.ToString();
if (portFile is not null) await File.WriteAllTextAsync(portFile, url);
Console.Out.WriteLine($"SecLake emulator listening on {url}");
Console.Out.Flush();

if (exitOnStdinClose)
{
    _ = Task.Run(() =>
    {
        while (Console.In.Read() >= 0) { }
        stop.TrySetResult();
    });
}

await stop.Task;
return 0;

/// <summary>Parses --port, the three delays (seconds, fractions allowed), --ledger-limit, --request-log, --accounts-outside-organization and --port-file.</summary>
internal static class CommandLine
{
    public const string Usage =
        "usage: SecLake.Emulator [--port N] [--ledger-create-delay S] [--ledger-delete-delay S] [--datalake-delay S] " +
        "[--ledger-limit N] [--request-log N|off] [--accounts-outside-organization ID,ID...] [--port-file PATH] [--exit-on-stdin-close]";

    public static (EmulatorOptions Options, string? PortFile, bool ExitOnStdinClose) Parse(string[] args)
    {
        var options = new EmulatorOptions();
        string? portFile = null;
        var exitOnStdinClose = false;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--exit-on-stdin-close")
            {
                exitOnStdinClose = true;
                continue;
            }
            if (i + 1 >= args.Length) throw new ArgumentException($"{name} needs a value.");
            var value = args[++i];
            switch (name)
            {
                case "--port": options.Port = Integer(name, value, 0, 65535); break;
                case "--ledger-create-delay": options.LedgerCreateDelay = Seconds(name, value); break;
                case "--ledger-delete-delay": options.LedgerDeleteDelay = Seconds(name, value); break;
                case "--datalake-delay": options.DataLakeDelay = Seconds(name, value); break;
                case "--ledger-limit": options.LedgerLimit = Integer(name, value, 0, int.MaxValue); break;
                case "--request-log": options.RequestLogSize = value == "off" ? 0 : Integer(name, value, 0, 10_000_000); break;
                case "--accounts-outside-organization":
                    foreach (var account in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        options.AccountsOutsideOrganization.Add(account.Length == 12 && account.All(char.IsAsciiDigit)
                            ? account
                            : throw new ArgumentException($"{name} takes 12-digit account IDs separated by commas, not '{account}'."));
                    break;
                case "--port-file": portFile = value; break;
                default: throw new ArgumentException($"Unknown option {name}.");
            }
        }
        return (options, portFile, exitOnStdinClose);
    }

    private static int Integer(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} must be an integer from {min} to {max}, not '{value}'.");

    private static TimeSpan Seconds(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0
            ? TimeSpan.FromSeconds(s)
            : throw new ArgumentException($"{name} must be a number of seconds >= 0, not '{value}'.");
}
