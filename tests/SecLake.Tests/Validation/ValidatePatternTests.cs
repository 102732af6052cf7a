using System.Reflection;
using System.Text.RegularExpressions;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Validation;

/// <summary>
/// Every [ValidatePattern] in the built SecLake.dll, compiled in .NET exactly as PowerShell compiles it (the attribute's
/// pattern and Options; PowerShell's default Options is IgnoreCase) and run as PowerShell runs it (Regex.Match on the
/// argument's text), against values the model accepts and refuses.
/// </summary>
public sealed class ValidatePatternTests
{
    private sealed record Declared(string Cmdlet, string Parameter, string Pattern, RegexOptions Options)
    {
        public string Where => $"{Cmdlet} -{Parameter}";
    }

    /// <summary>PowerShell's <c>ValidatePatternAttribute.Options</c> when the attribute does not set it.</summary>
    private const RegexOptions PowerShellDefaultOptions = RegexOptions.IgnoreCase;

    private static IReadOnlyList<Declared> AllDeclared()
    {
        var found = new List<Declared>();
        foreach (var cmdlet in CmdletMetadata.All)
            foreach (var property in cmdlet.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                foreach (var attribute in property.GetCustomAttributesData().Where(a => a.AttributeType.FullName == "System.Management.Automation.ValidatePatternAttribute"))
                {
                    var options = attribute.NamedArguments.Where(n => n.MemberName == "Options").Select(n => (RegexOptions)(int)n.TypedValue.Value!)
                        .DefaultIfEmpty(PowerShellDefaultOptions).Single();
                    found.Add(new Declared(cmdlet.Name, property.Name, (string)attribute.ConstructorArguments[0].Value!, options));
                }
        return found;
    }

    public static TheoryData<string, string> Parameters
    {
        get
        {
            var rows = new TheoryData<string, string>();
            foreach (var d in AllDeclared()) rows.Add(d.Cmdlet, d.Parameter);
            return rows;
        }
    }

    private static Declared Get(string cmdlet, string parameter) => AllDeclared().Single(d => d.Cmdlet == cmdlet && d.Parameter == parameter);

    [Fact]
    public void The_module_declares_the_patterns_this_test_expects_to_find()
    {
        var declared = AllDeclared();
        // Two dozen attributes across both services; the named ones are the issue's own cases.
        Assert.True(declared.Count >= 25, $"only {declared.Count} ValidatePattern attributes found");
        Assert.Contains(declared, d => d.Where == "New-SLSubscriber -CustomSourceType");
        Assert.Contains(declared, d => d.Where == "Get-SLDataLake -DataLakeRegion");
        Assert.Contains(declared, d => d.Where == "New-QLDBLedger -Name");
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Pattern_is_a_catalogued_core_constant_with_examples(string cmdlet, string parameter)
    {
        var d = Get(cmdlet, parameter);
        var c = PatternCatalog.ForPattern(d.Pattern);
        Assert.True(c != null, $"{d.Where}: ValidatePattern('{d.Pattern}') is no pattern constant of the core with accept/refuse examples in PatternCatalog.");
        Assert.True(c!.Accepts.Length > 0 && c.Refuses.Length > 0, $"{d.Where}: {c.Name} has no accept or no refuse examples.");
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Pattern_is_case_sensitive(string cmdlet, string parameter)
    {
        var d = Get(cmdlet, parameter);
        Assert.True((d.Options & RegexOptions.IgnoreCase) == 0,
            $"{d.Where}: ValidatePattern runs with {d.Options}; set Options = RegexOptions.None (PowerShell's default is IgnoreCase).");
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Binding_accepts_what_the_model_accepts_and_refuses_what_it_refuses(string cmdlet, string parameter)
    {
        var d = Get(cmdlet, parameter);
        Regex regex;
        try { regex = new Regex(d.Pattern, d.Options); }
        catch (ArgumentException e) { throw new Xunit.Sdk.XunitException($"{d.Where}: ValidatePattern('{d.Pattern}') does not compile in .NET: {e.Message}"); }
        var c = PatternCatalog.ForPattern(d.Pattern);
        Assert.True(c != null, $"{d.Where}: ValidatePattern('{d.Pattern}') has no accept/refuse examples.");
        var wrong = c!.Accepts.Where(v => !regex.Match(v).Success).Select(v => $"{d.Where} {PatternCatalog.Show(v)} is refused; the model accepts it")
            .Concat(c.Refuses.Where(v => regex.Match(v).Success).Select(v => $"{d.Where} {PatternCatalog.Show(v)} is accepted; the model refuses it"))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
