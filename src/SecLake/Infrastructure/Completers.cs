using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SecLake.Aws;
using SecLake.Completion;

namespace SecLake.PowerShell
{
    /// <summary>Adapters from PowerShell's completer interface to the plain completion classes in the core.</summary>
    internal static class CompletionResults
    {
        public static IEnumerable<CompletionResult> From(IEnumerable<CompletionCandidate> candidates) =>
            candidates.Select(c => new CompletionResult(Quote(c.Value), c.Value, CompletionResultType.ParameterValue, c.ToolTip)).ToList();

        private static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '$', '\'', '"', '`', ';', '(', ')', '{', '}', ',', '@' }) >= 0 ? "'" + value.Replace("'", "''") + "'" : value;

        /// <summary>The connection parameters already on the command line, for live completion.</summary>
        public static ConnectionSettings SettingsFrom(IDictionary fakeBoundParameters)
        {
            string? Get(string name) => fakeBoundParameters.Contains(name) ? fakeBoundParameters[name]?.ToString() : null;
            return new ConnectionSettings
            {
                Region = Get("Region"),
                ProfileName = Get("ProfileName"),
                ProfileLocation = Get("ProfileLocation"),
                AccessKey = Get("AccessKey"),
                SecretKey = Get("SecretKey"),
                SessionToken = Get("SessionToken"),
                EndpointUrl = Get("EndpointUrl"),
            };
        }
    }

    /// <summary>Completes -Region with the regions of the cmdlet's service.</summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionResults.From(RegionCompletion.Complete(commandName, wordToComplete));
    }

    /// <summary>Completes -KmsKey with AWS_OWNED_KMS_KEY and the key-reference forms.</summary>
    public sealed class KmsKeyCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionResults.From(ValueCompletion.KmsKey(wordToComplete));
    }

    /// <summary>Completes ledger names from the account, using the credential and region parameters already typed.</summary>
    public sealed class LedgerNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionResults.From(LiveCompletion.LedgerNames(CompletionResults.SettingsFrom(fakeBoundParameters), wordToComplete, LiveCompletion.DefaultBudget));
    }
}
