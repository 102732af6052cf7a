using SecLake.Completion;
using Xunit;

namespace SecLake.Tests.Completion;

/// <summary>Live completers connect as the command being typed would: typed parameters, then $PSDefaultParameterValues, then session defaults.</summary>
public class CompletionConnectionTests
{
    private static readonly IReadOnlyDictionary<string, object?> Nothing = new Dictionary<string, object?>();

    [Fact]
    public void Typed_parameters_win_over_defaults()
    {
        var bound = new Dictionary<string, object?> { ["region"] = "eu-west-1", ["Name"] = "ord" };
        var defaults = new Dictionary<string, object?> { ["*-QLDB*:Region"] = "us-east-2", ["*-QLDB*:EndpointUrl"] = "http://127.0.0.1:5000" };

        var values = CompletionConnection.Collect("Get-QLDBLedger", bound, defaults);

        Assert.Equal("eu-west-1", values["Region"]);
        Assert.Equal("http://127.0.0.1:5000", values["EndpointUrl"]);
        Assert.False(values.ContainsKey("Name"), "only connection parameters are collected");
    }

    [Fact]
    public void Defaults_apply_by_command_and_parameter_pattern_and_an_exact_command_beats_a_pattern()
    {
        var defaults = new Dictionary<string, object?>
        {
            ["*:Region"] = "ap-south-1",
            ["Get-QLDBLedger:Region"] = "ca-central-1",
            ["*-SL*:ProfileName"] = "security",
            ["Get-QLDB*:*Key"] = "AKIDEXAMPLE",
        };

        var ledger = CompletionConnection.Collect("Get-QLDBLedger", Nothing, defaults);
        var other = CompletionConnection.Collect("Remove-QLDBLedger", Nothing, defaults);

        Assert.Equal("ca-central-1", ledger["Region"]);
        Assert.Equal("AKIDEXAMPLE", ledger["AccessKey"]);
        Assert.Equal("AKIDEXAMPLE", ledger["SecretKey"]);
        Assert.False(ledger.ContainsKey("ProfileName"));
        Assert.Equal("ap-south-1", other["Region"]);
        Assert.False(other.ContainsKey("AccessKey"));
    }

    [Fact]
    public void Disabled_defaults_and_empty_values_are_ignored()
    {
        var defaults = new Dictionary<string, object?> { ["*:Region"] = "ap-south-1", ["Disabled"] = true };
        Assert.Empty(CompletionConnection.Collect("Get-QLDBLedger", new Dictionary<string, object?> { ["Region"] = "" }, defaults));
    }

    [Fact]
    public void Session_defaults_come_under_the_parameters()
    {
        var stored = new object();
        var settings = CompletionConnection.ToSettings(new Dictionary<string, object> { ["EndpointUrl"] = "http://127.0.0.1:1" }, "eu-north-1", stored);

        Assert.Null(settings.Region);
        Assert.Equal("eu-north-1", settings.StoredRegion);
        Assert.Same(stored, settings.StoredCredentials);
        Assert.Equal("http://127.0.0.1:1", settings.EndpointUrl);
    }

    [Theory]
    [InlineData("*-QLDB*", "Get-QLDBLedger", true)]
    [InlineData("get-qldbledger", "Get-QLDBLedger", true)]
    [InlineData("[GR]*-QLDBLedger", "Remove-QLDBLedger", true)]
    [InlineData("[GR]*-QLDBLedger", "New-QLDBLedger", false)]
    [InlineData("Get-QLDBLedger", "Get-QLDBLedgers", false)]
    public void Wildcards_work_as_in_PowerShell(string pattern, string text, bool expected) =>
        Assert.Equal(expected, CompletionConnection.WildcardMatch(pattern, text));
}
