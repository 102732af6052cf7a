using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SecLake.Aws;

namespace SecLake.Completion;

/// <summary>
/// The connection a live completer uses: the one the command being typed would use. Connection parameters
/// already on the command line win; then <c>$PSDefaultParameterValues</c> entries for this command (which
/// PowerShell would bind as if typed); then AWS.Tools' session defaults; then the environment and profiles,
/// as for the command itself. When part of that connection cannot be known at Tab (an expression PowerShell will
/// not evaluate, a script block default, a -Region the pipeline may supply), there is no connection: a guess could
/// send the request, signed, somewhere the command would not.
/// </summary>
public static class CompletionConnection
{
    /// <summary>The common AWS parameters of every SecLake cmdlet.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = new[]
    {
        "Region", "ProfileName", "ProfileLocation", "AccessKey", "SecretKey", "SessionToken", "Credential", "EndpointUrl",
    };

    /// <summary>The aliases of <see cref="ParameterNames"/>, as the cmdlets declare them (a test keeps the two equal).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ParameterAliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
    {
        ["Region"] = new string[0],
        ["ProfileName"] = new[] { "StoredCredentials", "AWSProfileName" },
        ["ProfileLocation"] = new[] { "AWSProfilesLocation", "ProfilesLocation" },
        ["AccessKey"] = new[] { "AK" },
        ["SecretKey"] = new[] { "SK", "SecretAccessKey" },
        ["SessionToken"] = new[] { "ST" },
        ["Credential"] = new string[0],
        ["EndpointUrl"] = new[] { "EndpointUri", "ServiceUrl" },
    };

    /// <summary>
    /// Stands for a connection value completion cannot know without running code. A connection with one is not
    /// used at all.
    /// </summary>
    public static readonly object Unknowable = new UnknowableValue();

    /// <summary>
    /// The connection parameters a command line gives, by name. <paramref name="bound"/> is PowerShell's reading of
    /// the line (fakeBoundParameters: aliases and abbreviations resolved, values it evaluated safely);
    /// <paramref name="splatted"/> the hashtables splatted into the command (@C), whose keys bind as parameter names;
    /// <paramref name="namedOnLine"/> the parameter names as typed ("End", "AK"). A connection parameter named on the
    /// line that PowerShell did not bind (<c>-EndpointUrl (Get-Url)</c>, an ambiguous <c>-Pro</c>) is
    /// <see cref="Unknowable"/>; so is -Region when <paramref name="receivesPipelineInput"/> and it is not typed,
    /// since each piped record's Region property binds to it.
    /// </summary>
    public static Dictionary<string, object?> Typed(IReadOnlyDictionary<string, object?> bound, IEnumerable<string> namedOnLine,
        IEnumerable<IReadOnlyDictionary<string, object?>> splatted, bool receivesPipelineInput)
    {
        var typed = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in ParameterNames)
        {
            // Present with a null value (-Credential $undefined) is bound all the same: the command gets null.
            var entry = bound.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase));
            if (entry.Key != null) typed[name] = entry.Value;
        }
        foreach (var splat in splatted)
        {
            foreach (var kv in splat)
            {
                var denoted = Denoted(kv.Key);
                foreach (var name in denoted.Where(n => !typed.ContainsKey(n))) typed[name] = denoted.Count == 1 ? kv.Value : Unknowable;
            }
        }
        foreach (var name in namedOnLine.SelectMany(Denoted).Where(n => !typed.ContainsKey(n)).ToList()) typed[name] = Unknowable;
        if (receivesPipelineInput && !typed.ContainsKey("Region")) typed["Region"] = Unknowable;
        return typed;
    }

    /// <summary>
    /// The connection parameters <paramref name="typedName"/> can stand for: the one it names or aliases, else every
    /// one it abbreviates (more than one and PowerShell refuses the line as ambiguous). Empty for other parameters.
    /// </summary>
    public static IReadOnlyList<string> Denoted(string typedName)
    {
        var name = typedName.TrimStart('-').TrimEnd(':');
        if (name.Length == 0) return new string[0];
        var exact = ParameterNames.Where(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase) ||
            ParameterAliases[p].Contains(name, StringComparer.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0) return exact;
        return ParameterNames.Where(p => p.StartsWith(name, StringComparison.OrdinalIgnoreCase) ||
            ParameterAliases[p].Any(a => a.StartsWith(name, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>
    /// The settings a live completer connects with for <paramref name="commandName"/>, or null when any value it
    /// would use is <see cref="Unknowable"/>.
    /// </summary>
    public static ConnectionSettings? Settings(string commandName, IReadOnlyDictionary<string, object?> typed, IReadOnlyDictionary<string, object?>? defaultParameterValues,
        object? storedRegion, object? storedCredentials)
    {
        var values = Collect(commandName, typed, defaultParameterValues);
        if (values.Values.Any(v => ReferenceEquals(v, Unknowable))) return null;
        return ToSettings(values, storedRegion, storedCredentials);
    }

    /// <summary>
    /// The connection parameter values for <paramref name="commandName"/>: each from <paramref name="bound"/>
    /// (typed on the line) when there, else from the matching <paramref name="defaultParameterValues"/>
    /// entry ("Command:Parameter" keys with wildcards; an exact command name beats a pattern), as PowerShell applies
    /// defaults only to parameters the line does not bind.
    /// </summary>
    public static Dictionary<string, object> Collect(string commandName, IReadOnlyDictionary<string, object?> bound, IReadOnlyDictionary<string, object?>? defaultParameterValues)
    {
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        var defaults = Applicable(commandName, defaultParameterValues);
        foreach (var name in ParameterNames)
        {
            var typed = bound.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase));
            var value = typed.Key != null ? typed.Value : defaults.TryGetValue(name, out var byDefault) ? byDefault : null;
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

    private sealed class UnknowableValue
    {
        public override string ToString() => "(not knowable at completion)";
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
