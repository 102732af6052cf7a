using System.Text.RegularExpressions;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Validation;

/// <summary>
/// The translator from the models' ECMAScript patterns to .NET: its output for each construct, and the meaning of the
/// output checked character by character against ECMAScript's definitions (ECMA-262 §22.2: CharacterClassEscape,
/// WhiteSpace, LineTerminator), written here as code points rather than taken from the translator.
/// </summary>
public sealed class ModelPatternTests
{
    private static bool DotNetMatches(string modelPattern, string value) =>
        new Regex(ModelPattern.ToDotNet(modelPattern), RegexOptions.CultureInvariant).IsMatch(value);

    public static TheoryData<string, string> Translations => new()
    {
        // Identity escapes .NET refuses or reads otherwise become the plain character.
        { @"^[\w\-\_\:\.]*$", @"^[A-Za-z0-9_\-_\:\.]*\z" },
        { @"^\_$", @"^_\z" },
        { @"^\a\e\p$", @"^aep\z" },
        { @"^\é$", @"^\xE9\z" },
        // Set escapes as ASCII sets, outside and inside classes.
        { @"^\d+$", @"^[0-9]+\z" },
        { @"^\D\W\S$", @"^[^0-9][^A-Za-z0-9_][^" + ModelPattern.EcmaSpaceSet + @"]\z" },
        { @"^[\\\w\s]*$", @"^[\\A-Za-z0-9_" + ModelPattern.EcmaSpaceSet + @"]*\z" },
        // '.' and '$' outside classes; literal inside.
        { "^arn:.*", @"^arn:[^\n\r\u2028\u2029]*" },
        { "^[.$]$", @"^[.$]\z" },
        { "(?!.*-$)^a$", @"(?![^\n\r\u2028\u2029]*-\z)^a\z" },
        // Annex B: a dash next to a set escape is a literal dash, not a .NET range.
        { @"[\w-.]", @"[A-Za-z0-9_\-.]" },
        { @"[.-\d]", @"[.\-0-9]" },
        // A lone dash between ranges is escaped; at either end it stays as written.
        { "[A-Za-z-0-9+/=]", @"[A-Za-z\-0-9+/=]" },
        { "[A-Za-z0-9-]", "[A-Za-z0-9-]" },
        { "[-a]", "[-a]" },
        // Range ends .NET does not read as range ends when escaped (\-) are written as codes.
        { @"[\--\.]", @"[\x2D-\x2E]" },
        { @"[\u2000-\u200A]", @"[\u2000-\u200A]" },
        // '[' in a class can never start a .NET subtraction.
        { "[[]", @"[\[]" },
        { "[!-[]", @"[!-\x5B]" },
        // Classes ECMAScript has and .NET lacks.
        { "x[]", "x(?!)" },
        { "[^]", @"[\s\S]" },
        // Escapes that mean the same in both dialects.
        { @"\t\n\r\f\v\x41\u2028\cJ\0", @"\t\n\r\f\v\x41\u2028\x0A\x00" },
        { @"[\b]", @"[\b]" },
        // Annex B: \x and \u without their hex digits are the letters.
        { @"\xZ\u12", "xZu12" },
        // Groups and quantifiers are the same.
        { "(?:a|b)(?=c)(?!d)(?<=e)(?<!f)(?<n>g){1,3}?", "(?:a|b)(?=c)(?!d)(?<=e)(?<!f)(?<n>g){1,3}?" },
    };

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translates_each_construct(string model, string expected) => Assert.Equal(expected, ModelPattern.ToDotNet(model));

    [Theory]
    [InlineData(@"\b")]
    [InlineData(@"a\B")]
    [InlineData(@"(a)\1")]
    [InlineData(@"(?<n>a)\k<n>")]
    [InlineData(@"[\W]")]
    [InlineData(@"[^\D]")]
    [InlineData(@"[\S]")]
    [InlineData(@"\01")]
    [InlineData(@"\c1")]
    [InlineData("(?i:a)")]
    public void Refuses_constructs_it_cannot_carry_over(string model) =>
        Assert.Throws<NotSupportedException>(() => ModelPattern.ToDotNet(model));

    [Theory]
    [InlineData(@"a\")]
    [InlineData("[abc")]
    [InlineData("[z-a]")]
    [InlineData("(?<name")]
    public void Refuses_what_is_not_ECMAScript(string model) => Assert.Throws<ArgumentException>(() => ModelPattern.ToDotNet(model));

    /// <summary>ECMA-262 WhiteSpace (TAB, VT, FF, SP, NBSP, ZWNBSP, Unicode Zs) and LineTerminator (LF, CR, LS, PS).</summary>
    private static readonly int[] EcmaWhiteSpace =
        [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, .. Enumerable.Range(0x2000, 11), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF];

    private static readonly int[] EcmaLineTerminators = [0x0A, 0x0D, 0x2028, 0x2029];

    public static TheoryData<string, string> SetsOverTheWholeBmp => new()
    {
        { @"^\d$", "0123456789" },
        { @"^\w$", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_" },
        { @"^\s$", string.Concat(EcmaWhiteSpace.Select(c => (char)c)) },
        { @"^[\d]$", "0123456789" },
        { @"^[\w]$", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_" },
        { @"^[\s]$", string.Concat(EcmaWhiteSpace.Select(c => (char)c)) },
    };

    [Theory]
    [MemberData(nameof(SetsOverTheWholeBmp))]
    public void Set_escapes_match_exactly_ECMAScripts_characters(string model, string members)
    {
        var regex = new Regex(ModelPattern.ToDotNet(model), RegexOptions.CultureInvariant);
        var wrong = Enumerable.Range(0, 0x10000).Where(c => regex.IsMatch(((char)c).ToString()) != members.Contains((char)c))
            .Select(c => $"U+{c:X4}").Take(10).ToList();
        Assert.True(wrong.Count == 0, $"{model} differs from ECMAScript at {string.Join(", ", wrong)}");
    }

    [Fact]
    public void Dot_matches_everything_but_ECMAScripts_line_terminators()
    {
        var regex = new Regex(ModelPattern.ToDotNet("^.$"), RegexOptions.CultureInvariant);
        var wrong = Enumerable.Range(0, 0x10000).Where(c => regex.IsMatch(((char)c).ToString()) == EcmaLineTerminators.Contains(c))
            .Select(c => $"U+{c:X4}").Take(10).ToList();
        Assert.True(wrong.Count == 0, $"'.' differs from ECMAScript at {string.Join(", ", wrong)}");
    }

    [Theory]
    [InlineData(@"^\d+$", "123\n", false)] // $ is the end of the input, not before a final newline
    [InlineData(@"^\d+$", "12\u0661", false)] // ARABIC-INDIC DIGIT ONE is \d in .NET only
    [InlineData(@"^\w+$", "caf\u00E9", false)]
    [InlineData(@"^\s+$", "\u0085", false)] // NEXT LINE is .NET whitespace only
    [InlineData(@"^\s+$", "\uFEFF", true)] // ZWNBSP is ECMAScript whitespace only
    [InlineData("^a.c$", "a\rc", false)]
    [InlineData("^a.c$", "a\u0085c", true)]
    [InlineData(@"^[\w-.]+$", "a-.", true)]
    [InlineData(@"^[\w-.]+$", "/", false)] // the dash is a character, not a range from \w's '_' to '.'
    [InlineData("[A-Za-z-0-9]", "-", true)]
    [InlineData(@"^[\--\.]$", "-", true)]
    [InlineData(@"^[\--\.]$", ".", true)]
    [InlineData(@"^[\--\.]$", "A", false)]
    [InlineData("x[]", "x", false)]
    [InlineData("^[^]$", "\n", true)]
    public void Translations_mean_what_ECMAScript_means(string model, string value, bool ecmaScriptMatches) =>
        Assert.Equal(ecmaScriptMatches, DotNetMatches(model, value));

    /// <summary>Every pattern any model in specs/ has (used by the module or not) translates and compiles: a model update with a new construct shows up here.</summary>
    [Fact]
    public void Every_model_pattern_translates_to_a_pattern_dotnet_compiles()
    {
        var models = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "models"), "*.service-2.json").Select(Path.GetFileName).ToList();
        Assert.Equal(3, models.Count);
        var failures = new List<string>();
        var count = 0;
        foreach (var file in models)
            foreach (var (shape, pattern) in ServiceModel.Load(file!).Patterns())
            {
                count++;
                try { _ = new Regex(ModelPattern.ToDotNet(pattern), RegexOptions.CultureInvariant); }
                catch (Exception e) { failures.Add($"{file} {shape} {pattern}: {e.Message}"); }
            }
        Assert.True(count > 20, $"only {count} patterns found in the models");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
