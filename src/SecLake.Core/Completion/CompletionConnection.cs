using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SecLake.Aws;

namespace SecLake.Completion
{
    /// <summary>
    /// The connection a live completer uses: the one the command being typed would use. Connection parameters
    /// already on the command line win; then <c>$PSDefaultParameterValues</c> entries for this command (which
    /// PowerShell would bind as if typed); then AWS.Tools' session defaults; then the environment and profiles,
    /// as for the command itself.
    /// </summary>
    public static class CompletionConnection
    {
        /// <summary>The common AWS parameters of every SecLake cmdlet.</summary>
        public static readonly IReadOnlyList<string> ParameterNames = new[]
        {
            "Region", "ProfileName", "ProfileLocation", "AccessKey", "SecretKey", "SessionToken", "Credential", "EndpointUrl",
        };

        /// <summary>
        /// The connection parameter values for <paramref name="commandName"/>: each from <paramref name="bound"/>
        /// (PowerShell's fakeBoundParameters) when typed, else from the matching <paramref name="defaultParameterValues"/>
        /// entry ("Command:Parameter" keys with wildcards; an exact command name beats a pattern).
        /// </summary>
        public static Dictionary<string, object> Collect(string commandName, IReadOnlyDictionary<string, object?> bound, IReadOnlyDictionary<string, object?>? defaultParameterValues)
        {
            var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            var defaults = Applicable(commandName, defaultParameterValues);
            foreach (var name in ParameterNames)
            {
                var typed = bound.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
                var value = typed ?? (defaults.TryGetValue(name, out var byDefault) ? byDefault : null);
                if (value != null && !(value is string text && text.Length == 0)) values[name] = value;
            }
            return values;
        }

        /// <summary>Settings for the service client, with AWS.Tools' <c>$StoredAWSRegion</c> and <c>$StoredAWSCredentials</c> beneath the parameters.</summary>
        public static ConnectionSettings ToSettings(IReadOnlyDictionary<string, object> values, object? storedRegion, object? storedCredentials)
        {
            string? Text(string name) => values.TryGetValue(name, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null;
            return new ConnectionSettings
            {
                Region = Text("Region"),
                ProfileName = Text("ProfileName"),
                ProfileLocation = Text("ProfileLocation"),
                AccessKey = Text("AccessKey"),
                SecretKey = Text("SecretKey"),
                SessionToken = Text("SessionToken"),
                Credential = values.TryGetValue("Credential", out var credential) ? credential : null,
                EndpointUrl = Text("EndpointUrl"),
                StoredRegion = storedRegion as string,
                StoredCredentials = storedCredentials,
            };
        }

        /// <summary>The defaults that apply to <paramref name="commandName"/>, by parameter name.</summary>
        private static Dictionary<string, object?> Applicable(string commandName, IReadOnlyDictionary<string, object?>? defaults)
        {
            var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            if (defaults == null || defaults.Any(kv => string.Equals(kv.Key, "Disabled", StringComparison.OrdinalIgnoreCase) && IsTrue(kv.Value))) return result;
            var entries = defaults
                .Select(kv => (Key: kv.Key.Split(new[] { ':' }, 2), kv.Value))
                .Where(e => e.Key.Length == 2 && WildcardMatch(e.Key[0].Trim(), commandName))
                .OrderBy(e => e.Key[0].Trim().IndexOfAny(new[] { '*', '?', '[' }) >= 0 ? 1 : 0)
                .ThenBy(e => e.Key[0], StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in entries)
            {
                foreach (var name in ParameterNames.Where(n => WildcardMatch(key[1].Trim(), n)))
                {
                    if (!result.ContainsKey(name)) result[name] = value;
                }
            }
            return result;
        }

        private static bool IsTrue(object? value) =>
            value is bool b ? b : value is string s && bool.TryParse(s, out var parsed) && parsed;

        /// <summary>PowerShell-style wildcard match (*, ?, [abc]), ignoring case.</summary>
        public static bool WildcardMatch(string pattern, string text)
        {
            var regex = "^" + Regex.Replace(Regex.Escape(pattern), @"\\\*|\\\?|\\\[([^\]]*)\]", m =>
                m.Value == @"\*" ? ".*" : m.Value == @"\?" ? "." : "[" + m.Groups[1].Value + "]") + "$";
            return Regex.IsMatch(text, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }
}
