using System.Reflection;

namespace SecLake.Tests.Support;

/// <summary>One cmdlet's declared metadata as PowerShell would read it, taken from CustomAttributeData (no PowerShell needed).</summary>
public sealed class CmdletMetadata
{
    private CmdletMetadata(Type type, string verb, string noun, IReadOnlyDictionary<string, object?> named)
    {
        Type = type;
        Name = verb + "-" + noun;
        SupportsShouldProcess = named.TryGetValue("SupportsShouldProcess", out var s) && (bool)s!;
        ConfirmImpact = named.TryGetValue("ConfirmImpact", out var c) ? ConfirmImpactName((int)c!) : "Medium";
    }

    public Type Type { get; }
    public string Name { get; }
    public bool SupportsShouldProcess { get; }
    public string ConfirmImpact { get; }

    public static IReadOnlyList<CmdletMetadata> All =>
        BuiltModule.Assembly.GetTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.Name == "CmdletAttribute")))
            .Where(x => x.Attribute != null)
            .Select(x => new CmdletMetadata(x.Type, (string)x.Attribute!.ConstructorArguments[0].Value!, (string)x.Attribute.ConstructorArguments[1].Value!,
                x.Attribute.NamedArguments.ToDictionary(n => n.MemberName, n => n.TypedValue.Value)))
            .OrderBy(c => c.Name)
            .ToList();

    public static CmdletMetadata Get(string name) => All.Single(c => c.Name == name);

    public IEnumerable<string> OutputTypes =>
        Type.GetCustomAttributesData().Where(a => a.AttributeType.Name == "OutputTypeAttribute")
            .SelectMany(a => a.ConstructorArguments.SelectMany(Flatten)).Select(v => v is Type t ? t.FullName! : v?.ToString() ?? "");

    public IReadOnlyList<ParameterMetadata> Parameters =>
        Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttributesData().Any(a => a.AttributeType.Name == "ParameterAttribute"))
            .Select(p => new ParameterMetadata(p))
            .OrderBy(p => p.Name)
            .ToList();

    public ParameterMetadata Parameter(string name) => Parameters.Single(p => p.Name == name);

    internal static IEnumerable<object?> Flatten(CustomAttributeTypedArgument argument) =>
        argument.Value is IReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => i.Value) : new[] { argument.Value };

    private static string ConfirmImpactName(int value) => value switch { 0 => "None", 1 => "Low", 2 => "Medium", 3 => "High", _ => value.ToString() };
}

public sealed class ParameterMetadata
{
    public ParameterMetadata(PropertyInfo property)
    {
        Name = property.Name;
        TypeName = property.PropertyType.FullName!;
        // Help shows a nullable value parameter (-PageSize, a [Nullable[int]]) by its value type, as Get-Help does.
        // (By the generic definition's name: the module is read in a MetadataLoadContext, whose Nullable<> is not typeof(Nullable<>).)
        var type = property.PropertyType;
        HelpTypeName = (type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1" ? type.GetGenericArguments()[0] : type).FullName!;
        var attributes = property.GetCustomAttributesData();
        var parameter = attributes.First(a => a.AttributeType.Name == "ParameterAttribute");
        var named = parameter.NamedArguments.ToDictionary(n => n.MemberName, n => n.TypedValue.Value);
        Mandatory = named.TryGetValue("Mandatory", out var m) && (bool)m!;
        Position = named.TryGetValue("Position", out var p) ? (int)p! : (int?)null;
        FromPipeline = named.TryGetValue("ValueFromPipeline", out var v) && (bool)v!;
        FromPipelineByPropertyName = named.TryGetValue("ValueFromPipelineByPropertyName", out var b) && (bool)b!;
        ParameterSet = named.TryGetValue("ParameterSetName", out var s) ? (string)s! : "__AllParameterSets";
        Aliases = attributes.Where(a => a.AttributeType.Name == "AliasAttribute").SelectMany(a => a.ConstructorArguments.SelectMany(CmdletMetadata.Flatten)).Select(x => (string)x!).ToList();
        Validation = attributes.Where(a => a.AttributeType.Name.StartsWith("Validate", StringComparison.Ordinal))
            .Select(a => a.AttributeType.Name.Replace("Attribute", "") + "(" + string.Join(",", a.ConstructorArguments.SelectMany(CmdletMetadata.Flatten)) + ")")
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();
        Completer = attributes.Where(a => a.AttributeType.Name == "ArgumentCompleterAttribute").Select(a => ((Type)a.ConstructorArguments[0].Value!).Name).FirstOrDefault();
        OtherAttributes = attributes.Select(a => a.AttributeType.Name).Where(n => n is "SupportsWildcardsAttribute" or "BoolArgumentTransformationAttribute").OrderBy(x => x).ToList();
    }

    public string Name { get; }
    public string TypeName { get; }
    public string HelpTypeName { get; }
    public bool Mandatory { get; }
    public int? Position { get; }
    public bool FromPipeline { get; }
    public bool FromPipelineByPropertyName { get; }
    public string ParameterSet { get; }
    public IReadOnlyList<string> Aliases { get; }
    public IReadOnlyList<string> Validation { get; }
    public string? Completer { get; }
    public IReadOnlyList<string> OtherAttributes { get; }

    /// <summary>A compact, comparable description: "Type|M|P0|VFP|VFPBPN|set|validation...".</summary>
    public override string ToString() =>
        string.Join("|", new[]
        {
            TypeName, Mandatory ? "M" : "", Position is int pos ? "P" + pos : "", FromPipeline ? "VFP" : "", FromPipelineByPropertyName ? "VFPBPN" : "",
        }.Concat(Validation));
}
