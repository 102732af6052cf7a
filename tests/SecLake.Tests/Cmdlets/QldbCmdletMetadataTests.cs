using SecLake.Tests.Support;
using SecLake.Tests.Validation;
using Xunit;

namespace SecLake.Tests.Cmdlets;

/// <summary>
/// The QLDB cmdlets' parameters as PowerShell binds them, read from the built SecLake.dll and checked against a table
/// whose limits come from the service model (so a model change shows up here).
/// </summary>
public class QldbCmdletMetadataTests
{
    private static readonly ServiceModel Model = ServiceModel.Qldb;
    private static string NameLength => $"ValidateLength({Model.Min("LedgerName")},{Model.Max("LedgerName")})";
    private static string NamePattern => $"ValidateModelPattern({ModelPattern.ToDotNet(Model.Pattern("LedgerName")!)},{SecLake.Qldb.QldbConstraints.LedgerNameRule})";
    private static string ArnLength => $"ValidateLength({Model.Min("Arn")},{Model.Max("Arn")})";
    private static string PermissionsSet => $"ValidateSet({string.Join(",", Model.Enum("PermissionsMode"))})";

    /// <summary>Each cmdlet's own parameters (the common AWS ones are checked once, below).</summary>
    public static TheoryData<string, string, string> OwnParameters => new()
    {
        { "New-QLDBLedger", "Name", $"System.String|M|P0|VFP|VFPBPN|{NameLength}|{NamePattern}" },
        { "New-QLDBLedger", "PermissionsMode", $"System.String|M|||VFPBPN|{PermissionsSet}" },
        { "New-QLDBLedger", "DeletionProtection", "System.Boolean||||VFPBPN" },
        { "New-QLDBLedger", "KmsKey", $"System.String||||VFPBPN|ValidateLength(0,{Model.Max("KmsKey")})" },
        { "New-QLDBLedger", "Tag", $"System.Collections.Hashtable|||||ValidateCount({Model.Min("Tags")},{Model.Max("Tags")})" },
        { "New-QLDBLedger", "Wait", "System.Management.Automation.SwitchParameter||||" },
        { "Get-QLDBLedger", "Name", "System.String[]||P0|VFP|VFPBPN" },
        { "Get-QLDBLedger", "Detailed", "System.Management.Automation.SwitchParameter||||" },
        { "Update-QLDBLedger", "Name", $"System.String|M|P0|VFP|VFPBPN|{NameLength}|{NamePattern}" },
        { "Update-QLDBLedger", "DeletionProtection", "System.Boolean||||VFPBPN" },
        { "Update-QLDBLedger", "KmsKey", $"System.String||||VFPBPN|ValidateLength(0,{Model.Max("KmsKey")})" },
        { "Update-QLDBLedger", "PermissionsMode", $"System.String||||VFPBPN|{PermissionsSet}" },
        { "Remove-QLDBLedger", "Name", $"System.String|M|P0|VFP|VFPBPN|{NameLength}|{NamePattern}" },
        { "Remove-QLDBLedger", "Force", "System.Management.Automation.SwitchParameter||||" },
        { "Remove-QLDBLedger", "DisableDeletionProtection", "System.Management.Automation.SwitchParameter||||" },
        { "Remove-QLDBLedger", "Wait", "System.Management.Automation.SwitchParameter||||" },
        { "Remove-QLDBLedger", "PassThru", "System.Management.Automation.SwitchParameter||||" },
        { "Wait-QLDBLedger", "Name", $"System.String|M|P0|VFP|VFPBPN|{NameLength}|{NamePattern}" },
        { "Wait-QLDBLedger", "State", $"System.String[]||P1|||ValidateSet({string.Join(",", Model.Enum("LedgerState"))})" },
        { "Wait-QLDBLedger", "PollIntervalSec", "System.Int32|||||ValidateRange(1,3600)" },
        { "Add-QLDBResourceTag", "ResourceArn", $"System.String|M|P0||VFPBPN|{ArnLength}" },
        { "Add-QLDBResourceTag", "Tag", $"System.Collections.Hashtable|M|P1|||ValidateCount(1,{Model.Max("Tags")})" },
        { "Add-QLDBResourceTag", "PassThru", "System.Management.Automation.SwitchParameter||||" },
        { "Get-QLDBResourceTag", "ResourceArn", $"System.String|M|P0|VFP|VFPBPN|{ArnLength}" },
        { "Remove-QLDBResourceTag", "ResourceArn", $"System.String|M|P0||VFPBPN|{ArnLength}" },
        { "Remove-QLDBResourceTag", "TagKey", $"System.String[]|M|P1||VFPBPN|ValidateCount(1,{Model.Max("TagKeyList")})|ValidateLength({Model.Min("TagKey")},{Model.Max("TagKey")})" },
        { "Remove-QLDBResourceTag", "Force", "System.Management.Automation.SwitchParameter||||" },
    };

    // -TimeoutSec and -ThrottleLimit are every cmdlet's (the base class's), like the connection parameters.
    private static readonly string[] CommonAwsParameters =
        { "AccessKey", "Credential", "EndpointUrl", "ProfileLocation", "ProfileName", "Region", "SecretKey", "SessionToken", "ThrottleLimit", "TimeoutSec" };

    [Theory]
    [MemberData(nameof(OwnParameters))]
    public void Parameter_binds_and_validates_as_specified(string cmdlet, string parameter, string expected)
    {
        Assert.Equal(expected, CmdletMetadata.Get(cmdlet).Parameter(parameter).ToString());
    }

    [Fact]
    public void Each_cmdlet_has_exactly_its_own_parameters_plus_the_common_AWS_ones()
    {
        var expected = OwnParameters.Select(r => ((string)r[0], (string)r[1])).GroupBy(r => r.Item1).ToDictionary(g => g.Key, g => g.Select(r => r.Item2).Concat(CommonAwsParameters).OrderBy(n => n).ToList());
        foreach (var (cmdlet, names) in expected)
            Assert.Equal(names, CmdletMetadata.Get(cmdlet).Parameters.Select(p => p.Name).ToList());
    }

    [Fact]
    public void The_common_AWS_parameters_match_AWS_Tools_names_and_aliases()
    {
        var parameters = CmdletMetadata.Get("New-QLDBLedger").Parameters.ToDictionary(p => p.Name);
        Assert.Equal(new[] { "StoredCredentials", "AWSProfileName" }, parameters["ProfileName"].Aliases);
        Assert.Equal(new[] { "AWSProfilesLocation", "ProfilesLocation" }, parameters["ProfileLocation"].Aliases);
        Assert.Equal(new[] { "AK" }, parameters["AccessKey"].Aliases);
        Assert.Equal(new[] { "SK", "SecretAccessKey" }, parameters["SecretKey"].Aliases);
        Assert.Equal(new[] { "ST" }, parameters["SessionToken"].Aliases);
        Assert.Equal("System.Object", parameters["Credential"].TypeName);
        Assert.Equal("RegionCompleter", parameters["Region"].Completer);
        Assert.Equal("System.Int32", parameters["ThrottleLimit"].TypeName);
        Assert.False(parameters["ThrottleLimit"].FromPipelineByPropertyName);
        Assert.Equal(new[] { "ValidateRange(1,64)" }, parameters["ThrottleLimit"].Validation);
        Assert.All(CommonAwsParameters, name => Assert.False(parameters[name].Mandatory));
    }

    [Theory]
    [InlineData("New-QLDBLedger", true, "Medium")]
    [InlineData("Update-QLDBLedger", true, "Medium")]
    [InlineData("Add-QLDBResourceTag", true, "Medium")]
    [InlineData("Remove-QLDBLedger", true, "High")]
    [InlineData("Remove-QLDBResourceTag", true, "High")]
    [InlineData("Get-QLDBLedger", false, "Medium")]
    [InlineData("Get-QLDBResourceTag", false, "Medium")]
    [InlineData("Wait-QLDBLedger", false, "Medium")]
    public void Changing_cmdlets_support_WhatIf_with_the_right_impact(string cmdlet, bool shouldProcess, string impact)
    {
        var metadata = CmdletMetadata.Get(cmdlet);
        Assert.Equal(shouldProcess, metadata.SupportsShouldProcess);
        if (shouldProcess) Assert.Equal(impact, metadata.ConfirmImpact);
    }

    [Fact]
    public void DeletionProtection_reads_text_like_a_PowerShell_user_means_it()
    {
        Assert.Contains("BoolArgumentTransformationAttribute", CmdletMetadata.Get("New-QLDBLedger").Parameter("DeletionProtection").OtherAttributes);
        Assert.Contains("SupportsWildcardsAttribute", CmdletMetadata.Get("Get-QLDBLedger").Parameter("Name").OtherAttributes);
    }

    [Theory]
    [InlineData("Get-QLDBLedger", "Name", "LedgerNameCompleter")]
    [InlineData("Update-QLDBLedger", "Name", "LedgerNameCompleter")]
    [InlineData("Remove-QLDBLedger", "Name", "LedgerNameCompleter")]
    [InlineData("Wait-QLDBLedger", "Name", "LedgerNameCompleter")]
    [InlineData("New-QLDBLedger", "KmsKey", "KmsKeyCompleter")]
    public void Live_and_value_completers_are_attached(string cmdlet, string parameter, string completer)
    {
        Assert.Equal(completer, CmdletMetadata.Get(cmdlet).Parameter(parameter).Completer);
    }

    [Theory]
    [InlineData("New-QLDBLedger", "SecLake.Qldb.QldbLedger")]
    [InlineData("Get-QLDBLedger", "SecLake.Qldb.QldbLedger")]
    [InlineData("Update-QLDBLedger", "SecLake.Qldb.QldbLedger")]
    [InlineData("Wait-QLDBLedger", "SecLake.Qldb.QldbLedger")]
    [InlineData("Get-QLDBResourceTag", "SecLake.ResourceTag")]
    public void Output_types_are_declared(string cmdlet, string type)
    {
        Assert.Contains(type, CmdletMetadata.Get(cmdlet).OutputTypes);
    }
}
