using Xunit;

namespace SecLake.Tests.Help;

/// <summary>The example tokenizer tells commands and parameters from arguments, strings and operators.</summary>
public class ExampleScriptTests
{
    private static IEnumerable<string> Names(ExampleScript script) => script.Commands.Select(c => c.Name);

    [Fact]
    public void Reads_each_command_of_a_pipeline_with_its_parameters()
    {
        var script = ExampleScript.Parse("Get-QLDBLedger -Name 'test-*' | Remove-QLDBLedger -Force -Confirm:$false");

        Assert.Equal(new[] { "Get-QLDBLedger", "Remove-QLDBLedger" }, Names(script));
        Assert.Equal(new[] { "Name" }, script.Commands[0].Parameters);
        Assert.Equal(new[] { "Force", "Confirm" }, script.Commands[1].Parameters);
        Assert.Single(script.Pipelines);
        Assert.Equal(2, script.Pipelines[0].Count);
    }

    [Fact]
    public void Dashes_inside_strings_and_words_are_not_parameters()
    {
        var script = ExampleScript.Parse("New-QLDBLedger -Name my-ledger -KmsKey \"-not-a-param\" -Tag @{ 'x-y' = '-z' }");

        Assert.Equal(new[] { "Name", "KmsKey", "Tag" }, script.Commands.Single().Parameters);
    }

    [Fact]
    public void Operators_in_script_blocks_are_not_parameters_and_commands_inside_blocks_are_found()
    {
        var script = ExampleScript.Parse("Get-QLDBLedger | Where-Object { $_.State -eq 'ACTIVE' -and $_.Name -like 'a*' } | ForEach-Object { Remove-QLDBLedger -Name $_.Name -WhatIf }");

        Assert.Equal(new[] { "Get-QLDBLedger", "Where-Object", "Remove-QLDBLedger", "ForEach-Object" }.OrderBy(n => n), Names(script).OrderBy(n => n));
        Assert.Empty(script.Commands.Single(c => c.Name == "Where-Object").Parameters);
        Assert.Equal(new[] { "Name", "WhatIf" }, script.Commands.Single(c => c.Name == "Remove-QLDBLedger").Parameters);
    }

    [Fact]
    public void Remembers_hashtables_assigned_to_variables_and_the_splats_that_use_them()
    {
        var script = ExampleScript.Parse("$c = @{ Region = 'us-east-1'; EndpointUrl = 'http://127.0.0.1:5000'\n  AccessKey = 'k' }\nGet-QLDBLedger @c -Name x");

        Assert.Equal(new[] { "Region", "EndpointUrl", "AccessKey" }, script.HashtableVariables["c"]);
        Assert.Equal(new[] { "c" }, script.Commands.Single().Splats);
    }

    [Fact]
    public void Follows_line_continuations_and_skips_comments()
    {
        var script = ExampleScript.Parse("# New-Nothing -Bogus\nNew-QLDBLedger -Name a `\n    -PermissionsMode STANDARD <# -Hidden #> -Wait # -Trailing");

        var call = script.Commands.Single();
        Assert.Equal("New-QLDBLedger", call.Name);
        Assert.Equal(new[] { "Name", "PermissionsMode", "Wait" }, call.Parameters);
    }

    [Fact]
    public void Finds_commands_in_subexpressions_assignments_and_statements()
    {
        var script = ExampleScript.Parse("$arn = (Get-QLDBLedger -Name orders).Arn; Add-QLDBResourceTag -ResourceArn $arn -Tag @{ a = 'b' }\n$all = Get-QLDBLedger\n'a', 'b' | New-QLDBLedger -PermissionsMode STANDARD");

        Assert.Equal(new[] { "Get-QLDBLedger", "Add-QLDBResourceTag", "Get-QLDBLedger", "New-QLDBLedger" }, Names(script));
        var pipeline = Assert.Single(script.Pipelines);
        Assert.Equal("New-QLDBLedger", Assert.Single(pipeline).Name);
    }

    [Fact]
    public void A_pipe_at_the_end_of_a_line_continues_the_pipeline()
    {
        var script = ExampleScript.Parse("Get-QLDBLedger |\n    Remove-QLDBLedger -Force");

        Assert.Equal(2, Assert.Single(script.Pipelines).Count);
    }

    [Fact]
    public void The_checker_reports_unknown_commands_parameters_and_splat_keys()
    {
        var checker = ExampleChecker.ForBuiltModule();

        Assert.Empty(checker.Problems("Get-QLDBLedger -Name a -LedgerName b -Verbose -ErrorAction Stop | Remove-QLDBLedger -Force -WhatIf -cf"));
        Assert.Contains("Get-QLDBLedger has no parameter -Nmae.", checker.Problems("Get-QLDBLedger -Nmae x"));
        Assert.Contains("'Get-QLDBLeger' is not a SecLake cmdlet or a known command.", checker.Problems("Get-QLDBLeger"));
        Assert.Contains("Get-QLDBLedger has no parameter -WhatIf.", checker.Problems("Get-QLDBLedger -WhatIf"));
        Assert.Contains("Get-QLDBLedger @c: Get-QLDBLedger has no parameter -Bogus.", checker.Problems("$c = @{ Region = 'x'; Bogus = 1 }\nGet-QLDBLedger @c"));
        Assert.Contains("Get-QLDBLedger @d: the example does not define $d as a hashtable.", checker.Problems("Get-QLDBLedger @d"));
        Assert.Empty(checker.Problems("SecLake\\New-QLDBLedger -Name a -PermissionsMode STANDARD"));
    }
}
