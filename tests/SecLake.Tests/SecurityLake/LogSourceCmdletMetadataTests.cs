using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The log-source cmdlets as PowerShell sees them (read from the built SecLake.dll): what they change and how, what
/// they write, and which properties of a CSV row or of another cmdlet's output bind to them.
/// </summary>
public sealed class LogSourceCmdletMetadataTests
{
    [Theory]
    [InlineData("New-SLAwsLogSource", true, "Medium")]
    [InlineData("New-SLCustomLogSource", true, "Medium")]
    [InlineData("Remove-SLAwsLogSource", true, "High")]
    [InlineData("Remove-SLCustomLogSource", true, "High")]
    [InlineData("Get-SLLogSource", false, "Medium")]
    [InlineData("Get-SLDataLakeSource", false, "Medium")]
    public void Changing_cmdlets_support_WhatIf_with_the_right_impact(string cmdlet, bool shouldProcess, string impact)
    {
        var metadata = CmdletMetadata.Get(cmdlet);
        Assert.Equal(shouldProcess, metadata.SupportsShouldProcess);
        if (shouldProcess) Assert.Equal(impact, metadata.ConfirmImpact);
    }

    [Theory]
    [InlineData("New-SLAwsLogSource", new[] { "SecLake.SecurityLake.AwsLogSource" })]
    [InlineData("New-SLCustomLogSource", new[] { "SecLake.SecurityLake.CustomLogSource" })]
    [InlineData("Get-SLLogSource", new[] { "SecLake.SecurityLake.LogSource" })]
    [InlineData("Get-SLDataLakeSource", new[] { "SecLake.SecurityLake.DataLakeSource" })]
    [InlineData("Remove-SLAwsLogSource", new string[0])]
    [InlineData("Remove-SLCustomLogSource", new string[0])]
    public void Output_types_are_declared(string cmdlet, string[] types) =>
        Assert.Equal(types, CmdletMetadata.Get(cmdlet).OutputTypes.OrderBy(t => t, StringComparer.Ordinal));

    /// <summary>A CSV header a person writes (Account, Accounts or AccountId) binds the account list.</summary>
    [Theory]
    [InlineData("New-SLAwsLogSource", "Account")]
    [InlineData("New-SLAwsLogSource", "Accounts")]
    [InlineData("Remove-SLAwsLogSource", "Account")]
    [InlineData("Get-SLLogSource", "Accounts")]
    [InlineData("Get-SLDataLakeSource", "Account")]
    public void An_account_column_of_a_CSV_binds_AccountId(string cmdlet, string column)
    {
        var parameter = CmdletMetadata.Get(cmdlet).Parameter("AccountId");
        Assert.True(parameter.FromPipelineByPropertyName);
        Assert.Contains(column, parameter.Aliases);
    }

    /// <summary>A source's properties name the parameters of the next cmdlet, so Get-SLLogSource output pipes on by name too.</summary>
    [Theory]
    [InlineData(typeof(AwsLogSource), "New-SLAwsLogSource", "SourceName")]
    [InlineData(typeof(AwsLogSource), "New-SLAwsLogSource", "DataLakeRegion")]
    [InlineData(typeof(AwsLogSource), "New-SLAwsLogSource", "AccountId")]
    [InlineData(typeof(AwsLogSource), "New-SLAwsLogSource", "SourceVersion")]
    [InlineData(typeof(DataLakeSource), "New-SLAwsLogSource", "DataLakeRegion")]
    [InlineData(typeof(DataLakeSource), "Get-SLLogSource", "AccountId")]
    [InlineData(typeof(CustomLogSource), "Remove-SLCustomLogSource", "SourceName")]
    [InlineData(typeof(CustomLogSource), "Remove-SLCustomLogSource", "SourceVersion")]
    public void Source_output_names_the_next_cmdlets_parameters(Type output, string cmdlet, string parameter)
    {
        var p = CmdletMetadata.Get(cmdlet).Parameter(parameter);
        Assert.True(p.FromPipelineByPropertyName);
        Assert.Contains(output.GetProperties().Select(x => x.Name), name => name == p.Name || p.Aliases.Contains(name));
    }

    /// <summary>
    /// The Remove cmdlets have no default parameter set: PowerShell would otherwise bind a piped source of the other
    /// kind to the by-name set through its SourceName, and remove an AWS source named like a custom one (or fail).
    /// </summary>
    [Theory]
    [InlineData("Remove-SLAwsLogSource")]
    [InlineData("Remove-SLCustomLogSource")]
    public void The_remove_cmdlets_take_a_piped_source_as_InputObject_with_no_default_set(string cmdlet)
    {
        var metadata = CmdletMetadata.Get(cmdlet);
        var attribute = metadata.Type.GetCustomAttributesData().Single(a => a.AttributeType.Name == "CmdletAttribute");
        Assert.DoesNotContain(attribute.NamedArguments, n => n.MemberName == "DefaultParameterSetName");
        Assert.Equal("InputObject", metadata.Parameter("InputObject").ParameterSet);
        Assert.Equal("ByName", metadata.Parameter("SourceName").ParameterSet);
    }

    [Theory]
    [InlineData("New-SLAwsLogSource", "SourceName")]
    [InlineData("New-SLAwsLogSource", "DataLakeRegion")]
    [InlineData("New-SLAwsLogSource", "AccountId")]
    [InlineData("Remove-SLAwsLogSource", "AccountId")]
    [InlineData("Get-SLLogSource", "CustomSourceName")]
    [InlineData("Get-SLDataLakeSource", "AccountId")]
    [InlineData("New-SLCustomLogSource", "EventClass")]
    public void List_parameters_split_comma_separated_text(string cmdlet, string parameter) =>
        Assert.Contains("SplitListAttribute", CmdletMetadata.Get(cmdlet).Type.GetProperty(parameter)!.GetCustomAttributesData().Select(a => a.AttributeType.Name));
}
