using System.Reflection;
using System.Text.RegularExpressions;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Validation;

/// <summary>
/// Every [ValidateModelPattern] in the built SecLake.dll, compiled in .NET as the attribute compiles it (CultureInvariant,
/// case-sensitive) and run against values the model accepts and refuses; each says its rule in words. No plain
/// [ValidatePattern] is left: on Windows PowerShell 5.1 it can only quote the regex, and it is IgnoreCase by default.
/// </summary>
public sealed class ValidatePatternTests
{
    private sealed record Declared(string Cmdlet, string Parameter, string Pattern, string Rule)
    {
        public string Where => $"{Cmdlet} -{Parameter}";
    }

    /// <summary>The options SecLake.PowerShell.ValidateModelPatternAttribute compiles with.</summary>
    private const RegexOptions AttributeOptions = RegexOptions.CultureInvariant;

    private static IReadOnlyList<Declared> AllDeclared()
    {
        var found = new List<Declared>();
        foreach (var cmdlet in CmdletMetadata.All)
            foreach (var property in cmdlet.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                foreach (var attribute in property.GetCustomAttributesData().Where(a => a.AttributeType.FullName == "SecLake.PowerShell.ValidateModelPatternAttribute"))
                    found.Add(new Declared(cmdlet.Name, property.Name, (string)attribute.ConstructorArguments[0].Value!, (string)attribute.ConstructorArguments[1].Value!));
        return found;
    }

    [Fact]
    public void No_plain_ValidatePattern_is_left()
    {
        var plain = CmdletMetadata.All
            .SelectMany(c => c.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "System.Management.Automation.ValidatePatternAttribute"))
                .Select(p => $"{c.Name} -{p.Name}"))
            .ToList();
        Assert.True(plain.Count == 0, "[ValidatePattern] quotes a regex at the user; use [ValidateModelPattern(pattern, rule)]: " + string.Join(", ", plain));
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
        Assert.True(declared.Count >= 25, $"only {declared.Count} ValidateModelPattern attributes found");
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
    public void The_rule_in_words_is_the_one_the_core_states_for_that_pattern(string cmdlet, string parameter)
    {
        var d = Get(cmdlet, parameter);
        var constant = typeof(SecLake.Qldb.QldbConstraints).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Constraints", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Single(f => f.IsLiteral && f.Name.EndsWith("Pattern", StringComparison.Ordinal) && (string)f.GetRawConstantValue()! == d.Pattern);
        var rule = constant.DeclaringType!.GetField(constant.Name[..^"Pattern".Length] + "Rule")?.GetRawConstantValue() as string;
        Assert.True(rule != null, $"{d.Where}: {constant.DeclaringType.Name}.{constant.Name} has no rule in words ({constant.Name[..^"Pattern".Length]}Rule).");
        Assert.Equal(rule, d.Rule);
        Assert.DoesNotContain("\\", d.Rule.Replace("\\", ""));
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Binding_accepts_what_the_model_accepts_and_refuses_what_it_refuses(string cmdlet, string parameter)
    {
        var d = Get(cmdlet, parameter);
        Regex regex;
        try { regex = new Regex(d.Pattern, AttributeOptions); }
        catch (ArgumentException e) { throw new Xunit.Sdk.XunitException($"{d.Where}: ValidatePattern('{d.Pattern}') does not compile in .NET: {e.Message}"); }
        var c = PatternCatalog.ForPattern(d.Pattern);
        Assert.True(c != null, $"{d.Where}: ValidatePattern('{d.Pattern}') has no accept/refuse examples.");
        var wrong = c!.Accepts.Where(v => !regex.Match(v).Success).Select(v => $"{d.Where} {PatternCatalog.Show(v)} is refused; the model accepts it")
            .Concat(c.Refuses.Where(v => regex.Match(v).Success).Select(v => $"{d.Where} {PatternCatalog.Show(v)} is accepted; the model refuses it"))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
