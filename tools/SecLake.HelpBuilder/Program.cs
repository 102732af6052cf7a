using SecLake.HelpBuilder;
using SecLake.HelpBuilder.Markdown;
using SecLake.HelpBuilder.Metadata;

// SecLake.HelpBuilder
//   build  --source docs/help --output out/help/en-US
//       Compiles the markdown help into SecLake.dll-Help.xml (MAML) and about_*.help.txt.
//   update --source docs/help --assembly src/SecLake/bin/Release/netstandard2.0/SecLake.dll
//       Rewrites the generated parts of each cmdlet's markdown (syntax, parameter metadata, shared parameter text,
//       INPUTS/OUTPUTS types) from the built assembly; creates files with placeholders for new cmdlets.
//   exports --assembly out/.../SecLake.dll --manifest out/SecLake/SecLake.psd1
//       Writes the laid-out manifest's CmdletsToExport from the cmdlets the built assembly defines, so adding a
//       cmdlet never means editing the manifest.
try
{
    var command = args.FirstOrDefault();
    var options = Options(args.Skip(1).ToArray());
    switch (command)
    {
        case "build":
            var sources = HelpSources.Load(Required(options, "source"));
            foreach (var path in sources.WriteTo(Required(options, "output"))) Console.WriteLine("help: " + path);
            return 0;
        case "update":
            return Update(Required(options, "source"), Required(options, "assembly"), PowerShellReference(options));
        case "exports":
            var manifest = Required(options, "manifest");
            var names = AssemblyCommands.Read(Required(options, "assembly"), PowerShellReference(options)).Select(c => c.Name);
            File.WriteAllText(manifest, ManifestExports.Write(File.ReadAllText(manifest), names));
            Console.WriteLine("exports: " + manifest);
            return 0;
        default:
            Console.Error.WriteLine("usage: SecLake.HelpBuilder build --source <dir> --output <dir>");
            Console.Error.WriteLine("       SecLake.HelpBuilder exports --assembly <SecLake.dll> --manifest <SecLake.psd1>");
            Console.Error.WriteLine("       SecLake.HelpBuilder update --source <dir> --assembly <SecLake.dll> [--psref <System.Management.Automation.dll>]");
            return 2;
    }
}
catch (Exception e) when (e is HelpFormatException or ArgumentException or IOException)
{
    // MSBuild shows "file(line): error ..." lines as build errors pointing at the file.
    Console.Error.WriteLine(e is HelpFormatException ? InsertErrorCode(e.Message) : "error HELP000: " + e.Message);
    return 1;
}

static int Update(string source, string assembly, string psref)
{
    var sources = HelpSources.Load(source);
    var shared = sources.SharedParameters();
    foreach (var command in AssemblyCommands.Read(assembly, psref))
    {
        var path = Path.Combine(source, command.Name + ".md");
        var existing = sources.Commands.FirstOrDefault(c => c.Name == command.Name);
        var text = CommandMarkdownWriter.Write(HelpUpdater.Update(command, existing, shared));
        if (File.Exists(path) && File.ReadAllText(path) == text) continue;
        File.WriteAllText(path, text);
        Console.WriteLine((existing == null ? "created " : "updated ") + path);
    }
    return 0;
}

static string PowerShellReference(Dictionary<string, string> options) =>
    options.TryGetValue("psref", out var psref) ? psref : Path.Combine(AppContext.BaseDirectory, "psref", "System.Management.Automation.dll");

static Dictionary<string, string> Options(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected an option, got '{args[i]}'.");
        options[args[i].Substring(2)] = args[i + 1];
    }
    return options;
}

static string Required(Dictionary<string, string> options, string name) =>
    options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

// "file(line): message" becomes "file(line): error HELP001: message", the form MSBuild reports as a build error.
static string InsertErrorCode(string message)
{
    var at = message.IndexOf("): ", StringComparison.Ordinal);
    return at < 0 ? "error HELP001: " + message : message.Substring(0, at + 3) + "error HELP001: " + message.Substring(at + 3);
}
