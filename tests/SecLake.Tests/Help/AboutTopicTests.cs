using System.Text.RegularExpressions;
using SecLake.HelpBuilder.About;
using SecLake.HelpBuilder.Model;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Help.HelpFixture;

namespace SecLake.Tests.Help;

/// <summary>about_SecLake covers what users need to know, in the order the code actually resolves things.</summary>
public class AboutTopicTests
{
    private static AboutTopic About => Sources.AboutTopics.Single(t => t.Name == "about_SecLake");
    private static string Text => About.ToHelpText();

    [Fact]
    public void Compiles_to_a_help_text_file_with_topic_and_descriptions()
    {
        Assert.StartsWith("TOPIC\n    about_SecLake\n\nSHORT DESCRIPTION\n", Text);
        Assert.Contains("\nLONG DESCRIPTION\n", Text);
        var wrapped = Text.Split('\n').Where(l => !l.StartsWith("        ", StringComparison.Ordinal) && !l.TrimStart().StartsWith("|", StringComparison.Ordinal));
        Assert.All(wrapped, line => Assert.True(line.Length <= 79 || !line.Trim().Contains(' '), $"longer than 79 columns (80 wraps in an 80-column console): {line}"));
    }

    [Theory]
    [InlineData("credentials", new[] { "-Credential", "-AccessKey", "-ProfileName", "$StoredAWSCredentials", "Set-AWSCredential", "AWS_ACCESS_KEY_ID", "AWS_PROFILE", "instance credentials" })]
    [InlineData("region", new[] { "-Region", "$StoredAWSRegion", "Set-DefaultAWSRegion", "AWS_REGION", "AWS_DEFAULT_REGION", "instance metadata" })]
    [InlineData("shell defaults", new[] { "$PSDefaultParameterValues" })]
    [InlineData("endpoint and emulator", new[] { "-EndpointUrl", "AWS_ENDPOINT_URL_QLDB", "AWS_ENDPOINT_URL_SECURITYLAKE", "AWS_ENDPOINT_URL", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "SecLake.Emulator" })]
    [InlineData("QLDB end of support", new[] { "end of support", "2025-07-31" })]
    [InlineData("next to AWS.Tools", new[] { "AWS.Tools.QLDB", "SecLake\\New-QLDBLedger" })]
    [InlineData("Security Lake mapping", new[] { "CLOUD_TRAIL_MGMT", "New-SLDataLake", "New-SLSubscriber", "subscriberIdentity.principal" })]
    public void Covers(string subject, string[] phrases)
    {
        var missing = phrases.Where(p => !Text.Contains(p, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"about_SecLake does not cover {subject}: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Maps_every_documented_Security_Lake_member_of_the_API_mapping()
    {
        // The first column of API-MAPPING.md's New-SLDataLake and New-SLSubscriber tables: `regions[]`, `accountId` ...
        var mapping = File.ReadAllText(RepoFiles.ApiMapping);
        var slTables = Regex.Match(mapping, @"(?s)## New-SLDataLake.*?## New-QLDBLedger").Value;
        var members = Regex.Matches(slTables, @"^\| `(?<member>[A-Za-z]+)", RegexOptions.Multiline).Select(m => m.Groups["member"].Value).Distinct().ToList();
        Assert.True(members.Count >= 12, "API-MAPPING.md's tables were not found");
        var unmapped = members.Where(m => !Text.Contains(m, StringComparison.Ordinal)).ToList();
        Assert.True(unmapped.Count == 0, "about_SecLake does not map: " + string.Join(", ", unmapped));
    }

    [Theory]
    [InlineData("Credentials", new[] { "-Credential", "-AccessKey", "-ProfileName", "$StoredAWSCredentials", "AWS_ACCESS_KEY_ID", "AWS_PROFILE", "instance credentials" })]
    [InlineData("Region", new[] { "-Region", "$StoredAWSRegion", "-ProfileName", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE", "instance metadata" })]
    [InlineData("Endpoint", new[] { "-EndpointUrl", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "AWS_ENDPOINT_URL_QLDB", "AWS_ENDPOINT_URL`", "endpoint_url", "endpoint rules" })]
    public void Documents_the_resolution_order_that_ConnectionResolver_implements(string section, string[] inOrder)
    {
        // The orders ConnectionResolver.cs implements (and ConnectionResolverTests check); the help must not drift from them.
        var text = SectionText(section);
        var positions = inOrder.Select(p => (Phrase: p, At: text.IndexOf(p, StringComparison.Ordinal))).ToList();
        Assert.All(positions, p => Assert.True(p.At >= 0, $"'{section}' does not mention {p.Phrase}"));
        Assert.Equal(positions.OrderBy(p => p.At).Select(p => p.Phrase), inOrder);
    }

    [Fact]
    public void Every_code_example_calls_existing_commands_with_existing_parameters()
    {
        var checker = ExampleChecker.ForBuiltModule();
        var code = Blocks(About.Body).Where(b => b.Kind == TextBlockKind.Code).ToList();
        Assert.NotEmpty(code);
        Assert.Empty(code.SelectMany(b => checker.Problems(b.Text)));
    }

    private static string SectionText(string title)
    {
        var section = Sections(About.Body).Single(s => s.Title == title);
        return string.Join("\n", section.Blocks.Select(b => b.Text));
    }

    private static IEnumerable<SecLake.HelpBuilder.Markdown.MarkdownSection> Sections(SecLake.HelpBuilder.Markdown.MarkdownSection section) =>
        section.Children.SelectMany(c => Sections(c).Prepend(c));

    private static IEnumerable<TextBlock> Blocks(SecLake.HelpBuilder.Markdown.MarkdownSection section) =>
        section.Blocks.Concat(section.Children.SelectMany(Blocks));
}
