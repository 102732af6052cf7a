using System.Text.RegularExpressions;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Validation;

/// <summary>
/// The core's pattern constants: each is the .NET translation of its model shape's pattern, and the core (which runs
/// them through <see cref="ModelRegex"/>) accepts what the model accepts and refuses what it refuses.
/// </summary>
public sealed class PatternConstantTests
{
    public static TheoryData<string> Cases => new(PatternCatalog.All.Select(c => c.Name));

    private static PatternCase Case(string name) => PatternCatalog.All.Single(c => c.Name == name);

    [Fact]
    public void Every_pattern_constant_in_the_core_has_a_model_source_and_examples()
    {
        var catalogued = PatternCatalog.All.Select(c => (c.Owner, c.Constant)).ToHashSet();
        var missing = PatternCatalog.CoreConstants().Where(c => !catalogued.Contains(c)).Select(c => c.Owner.Name + "." + c.Constant).ToList();
        Assert.True(missing.Count == 0, "Pattern constants with no model source or accept/refuse examples in PatternCatalog: " + string.Join(", ", missing));
        Assert.Equal(PatternCatalog.All.Count, PatternCatalog.CoreConstants().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Constant_is_the_dotnet_translation_of_the_models_pattern(string name)
    {
        var c = Case(name);
        var model = ServiceModel.Load(c.ModelFile);
        foreach (var shape in c.AlsoShapes.Prepend(c.Shape))
        {
            var modelPattern = model.Pattern(shape);
            Assert.True(modelPattern != null, $"{c.ModelFile} shape {shape} has no pattern");
            Assert.Equal(ModelPattern.ToDotNet(modelPattern!), c.Value);
        }
    }

    [Fact]
    public void The_core_runs_patterns_case_sensitively_and_culture_independently() =>
        Assert.Equal(RegexOptions.CultureInvariant, ModelRegex.Options);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Core_accepts_what_the_model_accepts_and_refuses_what_it_refuses(string name)
    {
        var c = Case(name);
        Assert.NotEmpty(c.Accepts);
        Assert.NotEmpty(c.Refuses);
        try { _ = new Regex(c.Value, ModelRegex.Options); }
        catch (ArgumentException e) { throw new Xunit.Sdk.XunitException($"{c.Name} ('{c.Value}') does not compile in .NET: {e.Message}"); }
        var wrong = c.Accepts.Where(v => !ModelRegex.IsMatch(v, c.Value)).Select(v => $"refuses {PatternCatalog.Show(v)}, which the model accepts")
            .Concat(c.Refuses.Where(v => ModelRegex.IsMatch(v, c.Value)).Select(v => $"accepts {PatternCatalog.Show(v)}, which the model refuses"))
            .ToList();
        Assert.True(wrong.Count == 0, $"{c.Name} ({c.Value}): {string.Join("; ", wrong)}");
    }
}
