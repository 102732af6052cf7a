using SecLake.HelpBuilder.Model;

namespace SecLake.HelpBuilder.Markdown;

/// <summary>
/// The yaml block under each parameter, in platyPS 2's key layout. Only this fixed shape is read and written:
/// scalar keys, lists of scalars ("- item" or []), and the ParameterSets list of maps.
/// </summary>
public static class ParameterYaml
{
    private static readonly string[] SetKeys = { "Name", "Position", "IsRequired", "ValueFromPipeline", "ValueFromPipelineByPropertyName", "ValueFromRemainingArguments" };

    public static string Write(ParameterHelp p)
    {
        var lines = new List<string>
        {
            "Type: " + Scalar(p.Type),
            "DefaultValue: " + Scalar(p.DefaultValue),
            "SupportsWildcards: " + Bool(p.SupportsWildcards),
        };
        AddList(lines, "Aliases", p.Aliases);
        lines.Add("ParameterSets:");
        foreach (var set in p.ParameterSets)
        {
            lines.Add("- Name: " + Scalar(set.Name));
            lines.Add("  Position: " + Scalar(set.Position));
            lines.Add("  IsRequired: " + Bool(set.IsRequired));
            lines.Add("  ValueFromPipeline: " + Bool(set.ValueFromPipeline));
            lines.Add("  ValueFromPipelineByPropertyName: " + Bool(set.ValueFromPipelineByPropertyName));
            lines.Add("  ValueFromRemainingArguments: " + Bool(set.ValueFromRemainingArguments));
        }
        lines.Add("DontShow: " + Bool(p.DontShow));
        AddList(lines, "AcceptedValues", p.AcceptedValues);
        lines.Add("HelpMessage: " + Scalar(p.HelpMessage));
        return string.Join("\n", lines);
    }

    /// <summary>Fills <paramref name="p"/>'s metadata from a yaml block; <paramref name="line"/> locates errors.</summary>
    public static void Read(string yaml, ParameterHelp p, string path, int line)
    {
        var seen = new HashSet<string>();
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            if (string.IsNullOrWhiteSpace(text)) continue;
            var (key, value) = SplitKey(text, path, line);
            seen.Add(key);
            switch (key)
            {
                case "Type": p.Type = Unquote(value); break;
                case "DefaultValue": p.DefaultValue = Unquote(value); break;
                case "SupportsWildcards": p.SupportsWildcards = ParseBool(value, key, path, line); break;
                case "DontShow": p.DontShow = ParseBool(value, key, path, line); break;
                case "HelpMessage": p.HelpMessage = Unquote(value); break;
                case "Aliases": p.Aliases = ReadList(lines, ref i, value); break;
                case "AcceptedValues": p.AcceptedValues = ReadList(lines, ref i, value); break;
                case "ParameterSets": p.ParameterSets = ReadSets(lines, ref i, path, line); break;
                default: throw new HelpFormatException(path, line, $"Parameter -{p.Name}: unknown yaml key '{key}'.");
            }
        }
        foreach (var required in new[] { "Type", "ParameterSets" })
        {
            if (!seen.Contains(required)) throw new HelpFormatException(path, line, $"Parameter -{p.Name}: the yaml block has no '{required}'.");
        }
        if (p.ParameterSets.Count == 0) throw new HelpFormatException(path, line, $"Parameter -{p.Name}: ParameterSets is empty.");
    }

    private static List<string> ReadList(string[] lines, ref int i, string inlineValue)
    {
        if (inlineValue == "[]") return new List<string>();
        var items = new List<string>();
        while (i + 1 < lines.Length && lines[i + 1].StartsWith("- ", StringComparison.Ordinal))
        {
            i++;
            items.Add(Unquote(lines[i].Substring(2).Trim()));
        }
        return items;
    }

    private static List<ParameterSetHelp> ReadSets(string[] lines, ref int i, string path, int line)
    {
        var sets = new List<ParameterSetHelp>();
        ParameterSetHelp? current = null;
        while (i + 1 < lines.Length && (lines[i + 1].StartsWith("- ", StringComparison.Ordinal) || lines[i + 1].StartsWith("  ", StringComparison.Ordinal)))
        {
            i++;
            var entry = lines[i].Substring(2);
            var (key, value) = SplitKey(entry, path, line);
            if (lines[i].StartsWith("- ", StringComparison.Ordinal))
            {
                if (key != "Name") throw new HelpFormatException(path, line, "Each ParameterSets entry starts with '- Name:'.");
                current = new ParameterSetHelp(Unquote(value));
                sets.Add(current);
                continue;
            }
            if (current == null) throw new HelpFormatException(path, line, "ParameterSets entry without '- Name:'.");
            switch (key)
            {
                case "Position": current.Position = Unquote(value); break;
                case "IsRequired": current.IsRequired = ParseBool(value, key, path, line); break;
                case "ValueFromPipeline": current.ValueFromPipeline = ParseBool(value, key, path, line); break;
                case "ValueFromPipelineByPropertyName": current.ValueFromPipelineByPropertyName = ParseBool(value, key, path, line); break;
                case "ValueFromRemainingArguments": current.ValueFromRemainingArguments = ParseBool(value, key, path, line); break;
                default: throw new HelpFormatException(path, line, $"Unknown ParameterSets key '{key}' (expected {string.Join(", ", SetKeys)}).");
            }
        }
        return sets;
    }

    private static (string Key, string Value) SplitKey(string text, string path, int line)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0) throw new HelpFormatException(path, line, $"yaml line '{text}' is not 'key: value'.");
        return (text.Substring(0, colon).Trim(), text.Substring(colon + 1).Trim());
    }

    private static bool ParseBool(string value, string key, string path, int line) =>
        value switch
        {
            "true" => true,
            "false" => false,
            _ => throw new HelpFormatException(path, line, $"{key} must be true or false, not '{value}'."),
        };

    private static void AddList(List<string> lines, string key, List<string> items)
    {
        if (items.Count == 0)
        {
            lines.Add(key + ": []");
            return;
        }
        lines.Add(key + ":");
        lines.AddRange(items.Select(item => "- " + Scalar(item)));
    }

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>Plain when yaml reads it back unchanged, otherwise single-quoted.</summary>
    private static string Scalar(string value)
    {
        var plain = value.Length > 0
            && "'\"[]{}#&*!|>%@`,".IndexOf(value[0]) < 0
            && !value.Contains(": ", StringComparison.Ordinal)
            && !value.Contains(" #", StringComparison.Ordinal)
            && value.Trim() == value;
        return plain ? value : "'" + value.Replace("'", "''") + "'";
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value.Substring(1, value.Length - 2).Replace("''", "'") : value;
}
