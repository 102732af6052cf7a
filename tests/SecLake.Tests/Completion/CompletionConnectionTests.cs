using SecLake.Completion;
using SecLake.Tests.Support;
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

    private static readonly IReadOnlyDictionary<string, object?>[] NoSplat = Array.Empty<IReadOnlyDictionary<string, object?>>();

    private static readonly IReadOnlyDictionary<string, object?> EmulatorDefaults = new Dictionary<string, object?>
    {
        ["*-QLDB*:EndpointUrl"] = "http://127.0.0.1:5000",
        ["*-QLDB*:Region"] = "us-east-1",
        ["*-QLDB*:AccessKey"] = "AK",
        ["*-QLDB*:SecretKey"] = "SK",
    };

    [Fact]
    public void A_connection_parameter_named_on_the_line_but_not_bound_is_unknowable_and_gives_no_connection()
    {
        // "-EndpointUrl (Get-Url)": PowerShell does not run the expression at Tab, so fakeBoundParameters lacks it.
        var typed = CompletionConnection.Typed(Nothing, new[] { "EndpointUrl", "Name" }, NoSplat, receivesPipelineInput: false);
        Assert.Same(CompletionConnection.Unknowable, typed["EndpointUrl"]);
        Assert.Single(typed);
        Assert.Null(CompletionConnection.Settings("Get-QLDBLedger", typed, EmulatorDefaults, null, null));
    }

    [Fact]
    public void Abbreviations_and_aliases_on_the_line_are_the_parameters_PowerShell_bound()
    {
        var bound = new Dictionary<string, object?> { ["EndpointUrl"] = "http://127.0.0.1:1", ["AccessKey"] = "AK", ["SecretKey"] = "SK" };
        var typed = CompletionConnection.Typed(bound, new[] { "End", "AK", "secretaccesskey" }, NoSplat, receivesPipelineInput: false);

        var settings = CompletionConnection.Settings("Get-QLDBLedger", typed, null, "eu-west-1", null)!;

        Assert.Equal(("http://127.0.0.1:1", "AK", "SK", "eu-west-1"), (settings.EndpointUrl, settings.AccessKey, settings.SecretKey, settings.StoredRegion));
    }

    [Theory]
    [InlineData("Pro", new[] { "ProfileName", "ProfileLocation" })]
    [InlineData("-ServiceUrl:", new[] { "EndpointUrl" })]
    [InlineData("StoredCredentials", new[] { "ProfileName" })]
    [InlineData("ProfilesLocation", new[] { "ProfileLocation" })]
    [InlineData("S", new[] { "SecretKey", "SessionToken", "ProfileName", "EndpointUrl" })]
    [InlineData("Name", new string[0])]
    public void A_typed_name_stands_for_the_parameter_it_names_aliases_or_abbreviates(string typed, string[] expected) =>
        Assert.Equal(expected.OrderBy(x => x), CompletionConnection.Denoted(typed).OrderBy(x => x));

    [Fact]
    public void A_splatted_hashtable_binds_by_name_alias_or_abbreviation_and_an_ambiguous_key_is_unknowable()
    {
        var splat = new Dictionary<string, object?> { ["EndpointUrl"] = "http://127.0.0.1:2", ["Region"] = "ca-central-1", ["AK"] = "AK2", ["SecretK"] = "SK2" };
        var typed = CompletionConnection.Typed(Nothing, Array.Empty<string>(), new[] { splat }, receivesPipelineInput: false);
        var settings = CompletionConnection.Settings("Get-QLDBLedger", typed, EmulatorDefaults, null, null)!;
        Assert.Equal(("http://127.0.0.1:2", "ca-central-1", "AK2", "SK2"), (settings.EndpointUrl, settings.Region, settings.AccessKey, settings.SecretKey));

        var ambiguous = CompletionConnection.Typed(Nothing, Array.Empty<string>(), new[] { new Dictionary<string, object?> { ["Profile"] = "x" } }, receivesPipelineInput: false);
        Assert.Null(CompletionConnection.Settings("Get-QLDBLedger", ambiguous, null, null, null));
    }

    [Fact]
    public void Downstream_in_a_pipeline_the_region_is_unknowable_unless_typed()
    {
        var piped = CompletionConnection.Typed(Nothing, Array.Empty<string>(), NoSplat, receivesPipelineInput: true);
        Assert.Null(CompletionConnection.Settings("Remove-QLDBLedger", piped, EmulatorDefaults, "us-east-1", null));

        var typedRegion = CompletionConnection.Typed(new Dictionary<string, object?> { ["Region"] = "us-east-1" }, new[] { "Region" }, NoSplat, receivesPipelineInput: true);
        Assert.NotNull(CompletionConnection.Settings("Remove-QLDBLedger", typedRegion, EmulatorDefaults, null, null));
    }

    [Fact]
    public void An_unknowable_default_gives_no_connection_but_one_for_another_command_does_not_matter()
    {
        var defaults = new Dictionary<string, object?>(EmulatorDefaults) { ["Get-QLDBLedger:EndpointUrl"] = CompletionConnection.Unknowable };
        Assert.Null(CompletionConnection.Settings("Get-QLDBLedger", Nothing, defaults, null, null));
        Assert.Equal("http://127.0.0.1:5000", CompletionConnection.Settings("Remove-QLDBLedger", Nothing, defaults, null, null)!.EndpointUrl);
    }

    [Fact]
    public void A_parameter_bound_to_null_on_the_line_takes_no_default_as_in_PowerShell()
    {
        // "-Region $notSet": the command binds null, and PowerShell applies no default to a bound parameter.
        var typed = CompletionConnection.Typed(new Dictionary<string, object?> { ["Region"] = null }, new[] { "Region" }, NoSplat, receivesPipelineInput: false);
        var settings = CompletionConnection.Settings("Get-QLDBLedger", typed, EmulatorDefaults, "eu-west-3", null)!;
        Assert.Null(settings.Region);
        Assert.Equal("eu-west-3", settings.StoredRegion);
    }

    [Fact]
    public void The_connection_parameters_and_aliases_are_the_ones_every_cmdlet_declares()
    {
        Assert.All(CmdletMetadata.All, cmdlet => Assert.All(CompletionConnection.ParameterNames, name =>
            Assert.Equal(CompletionConnection.ParameterAliases[name], cmdlet.Parameter(name).Aliases)));
    }

    [Fact]
    public void No_other_parameter_name_or_alias_is_taken_for_a_connection_parameter()
    {
        // A full name typed on the line that also abbreviated a connection parameter would be read as one, and live
        // completion would give up on a line it could complete.
        var clashes = CmdletMetadata.All.SelectMany(c => c.Parameters.Where(p => !CompletionConnection.ParameterNames.Contains(p.Name))
            .SelectMany(p => p.Aliases.Prepend(p.Name)).Where(n => CompletionConnection.Denoted(n).Count > 0).Select(n => $"{c.Name} -{n}"));
        Assert.Empty(clashes);
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
