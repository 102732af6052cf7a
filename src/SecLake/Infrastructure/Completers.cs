using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using SecLake.Aws;
using SecLake.Completion;

namespace SecLake.PowerShell
{
    /// <summary>
    /// Thin adapters from PowerShell's completer interface to the plain completion classes in SecLake.Core, where the
    /// logic (matching, quoting, tooltips, time bounds) lives and is tested without a PowerShell host.
    /// </summary>
    internal static class CompletionResults
    {
        public static IEnumerable<CompletionResult> From(IEnumerable<CompletionCandidate> candidates, string wordToComplete) =>
            candidates.Select(c => new CompletionResult(c.CompletionText(wordToComplete), c.ListItemText, CompletionResultType.ParameterValue, c.ToolTip)).ToList();

        /// <summary>
        /// The connection the command being completed would use: the parameters typed so far, the matching
        /// $PSDefaultParameterValues entries, and AWS.Tools' $StoredAWSRegion/$StoredAWSCredentials. Never throws.
        /// </summary>
        public static ConnectionSettings SettingsFor(string commandName, IDictionary fakeBoundParameters)
        {
            try
            {
                var values = CompletionConnection.Collect(commandName, Plain(fakeBoundParameters), Plain(SessionValue("PSDefaultParameterValues") as IDictionary));
                var settings = CompletionConnection.ToSettings(values, SessionValue("StoredAWSRegion"), SessionValue("StoredAWSCredentials"));
                PowerShellValues.NormalizeCredential(settings);
                return settings;
            }
            catch (Exception)
            {
                return new ConnectionSettings();
            }
        }

        /// <summary>The values typed for a (list) parameter, e.g. the regions before the one being completed.</summary>
        public static IEnumerable<string> Strings(IDictionary fakeBoundParameters, string parameterName)
        {
            var value = fakeBoundParameters.Contains(parameterName) ? PowerShellValues.Unwrap(fakeBoundParameters[parameterName]) : null;
            var items = value is IEnumerable list && !(value is string) ? list.Cast<object?>().Select(PowerShellValues.Unwrap) : new[] { value };
            return items.OfType<object>().Select(i => i.ToString() ?? "").Where(s => s.Length > 0).ToList();
        }

        public static string? String(IDictionary fakeBoundParameters, string parameterName) => Strings(fakeBoundParameters, parameterName).FirstOrDefault();

        private static object? SessionValue(string name) => PowerShellValues.Unwrap(Runspace.DefaultRunspace?.SessionStateProxy?.PSVariable?.GetValue(name));

        /// <summary>A PowerShell dictionary as plain values; script block defaults are left out (running them at Tab is not safe).</summary>
        private static IReadOnlyDictionary<string, object?> Plain(IDictionary? dictionary)
        {
            var plain = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            if (dictionary == null) return plain;
            foreach (DictionaryEntry entry in dictionary)
            {
                var value = PowerShellValues.Unwrap(entry.Value);
                if (entry.Key != null && !(value is ScriptBlock)) plain[entry.Key.ToString() ?? ""] = value;
            }
            return plain;
        }
    }

    /// <summary>Completes -Region, and region lists such as -DataLakeRegion, with the regions of the cmdlet's service.</summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionResults.From(RegionCompletion.Complete(commandName, wordToComplete, CompletionResults.Strings(fakeBoundParameters, parameterName)), wordToComplete);
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

    /// <summary>Completes -SubscriptionId with the account's subscription IDs, showing each subscriber's name.</summary>
    public sealed class SubscriptionIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionResults.From(LiveCompletion.SubscriptionIds(CompletionResults.SettingsFor(commandName, fakeBoundParameters), wordToComplete, LiveCompletion.DefaultBudget), wordToComplete);
    }

    /// <summary>Completes ledger names from the account, using the connection the command would use.</summary>
    public sealed class LedgerNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionResults.From(LiveCompletion.LedgerNames(CompletionResults.SettingsFor(commandName, fakeBoundParameters), wordToComplete, LiveCompletion.DefaultBudget), wordToComplete);
    }

    /// <summary>Completes QLDB -ResourceArn with the account's ledger ARNs, found by ledger name or ARN.</summary>
    public sealed class LedgerArnCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionResults.From(LiveCompletion.LedgerArns(CompletionResults.SettingsFor(commandName, fakeBoundParameters), wordToComplete, LiveCompletion.DefaultBudget), wordToComplete);
    }

    /// <summary>Completes Security Lake -ResourceArn with the ARNs of the data lakes and subscribers.</summary>
    public sealed class SecurityLakeArnCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionResults.From(LiveCompletion.SecurityLakeArns(CompletionResults.SettingsFor(commandName, fakeBoundParameters), wordToComplete, LiveCompletion.DefaultBudget), wordToComplete);
    }

    /// <summary>Completes Remove-*ResourceTag -TagKey with the keys the -ResourceArn already typed has now.</summary>
    public sealed class TagKeyCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionResults.From(LiveCompletion.TagKeys(CompletionResults.SettingsFor(commandName, fakeBoundParameters), commandName,
                CompletionResults.String(fakeBoundParameters, "ResourceArn"), CompletionResults.Strings(fakeBoundParameters, parameterName),
                wordToComplete, LiveCompletion.DefaultBudget), wordToComplete);
    }
}
