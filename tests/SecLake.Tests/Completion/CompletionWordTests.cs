using SecLake.Completion;
using Xunit;

namespace SecLake.Tests.Completion;

/// <summary>Matching the typed word and quoting what goes back on the command line.</summary>
public class CompletionWordTests
{
    [Theory]
    [InlineData("orders", "", true)]
    [InlineData("orders", "OR", true)]
    [InlineData("orders", "'ord", true)]
    [InlineData("orders", "\"ord\"", true)]
    [InlineData("orders", "rd", false)]
    [InlineData("eu-west-1", "*west*", true)]
    [InlineData("eu-west-1", "*west", true)]
    [InlineData("us-east-1", "*west", false)]
    [InlineData("us-east-1", "us-?ast", true)]
    public void Matches_by_prefix_ignoring_case_or_by_wildcard(string candidate, string word, bool expected) =>
        Assert.Equal(expected, CompletionWord.Matches(candidate, word));

    [Theory]
    [InlineData("orders", "", "orders")]
    [InlineData("alias/MyKey", "al", "alias/MyKey")]
    [InlineData("arn:aws:qldb:us-east-1:123456789012:ledger/orders", "arn", "arn:aws:qldb:us-east-1:123456789012:ledger/orders")]
    [InlineData("my team", "my", "'my team'")]
    [InlineData("it's", "it", "'it''s'")]
    [InlineData("$cost", "", "'$cost'")]
    [InlineData("a,b", "", "'a,b'")]
    [InlineData("-x", "", "'-x'")]
    [InlineData("", "", "''")]
    [InlineData("orders", "'or", "'orders'")]
    [InlineData("orders", "\"or", "\"orders\"")]
    [InlineData("say \"hi\" $x", "\"", "\"say `\"hi`\" `$x\"")]
    public void Quotes_only_when_PowerShell_needs_it_or_the_user_opened_a_quote(string value, string word, string expected) =>
        Assert.Equal(expected, CompletionWord.Quote(value, word));

    [Fact]
    public void A_candidate_lists_its_value_unless_told_otherwise()
    {
        var plain = new CompletionCandidate("orders", "orders (ACTIVE)");
        var named = new CompletionCandidate("0f1e2d3c", "auditors", "0f1e2d3c (auditors)");

        Assert.Equal("orders", plain.ListItemText);
        Assert.Equal("0f1e2d3c (auditors)", named.ListItemText);
        Assert.Equal("'orders'", plain.CompletionText("'o"));
    }
}
