using SecLake.Tests.Support;

namespace SecLake.Tests.Help;

/// <summary>
/// Checks that an example only calls commands that exist (SecLake's exported cmdlets, PowerShell's own, and the few
/// AWS.Tools commands the help mentions), and that every parameter (or splatted key) given to a SecLake cmdlet is one
/// of its parameters, aliases or PowerShell's common parameters. Full names only: abbreviations are poor examples.
/// </summary>
public sealed class ExampleChecker
{
    private static readonly string[] CommonParameters =
    {
        "Verbose", "vb", "Debug", "db", "ErrorAction", "ea", "WarningAction", "wa", "InformationAction", "infa",
        "ProgressAction", "proga", "ErrorVariable", "ev", "WarningVariable", "wv", "InformationVariable", "iv",
        "OutVariable", "ov", "OutBuffer", "ob", "PipelineVariable", "pv",
    };

    private static readonly string[] RiskParameters = { "WhatIf", "wi", "Confirm", "cf" };

    /// <summary>Commands outside SecLake that examples may call.</summary>
    public static readonly IReadOnlySet<string> OtherCommands = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // PowerShell's own modules.
        "Import-Csv", "Export-Csv", "Get-Content", "Set-Content", "Where-Object", "ForEach-Object", "Select-Object",
        "Sort-Object", "Group-Object", "Measure-Object", "Format-Table", "Format-List", "Out-Null", "Out-String",
        "Write-Output", "Write-Host", "Tee-Object", "ConvertTo-Json", "ConvertFrom-Json", "Get-Credential",
        "Import-Module", "Get-Module", "Get-Command", "Get-Help", "Start-Sleep", "Get-Date", "New-Object",
        // How a secret (an API key) is read without echoing it.
        "Read-Host",
        // AWS.Tools, named where the help explains using SecLake next to it.
        "Set-AWSCredential", "Set-DefaultAWSRegion", "Get-AWSCredential", "Get-DefaultAWSRegion",
        // The emulator is a .NET program.
        "dotnet",
    };

    private readonly Dictionary<string, HashSet<string>> _parameters;

    public ExampleChecker(IEnumerable<CmdletMetadata> cmdlets)
    {
        _parameters = cmdlets.ToDictionary(
            c => c.Name,
            c => new HashSet<string>(
                c.Parameters.SelectMany(p => p.Aliases.Prepend(p.Name))
                    .Concat(CommonParameters)
                    .Concat(c.SupportsShouldProcess ? RiskParameters : Array.Empty<string>()),
                StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);
    }

    public static ExampleChecker ForBuiltModule() => new(CmdletMetadata.All);

    /// <summary>Every problem found in <paramref name="code"/>, each naming the command and parameter.</summary>
    public IReadOnlyList<string> Problems(string code)
    {
        var script = ExampleScript.Parse(code);
        var problems = new List<string>();
        foreach (var call in script.Commands)
        {
            var name = ModuleCommandName(call.Name);
            if (!_parameters.TryGetValue(name, out var parameters))
            {
                if (!OtherCommands.Contains(call.Name)) problems.Add($"'{call.Name}' is not a SecLake cmdlet or a known command.");
                continue;
            }
            problems.AddRange(call.Parameters.Where(p => !parameters.Contains(p)).Select(p => $"{name} has no parameter -{p}."));
            foreach (var splat in call.Splats)
            {
                if (!script.HashtableVariables.TryGetValue(splat, out var keys))
                {
                    problems.Add($"{name} @{splat}: the example does not define ${splat} as a hashtable.");
                    continue;
                }
                problems.AddRange(keys.Where(k => !parameters.Contains(k)).Select(k => $"{name} @{splat}: {name} has no parameter -{k}."));
            }
        }
        return problems;
    }

    /// <summary>Whether <paramref name="call"/> runs <paramref name="cmdlet"/>, by plain or module-qualified name.</summary>
    public static bool Calls(CommandCall call, string cmdlet) => string.Equals(ModuleCommandName(call.Name), cmdlet, StringComparison.OrdinalIgnoreCase);

    private static string ModuleCommandName(string name) =>
        name.StartsWith("SecLake\\", StringComparison.OrdinalIgnoreCase) ? name.Substring("SecLake\\".Length) : name;
}
