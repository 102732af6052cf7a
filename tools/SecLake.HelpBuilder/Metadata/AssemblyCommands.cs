using System.Reflection;
using System.Runtime.InteropServices;
using SecLake.HelpBuilder.Model;

namespace SecLake.HelpBuilder.Metadata;

/// <summary>A cmdlet as its assembly declares it: what the help's generated parts must agree with.</summary>
public sealed record CommandMetadata(
    string Name,
    string? DefaultParameterSet,
    bool SupportsShouldProcess,
    IReadOnlyList<string> OutputTypes,
    IReadOnlyList<ParameterMetadata> Parameters);

/// <summary>
/// One parameter's declared metadata. <see cref="DeclaredByCommand"/> is false for the parameters every cmdlet shares:
/// those of the module's root base class. A parameter of an intermediate base (say one two cmdlets share) is the cmdlet's own.
/// </summary>
public sealed record ParameterMetadata(
    string Name,
    string Type,
    bool DeclaredByCommand,
    IReadOnlyList<string> Aliases,
    bool SupportsWildcards,
    IReadOnlyList<string> ValidValues,
    IReadOnlyList<ParameterSetHelp> Sets,
    bool DontShow,
    string HelpMessage);

/// <summary>
/// Reads the cmdlets of a built module assembly with MetadataLoadContext (never loaded for execution, no
/// PowerShell needed), resolving its attributes against PowerShell's reference System.Management.Automation.dll.
/// </summary>
public static class AssemblyCommands
{
    public static IReadOnlyList<CommandMetadata> Read(string assemblyPath, string powerShellReference)
    {
        var paths = new List<string>(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")) { powerShellReference };
        foreach (var dll in Directory.GetFiles(Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!, "*.dll"))
        {
            if (!paths.Any(p => Path.GetFileName(p).Equals(Path.GetFileName(dll), StringComparison.OrdinalIgnoreCase))) paths.Add(dll);
        }
        using var context = new MetadataLoadContext(new PathAssemblyResolver(paths), "System.Private.CoreLib");
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        return assembly.GetTypes()
            .Select(t => (Type: t, Cmdlet: Attribute(t.GetCustomAttributesData(), "CmdletAttribute")))
            .Where(x => x.Cmdlet != null && !x.Type.IsAbstract)
            .Select(x => ReadCommand(x.Type, x.Cmdlet!))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static CommandMetadata ReadCommand(Type type, CustomAttributeData cmdlet)
    {
        var named = Named(cmdlet);
        var name = $"{cmdlet.ConstructorArguments[0].Value}-{cmdlet.ConstructorArguments[1].Value}";
        var outputTypes = type.GetCustomAttributesData().Where(a => a.AttributeType.Name == "OutputTypeAttribute")
            .SelectMany(a => a.ConstructorArguments.SelectMany(Values))
            .Select(v => v is Type t ? t.FullName! : v?.ToString() ?? "")
            .ToList();
        var parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Attributes: p.GetCustomAttributesData()))
            .Where(p => p.Attributes.Any(a => a.AttributeType.Name == "ParameterAttribute"))
            .Select(p => ReadParameter(type, p.Property, p.Attributes))
            // As PowerShell's syntax lists them: positional parameters first, by position, then the others in declaration
            // order (a derived cmdlet's before its bases'). A position-0 parameter declared by a shared base stays first.
            .OrderBy(p => p.Sets.Select(s => int.TryParse(s.Position, out var position) ? position : int.MaxValue).DefaultIfEmpty(int.MaxValue).Min())
            .ToList();
        return new CommandMetadata(
            name,
            named.TryGetValue("DefaultParameterSetName", out var d) ? (string?)d : null,
            named.TryGetValue("SupportsShouldProcess", out var s) && (bool)s!,
            outputTypes,
            parameters);
    }

    private static ParameterMetadata ReadParameter(Type command, PropertyInfo property, IList<CustomAttributeData> attributes)
    {
        var sets = new List<ParameterSetHelp>();
        var helpMessage = "";
        var dontShow = false;
        foreach (var parameter in attributes.Where(a => a.AttributeType.Name == "ParameterAttribute"))
        {
            var named = Named(parameter);
            var setName = named.TryGetValue("ParameterSetName", out var n) && n is string setText && setText != "__AllParameterSets" ? setText : ParameterSetHelp.AllSets;
            sets.Add(new ParameterSetHelp(setName)
            {
                Position = named.TryGetValue("Position", out var position) && (int)position! >= 0 ? position!.ToString()! : "Named",
                IsRequired = Flag(named, "Mandatory"),
                ValueFromPipeline = Flag(named, "ValueFromPipeline"),
                ValueFromPipelineByPropertyName = Flag(named, "ValueFromPipelineByPropertyName"),
                ValueFromRemainingArguments = Flag(named, "ValueFromRemainingArguments"),
            });
            if (named.TryGetValue("HelpMessage", out var message) && message is string text) helpMessage = text;
            dontShow |= Flag(named, "DontShow");
        }
        return new ParameterMetadata(
            property.Name,
            TypeName(property.PropertyType),
            property.DeclaringType != RootBase(command),
            attributes.Where(a => a.AttributeType.Name == "AliasAttribute").SelectMany(a => a.ConstructorArguments.SelectMany(Values)).Select(v => (string)v!).ToList(),
            attributes.Any(a => a.AttributeType.Name == "SupportsWildcardsAttribute"),
            attributes.Where(a => a.AttributeType.Name == "ValidateSetAttribute").SelectMany(a => a.ConstructorArguments.SelectMany(Values)).Select(v => (string)v!).ToList(),
            sets,
            dontShow,
            helpMessage);
    }

    /// <summary>The module's own base class every cmdlet derives from: the last base type still in the command's assembly.</summary>
    private static Type RootBase(Type command)
    {
        var root = command;
        while (root.BaseType != null && root.BaseType.Assembly == command.Assembly) root = root.BaseType;
        return root;
    }

    private static string TypeName(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1") return TypeName(type.GetGenericArguments()[0]);
        if (type.IsArray) return TypeName(type.GetElementType()!) + "[]";
        return type.FullName ?? type.Name;
    }

    private static CustomAttributeData? Attribute(IEnumerable<CustomAttributeData> attributes, string name) =>
        attributes.FirstOrDefault(a => a.AttributeType.Name == name);

    private static Dictionary<string, object?> Named(CustomAttributeData attribute) =>
        attribute.NamedArguments.ToDictionary(n => n.MemberName, n => n.TypedValue.Value);

    private static bool Flag(Dictionary<string, object?> named, string name) => named.TryGetValue(name, out var v) && v is true;

    private static IEnumerable<object?> Values(CustomAttributeTypedArgument argument) =>
        argument.Value is IReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => i.Value) : new[] { argument.Value };
}
