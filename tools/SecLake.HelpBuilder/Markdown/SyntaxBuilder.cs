using SecLake.HelpBuilder.Model;

namespace SecLake.HelpBuilder.Markdown;

/// <summary>One parameter set's syntax: the parameters in it, in the order Get-Command -Syntax shows them.</summary>
public sealed record SyntaxItem(string SetName, bool IsDefault, IReadOnlyList<(ParameterHelp Parameter, ParameterSetHelp Set)> Parameters, string Text);

/// <summary>
/// Generates each parameter set's syntax from the parameters' metadata, as platyPS does (the SYNTAX text in
/// markdown is never read back): positional parameters by position first, then the others in documented order.
/// </summary>
public static class SyntaxBuilder
{
    public const string AllParameterSets = "__AllParameterSets";

    public static IReadOnlyList<SyntaxItem> Build(CommandHelp help)
    {
        var named = help.Parameters.SelectMany(p => p.ParameterSets).Select(s => s.Name)
            .Where(n => n != ParameterSetHelp.AllSets).Distinct().ToList();
        var listed = help.SyntaxSets.Select(s => s.Name).ToList();
        var setNames = named.Count == 0
            ? new List<string> { AllParameterSets }
            : listed.Where(named.Contains).Concat(named.Where(n => !listed.Contains(n))).ToList();
        var defaultSet = help.SyntaxSets.FirstOrDefault(s => s.IsDefault)?.Name;
        setNames = setNames.OrderBy(n => n == defaultSet ? 0 : 1).ToList();

        return setNames.Select(setName =>
        {
            var members = help.Parameters
                .Select((p, index) => (Parameter: p, Index: index, Set: p.ParameterSets.FirstOrDefault(s => s.Name == setName)
                    ?? p.ParameterSets.FirstOrDefault(s => s.Name == ParameterSetHelp.AllSets)))
                .Where(x => x.Set != null)
                .OrderBy(x => x.Set!.PositionNumber ?? int.MaxValue)
                .ThenBy(x => x.Index)
                .Select(x => (x.Parameter, x.Set!))
                .ToList();
            var text = help.Name + " " + string.Join(" ", members.Select(m => Describe(m.Parameter, m.Item2)).Append("[<CommonParameters>]"));
            return new SyntaxItem(setName, setName == defaultSet, members, text);
        }).ToList();
    }

    /// <summary>"[-Name] &lt;string&gt;", "[-KmsKey &lt;string&gt;]", "-PermissionsMode &lt;string&gt;", "[-Wait]".</summary>
    private static string Describe(ParameterHelp p, ParameterSetHelp set)
    {
        var name = set.PositionNumber.HasValue ? $"[-{p.Name}]" : $"-{p.Name}";
        var text = p.IsSwitch ? "-" + p.Name : $"{name} <{FriendlyTypeName(p.Type)}>";
        return set.IsRequired ? text : $"[{text}]";
    }

    /// <summary>The short type names Get-Command -Syntax shows: string, string[], bool, int, hashtable, Object.</summary>
    public static string FriendlyTypeName(string fullName)
    {
        var array = fullName.EndsWith("[]", StringComparison.Ordinal);
        var element = array ? fullName.Substring(0, fullName.Length - 2) : fullName;
        var name = element switch
        {
            "System.String" => "string",
            "System.Boolean" => "bool",
            "System.Int32" => "int",
            "System.Int64" => "long",
            "System.DateTime" => "datetime",
            "System.Collections.Hashtable" => "hashtable",
            "System.Object" => "Object",
            "System.Management.Automation.SwitchParameter" => "switch",
            "System.Management.Automation.PSCredential" => "pscredential",
            _ => element.Substring(element.LastIndexOf('.') + 1),
        };
        return array ? name + "[]" : name;
    }
}
