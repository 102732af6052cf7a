using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using SecLake.Aws;
using SecLake.Completion;

namespace SecLake.PowerShell;

/// <summary>
/// Thin adapters from PowerShell's completer interface to the plain completion classes in SecLake.Core, where the
/// logic (matching, quoting, tooltips, time bounds) lives and is tested without a PowerShell host.
/// </summary>
internal static class CompletionResults
{
    public static IEnumerable<CompletionResult> From(IEnumerable<CompletionCandidate> candidates, string wordToComplete) =>
        candidates.Select(c => new CompletionResult(c.CompletionText(wordToComplete), c.ListItemText, CompletionResultType.ParameterValue, c.ToolTip)).ToList();

    /// <summary>
    /// The connection the command being completed would use: the parameters typed so far (or splatted), the
    /// matching $PSDefaultParameterValues entries, and AWS.Tools' $StoredAWSRegion/$StoredAWSCredentials. Null when
    /// that connection cannot be known at Tab, or the session cannot be read: then no live completion, rather than a
    /// request to an endpoint, or with credentials, the command would not use. Never throws.
    /// </summary>
    public static ConnectionSettings? SettingsFor(string commandName, CommandAst? commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            var variables = CommandLineVariables.OfThisCompletion();
            var typed = CompletionConnection.Typed(Plain(fakeBoundParameters), NamedOnLine(commandAst), Splatted(commandAst, variables), ReceivesPipelineInput(commandAst));
            var settings = CompletionConnection.Settings(commandName, typed, Plain(variables.Get("PSDefaultParameterValues") as IDictionary),
                variables.Get("StoredAWSRegion"), variables.Get("StoredAWSCredentials"));
            if (settings != null) PowerShellValues.NormalizeCredential(settings);
            return settings;
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>Live candidates from <paramref name="query"/>, or none when the connection is not known.</summary>
    public static IEnumerable<CompletionResult> Live(ConnectionSettings? settings, string wordToComplete, Func<ConnectionSettings, IEnumerable<CompletionCandidate>> query) =>
        settings == null ? Enumerable.Empty<CompletionResult>() : From(query(settings), wordToComplete);

    /// <summary>The values typed for a (list) parameter, e.g. the regions before the one being completed.</summary>
    public static IEnumerable<string> Strings(IDictionary fakeBoundParameters, string parameterName)
    {
        var value = fakeBoundParameters.Contains(parameterName) ? PowerShellValues.Unwrap(fakeBoundParameters[parameterName]) : null;
        var items = value is IEnumerable list && !(value is string) ? list.Cast<object?>().Select(PowerShellValues.Unwrap) : new[] { value };
        return items.OfType<object>().Select(i => i.ToString() ?? "").Where(s => s.Length > 0).ToList();
    }

    public static string? String(IDictionary fakeBoundParameters, string parameterName) => Strings(fakeBoundParameters, parameterName).FirstOrDefault();

    /// <summary>The parameter names on the command line, as typed ("End" for -End).</summary>
    private static IEnumerable<string> NamedOnLine(CommandAst? commandAst) =>
        commandAst?.CommandElements.OfType<CommandParameterAst>().Select(p => p.ParameterName).ToList() ?? new List<string>();

    /// <summary>
    /// The hashtables splatted into the command (@C), read from their variables: reading a variable runs no code.
    /// Array splats bind positionally, and no connection parameter has a position, so only dictionaries count.
    /// </summary>
    private static IEnumerable<IReadOnlyDictionary<string, object?>> Splatted(CommandAst? commandAst, CommandLineVariables variables) =>
        commandAst?.CommandElements.OfType<VariableExpressionAst>().Where(v => v.Splatted)
            .Select(v => variables.Get(v.VariablePath)).OfType<IDictionary>().Select(d => (IReadOnlyDictionary<string, object?>)Plain(d)).ToList()
        ?? new List<IReadOnlyDictionary<string, object?>>();

    /// <summary>True when the command is not first in its pipeline, so piped records may bind -Region by property name.</summary>
    private static bool ReceivesPipelineInput(CommandAst? commandAst) =>
        commandAst?.Parent is PipelineAst pipeline && pipeline.PipelineElements.IndexOf(commandAst) > 0;

    /// <summary>
    /// A PowerShell dictionary as plain values. A script block (a $PSDefaultParameterValues default, a delay-bind
    /// -Region { $_.Region }) is not run at Tab: its value is unknowable.
    /// </summary>
    private static Dictionary<string, object?> Plain(IDictionary? dictionary)
    {
        var plain = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (dictionary == null) return plain;
        foreach (DictionaryEntry entry in dictionary)
        {
            var value = PowerShellValues.Unwrap(entry.Value);
            if (entry.Key != null) plain[entry.Key.ToString() ?? ""] = value is ScriptBlock ? CompletionConnection.Unknowable : value;
        }
        return plain;
    }
}

/// <summary>
/// The variables the command line being completed sees, read during completion.
/// </summary>
/// <remarks>
/// Completion runs inside a running pipeline (TabExpansion2 is itself a command), where
/// Runspace.DefaultRunspace.SessionStateProxy refuses every call: "A pipeline is already running. Concurrent
/// SessionStateProxy method calls are not allowed." Script may run on this, the pipeline's own thread, as
/// PowerShell's script block completers do, so the engine is asked for $ExecutionContext, whose SessionState reads
/// variables as plain lookups (no StrictMode error for one never set; the same API on Windows PowerShell 5.1).
/// Which scope: when TabExpansion2 is called from script (a test, an editor at top level), the caller's scope chain,
/// as for the command it completes. When it is called from a module, the lookup would start in that module's
/// session state: PSReadLine calls it from its PSConsoleHostReadLine function, and each module's session state has
/// its own, empty, $PSDefaultParameterValues, which the command typed at the prompt never uses. That command runs in
/// the global scope, so unqualified names are read there.
/// </remarks>
internal sealed class CommandLineVariables
{
    private readonly PSVariableIntrinsics _variables;
    private readonly bool _calledFromModule;

    private CommandLineVariables(PSVariableIntrinsics variables, bool calledFromModule)
    {
        _variables = variables;
        _calledFromModule = calledFromModule;
    }

    /// <summary>The variables of the completion running on this thread; throws outside a PowerShell pipeline thread.</summary>
    public static CommandLineVariables OfThisCompletion()
    {
        if (Runspace.DefaultRunspace == null) throw new InvalidOperationException("No PowerShell runspace on this thread.");
        var engine = ScriptBlock.Create("$ExecutionContext").Invoke().Select(o => o?.BaseObject).OfType<EngineIntrinsics>().FirstOrDefault()
            ?? throw new InvalidOperationException("The session's $ExecutionContext could not be read.");
        return new CommandLineVariables(engine.SessionState.PSVariable, engine.SessionState.Module != null);
    }

    /// <summary>The value of the unqualified variable <paramref name="name"/>, unwrapped; null when not set.</summary>
    public object? Get(string name) => PowerShellValues.Unwrap(_variables.GetValue(_calledFromModule ? "global:" + name : name));

    /// <summary>The value of a variable as written on the command line ($C, $global:C).</summary>
    public object? Get(VariablePath path) => path.IsUnqualified ? Get(path.UserPath) : PowerShellValues.Unwrap(_variables.GetValue(path.UserPath));
}

/// <summary>Completes -Region, and region lists such as -DataLakeRegion, with the regions of the cmdlet's service.</summary>
public sealed class RegionCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CommandServices.Of(commandName) is string serviceId
            ? CompletionResults.From(RegionCompletion.Complete(serviceId, wordToComplete, CompletionResults.Strings(fakeBoundParameters, parameterName)), wordToComplete)
            : Enumerable.Empty<CompletionResult>();
}

/// <summary>Completes QLDB's -KmsKey with AWS_OWNED_KMS_KEY and the key-reference forms.</summary>
public sealed class KmsKeyCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionResults.From(ValueCompletion.KmsKey(wordToComplete), wordToComplete);
}

/// <summary>Completes Security Lake's -EncryptionKey with S3_MANAGED_KEY and the key-reference forms.</summary>
public sealed class EncryptionKeyCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionResults.From(ValueCompletion.EncryptionKey(wordToComplete), wordToComplete);
}

/// <summary>Completes -EventClass with the OCSF event classes the Security Lake documents list (other classes are valid too).</summary>
public sealed class EventClassCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionResults.From(ValueCompletion.EventClass(wordToComplete, CompletionResults.Strings(fakeBoundParameters, parameterName)), wordToComplete);
}

/// <summary>
/// A completer that asks the live service, with the connection the command being typed would use (see
/// <see cref="CompletionResults.SettingsFor"/>); it offers nothing when that connection can't be known.
/// </summary>
public abstract class LiveCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionResults.Live(CompletionResults.SettingsFor(commandName, commandAst, fakeBoundParameters), wordToComplete,
            settings => Query(settings, commandName, parameterName, wordToComplete, fakeBoundParameters));

    /// <summary>The candidates, from SecLake.Core's LiveCompletion (bounded in time, never throwing).</summary>
    protected abstract IEnumerable<CompletionCandidate> Query(ConnectionSettings settings, string commandName, string parameterName, string wordToComplete, IDictionary fakeBoundParameters);
}

/// <summary>Completes -SubscriptionId with the account's subscription IDs, showing each subscriber's name.</summary>
public sealed class SubscriptionIdCompleter : LiveCompleter
{
    protected override IEnumerable<CompletionCandidate> Query(ConnectionSettings settings, string commandName, string parameterName, string wordToComplete, IDictionary fakeBoundParameters) =>
        LiveCompletion.SubscriptionIds(settings, wordToComplete, LiveCompletion.DefaultBudget);
}

/// <summary>Completes ledger names from the account.</summary>
public sealed class LedgerNameCompleter : LiveCompleter
{
    protected override IEnumerable<CompletionCandidate> Query(ConnectionSettings settings, string commandName, string parameterName, string wordToComplete, IDictionary fakeBoundParameters) =>
        LiveCompletion.LedgerNames(settings, wordToComplete, LiveCompletion.DefaultBudget);
}

/// <summary>Completes QLDB -ResourceArn with the account's ledger ARNs, found by ledger name or ARN.</summary>
public sealed class LedgerArnCompleter : LiveCompleter
{
    protected override IEnumerable<CompletionCandidate> Query(ConnectionSettings settings, string commandName, string parameterName, string wordToComplete, IDictionary fakeBoundParameters) =>
        LiveCompletion.LedgerArns(settings, wordToComplete, LiveCompletion.DefaultBudget);
}

/// <summary>Completes Security Lake -ResourceArn with the ARNs of the data lakes and subscribers.</summary>
public sealed class SecurityLakeArnCompleter : LiveCompleter
{
    protected override IEnumerable<CompletionCandidate> Query(ConnectionSettings settings, string commandName, string parameterName, string wordToComplete, IDictionary fakeBoundParameters) =>
        LiveCompletion.SecurityLakeArns(settings, wordToComplete, LiveCompletion.DefaultBudget);
}

/// <summary>Completes Remove-*ResourceTag -TagKey with the keys the -ResourceArn already typed has now, asking the command's service.</summary>
public sealed class TagKeyCompleter : LiveCompleter
{
    protected override IEnumerable<CompletionCandidate> Query(ConnectionSettings settings, string commandName, string parameterName, string wordToComplete, IDictionary fakeBoundParameters) =>
        CommandServices.Of(commandName) is string serviceId
            ? LiveCompletion.TagKeys(settings, serviceId, CompletionResults.String(fakeBoundParameters, "ResourceArn"),
                CompletionResults.Strings(fakeBoundParameters, parameterName), wordToComplete, LiveCompletion.DefaultBudget)
            : Array.Empty<CompletionCandidate>();
}

/// <summary>
/// Completes custom source names from the account's log sources, showing each one's Regions and versions. Only
/// Get-SLLogSource, which lists every Region, offers the names of all Regions; the other cmdlets act in the Region they
/// call, so they offer that Region's names.
/// </summary>
public sealed class CustomLogSourceNameCompleter : LiveCompleter
{
    protected override IEnumerable<CompletionCandidate> Query(ConnectionSettings settings, string commandName, string parameterName, string wordToComplete, IDictionary fakeBoundParameters) =>
        LiveCompletion.CustomLogSourceNames(settings, wordToComplete, CompletionResults.Strings(fakeBoundParameters, parameterName),
            anyRegion: commandName.EndsWith("Get-SLLogSource", StringComparison.OrdinalIgnoreCase), LiveCompletion.DefaultBudget);
}

/// <summary>Completes -AccountId with the accounts that have log sources, showing each account's sources and Regions.</summary>
public sealed class LogSourceAccountCompleter : LiveCompleter
{
    protected override IEnumerable<CompletionCandidate> Query(ConnectionSettings settings, string commandName, string parameterName, string wordToComplete, IDictionary fakeBoundParameters) =>
        LiveCompletion.LogSourceAccounts(settings, wordToComplete, CompletionResults.Strings(fakeBoundParameters, parameterName), LiveCompletion.DefaultBudget);
}

// ---- subscriber notifications and the exception subscription ----

/// <summary>Completes -SubscriptionProtocol with the Amazon SNS protocols (other lower-case values stay valid).</summary>
public sealed class SubscriptionProtocolCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionResults.From(ValueCompletion.SubscriptionProtocol(wordToComplete), wordToComplete);
}
