namespace SecLake.HelpBuilder.Model;

/// <summary>
/// One cmdlet's help as written in its markdown file: the prose authors write plus the parameter metadata that
/// "update" keeps equal to the built assembly. Prose is kept as markdown blocks (see <see cref="TextBlock"/>).
/// </summary>
public sealed class CommandHelp
{
    public CommandHelp(string name) => Name = name;

    public string Name { get; }
    public string Verb => Name.Split('-', 2)[0];
    public string Noun => Name.Split('-', 2).ElementAtOrDefault(1) ?? "";

    /// <summary>The front matter, in file order (document type, module name, ...).</summary>
    public List<KeyValuePair<string, string>> FrontMatter { get; } = new();

    public List<TextBlock> Synopsis { get; set; } = new();

    /// <summary>Parameter set names as the SYNTAX section lists them; the default set is marked.</summary>
    public List<SyntaxSet> SyntaxSets { get; set; } = new();

    public List<TextBlock> Description { get; set; } = new();
    public List<ExampleHelp> Examples { get; set; } = new();
    public List<ParameterHelp> Parameters { get; set; } = new();
    public List<TypeHelp> Inputs { get; set; } = new();
    public List<TypeHelp> Outputs { get; set; } = new();
    public List<TextBlock> Notes { get; set; } = new();
    public List<LinkHelp> RelatedLinks { get; set; } = new();

    public ParameterHelp? Parameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}

public sealed record SyntaxSet(string Name, bool IsDefault);

public sealed class ExampleHelp
{
    public ExampleHelp(string title, string code, List<TextBlock> remarks)
    {
        Title = title;
        Code = code;
        Remarks = remarks;
    }

    /// <summary>"Example 1: Create a ledger".</summary>
    public string Title { get; }
    public string Code { get; }
    public List<TextBlock> Remarks { get; }
}

/// <summary>An INPUTS or OUTPUTS entry: a .NET type name and what it means here.</summary>
public sealed class TypeHelp
{
    public TypeHelp(string typeName, List<TextBlock> description)
    {
        TypeName = typeName;
        Description = description;
    }

    public string TypeName { get; }
    public List<TextBlock> Description { get; }
}

/// <summary>A RELATED LINKS entry; <see cref="Uri"/> is empty for links to other help topics.</summary>
public sealed record LinkHelp(string Text, string Uri);
