using System.Reflection;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Cmdlets;

/// <summary>
/// Every text parameter refuses, at binding, what PowerShell would otherwise send as a type name or with hidden
/// characters: [string] parameters carry [TextValue], [string[]] parameters [SplitList] (which checks each item).
/// </summary>
public sealed class TextParameterTests
{
    public static TheoryData<string, string> TextParameters()
    {
        var data = new TheoryData<string, string>();
        foreach (var cmdlet in CmdletMetadata.All)
            foreach (var parameter in cmdlet.Parameters.Where(p => p.TypeName is "System.String" or "System.String[]"))
                data.Add(cmdlet.Name, parameter.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(TextParameters))]
    public void Text_parameters_refuse_objects_and_control_characters(string cmdlet, string parameter)
    {
        var property = CmdletMetadata.Get(cmdlet).Type.GetProperty(parameter, BindingFlags.Public | BindingFlags.Instance)!;
        var expected = property.PropertyType.IsArray ? "SplitListAttribute" : "TextValueAttribute";
        Assert.True(property.GetCustomAttributesData().Any(a => a.AttributeType.Name == expected),
            $"{cmdlet} -{parameter} ({property.PropertyType.Name}) lacks [{expected.Replace("Attribute", "")}]: a hashtable given to it would be sent as its type name.");
    }

    [Fact]
    public void Only_description_parameters_let_whitespace_control_characters_through()
    {
        var lenient = CmdletMetadata.All
            .SelectMany(c => c.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttributesData().Any(a => a.AttributeType.Name == "TextValueAttribute"
                    && a.NamedArguments.Any(n => n.MemberName == "AllowWhitespace" && (bool)n.TypedValue.Value!)))
                .Select(p => $"{c.Name} -{p.Name}"))
            .ToList();
        Assert.NotEmpty(lenient);
        Assert.All(lenient, name => Assert.EndsWith("Description", name));
    }
}
