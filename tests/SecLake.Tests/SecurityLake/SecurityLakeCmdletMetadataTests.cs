using System.Text.Json;
using SecLake.SecurityLake;
using SecLake.Tests.Support;
using SecLake.Tests.Validation;
using Xunit;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The Security Lake cmdlets' parameters as PowerShell binds them, read from the built SecLake.dll and checked against
/// a table whose limits and patterns come from the GA model (documented ones from the preview model the documents describe).
/// </summary>
public sealed class SecurityLakeCmdletMetadataTests
{
    private static readonly ServiceModel Model = ServiceModel.SecurityLake;
    private static readonly JsonElement Preview = LoadPreview();

    private static JsonElement LoadPreview()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "models", "securitylake-2018-05-10-preview.service-2.json")));
        return doc.RootElement.GetProperty("shapes").Clone();
    }

    /// <summary>A model pattern as the cmdlets declare it: its .NET translation.</summary>
    private static string Translated(string? modelPattern) => ModelPattern.ToDotNet(modelPattern!);

    private static string Region => $"ValidateModelPattern({Translated(Model.Pattern("Region"))},{SecurityLakeConstraints.RegionRule})";
    private static string DocumentedArn => $"ValidateModelPattern({Translated(Preview.GetProperty("RoleArn").GetProperty("pattern").GetString())},{SecurityLakeConstraints.DocumentedArnRule})";
    private static string AccountId
    {
        get
        {
            var shape = Preview.GetProperty("AwsAccountId");
            return $"ValidateLength({shape.GetProperty("min")},{shape.GetProperty("max")})|ValidateModelPattern({Translated(shape.GetProperty("pattern").GetString())},{SecurityLakeConstraints.AccountIdRule})";
        }
    }

    private static string ExternalId => $"ValidateLength({Model.Min("ExternalId")},{Model.Max("ExternalId")})|ValidateModelPattern({Translated(Model.Pattern("ExternalId"))},{SecurityLakeConstraints.ExternalIdRule})";
    private static string CustomName => $"ValidateLength({Model.Min("CustomLogSourceName")},{Model.Max("CustomLogSourceName")})|ValidateModelPattern({Translated(Model.Pattern("CustomLogSourceName"))},{SecurityLakeConstraints.CustomLogSourceNameRule})";
    private static string Uuid => $"ValidateModelPattern({Translated(Model.Pattern("UUID"))},{SecurityLakeConstraints.UuidRule})";
    private static string Arn => $"ValidateLength({Model.Min("AmazonResourceName")},{Model.Max("AmazonResourceName")})|ValidateModelPattern({Translated(Model.Pattern("AmazonResourceName"))},{SecurityLakeConstraints.AmazonResourceNameRule})";
    private static string TagCount => $"ValidateCount(0,{Model.Max("TagList")})";

    /// <summary>The documented AWS source names, then the GA ones the documents did not have.</summary>
    private static string AwsSources
    {
        get
        {
            var documented = Preview.GetProperty("AwsLogSourceType").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();
            return $"ValidateSet({string.Join(",", documented.Concat(Model.Enum("AwsLogSourceName").Except(documented)))})";
        }
    }

    private static string AccessTypes => $"ValidateSet({string.Join(",", Model.Enum("AccessType"))})";

    private const string Switch = "System.Management.Automation.SwitchParameter||||";
    private const string Timeout = "System.Int32|||||ValidateRange(1,86400)";

    private static IEnumerable<(string, string)> DataLakeSettings() =>
    [
        ("Configuration", "System.Collections.Hashtable||||"),
        ("EncryptionKey", "System.String|||||ValidateNotNullOrEmpty()"),
        ("ReplicationDestinationRegion", $"System.String[]|||||{Region}"),
        ("ReplicationRoleArn", $"System.String|||||{DocumentedArn}"),
        ("RetentionSetting", "System.Collections.Hashtable[]||||"),
        ("Tag", $"System.Collections.Hashtable|||||{TagCount}"),
        ("MetaStoreManagerRoleArn", $"System.String|||||{DocumentedArn}"),
        ("Wait", Switch),
    ];

    /// <summary>New- and Remove-SLDataLakeOrganizationConfiguration: GA sources (no documented names: the documents have no such operation).</summary>
    private static IEnumerable<(string, string)> OrganizationConfiguration() =>
    [
        ("DataLakeRegion", $"System.String[]|M|P0||VFPBPN|{Region}|ValidateNotNullOrEmpty()"),
        ("SourceName", $"System.String[]||P1||VFPBPN|ValidateSet({string.Join(",", Model.Enum("AwsLogSourceName"))})"),
        ("SourceVersion", $"System.String||||VFPBPN|ValidateModelPattern({Translated(Model.Pattern("AwsLogSourceVersion"))},{SecurityLakeConstraints.AwsLogSourceVersionRule})"),
        ("Source", "System.Object[]||||VFPBPN"),
        ("AutoEnableNewAccount", "System.Object[]|M||||ValidateNotNullOrEmpty()"),
    ];

    // ---- log sources ----
    private static string AwsAccount => $"ValidateLength({Model.Min("AwsAccountId")},{Model.Max("AwsAccountId")})|ValidateModelPattern({Translated(Model.Pattern("AwsAccountId"))},{SecurityLakeConstraints.AwsAccountIdRule})";
    private static string AwsVersion => $"ValidateModelPattern({Translated(Model.Pattern("AwsLogSourceVersion"))},{SecurityLakeConstraints.AwsLogSourceVersionRule})";
    private static string CustomVersion => $"ValidateLength({Model.Min("CustomLogSourceVersion")},{Model.Max("CustomLogSourceVersion")})|ValidateModelPattern({Translated(Model.Pattern("CustomLogSourceVersion"))},{SecurityLakeConstraints.CustomLogSourceVersionRule})";

    /// <summary>New- and Remove-SLAwsLogSource by name: GA AwsLogSourceConfiguration, every member bindable from a CSV row.</summary>
    private static IEnumerable<(string, string)> AwsLogSourceConfiguration() =>
    [
        ("SourceName", $"System.String[]|M|P0||VFPBPN|ValidateNotNullOrEmpty()|{AwsSources}"),
        ("DataLakeRegion", $"System.String[]|M|||VFPBPN|{Region}|ValidateNotNullOrEmpty()"),
        ("AccountId", $"System.String[]||||VFPBPN|{AwsAccount}"),
        ("SourceVersion", $"System.String||||VFPBPN|{AwsVersion}"),
    ];

    /// <summary>Each cmdlet's own parameters (the common AWS ones come from the shared base).</summary>
    public static TheoryData<string, string, string> OwnParameters
    {
        get
        {
            var rows = new TheoryData<string, string, string>
            {
                { "New-SLDataLake", "DataLakeRegion", $"System.String[]|M|P0|||{Region}|ValidateNotNullOrEmpty()" },
                { "New-SLDataLake", "EnableAll", "System.Management.Automation.SwitchParameter|M|||" },
                { "Update-SLDataLake", "DataLakeRegion", $"System.String[]|M|P0||VFPBPN|{Region}|ValidateNotNullOrEmpty()" },
                { "Get-SLDataLake", "DataLakeRegion", $"System.String[]||P0|VFP|VFPBPN|{Region}" },
                { "Remove-SLDataLake", "DataLakeRegion", $"System.String[]|M|P0|VFP|VFPBPN|{Region}|ValidateNotNullOrEmpty()" },
                { "Remove-SLDataLake", "Force", Switch },

                { "New-SLSubscriber", "AccountId", $"System.String|M|||VFPBPN|{AccountId}" },
                { "New-SLSubscriber", "ExternalId", $"System.String|M|||VFPBPN|{ExternalId}" },
                { "New-SLSubscriber", "AwsSourceType", $"System.String[]||||VFPBPN|{AwsSources}" },
                { "New-SLSubscriber", "CustomSourceType", $"System.String[]||||VFPBPN|{CustomName}" },
                { "New-SLSubscriber", "SourceType", "System.Object[]||||VFPBPN" },
                { "New-SLSubscriber", "AccessType", $"System.String[]||||VFPBPN|{AccessTypes}" },
                { "New-SLSubscriber", "SubscriberName", $"System.String|M|||VFPBPN|ValidateLength({Model.Min("CreateSubscriberRequestSubscriberNameString")},{Model.Max("CreateSubscriberRequestSubscriberNameString")})" },
                { "New-SLSubscriber", "SubscriberDescription", $"System.String||||VFPBPN|ValidateModelPattern({Translated(Model.Pattern("DescriptionString"))},{SecurityLakeConstraints.DescriptionRule})" },
                { "New-SLSubscriber", "Tag", $"System.Collections.Hashtable||||VFPBPN|{TagCount}" },
                { "Get-SLSubscriber", "SubscriptionId", $"System.String[]||P0|VFP|VFPBPN|{Uuid}" },
                { "Update-SLSubscriber", "SubscriptionId", $"System.String|M|P0|VFP|VFPBPN|{Uuid}" },
                { "Update-SLSubscriber", "AccountId", $"System.String|||||{AccountId}" },
                { "Update-SLSubscriber", "ExternalId", $"System.String|||||{ExternalId}" },
                { "Update-SLSubscriber", "AwsSourceType", $"System.String[]|||||{AwsSources}" },
                { "Update-SLSubscriber", "CustomSourceType", $"System.String[]|||||{CustomName}" },
                { "Update-SLSubscriber", "SourceType", "System.Object[]||||" },
                { "Update-SLSubscriber", "SubscriberName", $"System.String|||||ValidateLength({Model.Min("UpdateSubscriberRequestSubscriberNameString")},{Model.Max("UpdateSubscriberRequestSubscriberNameString")})|ValidateModelPattern({Translated(Model.Pattern("UpdateSubscriberRequestSubscriberNameString"))},{SecurityLakeConstraints.SafeStringRule})" },
                { "Update-SLSubscriber", "SubscriberDescription", $"System.String|||||ValidateModelPattern({Translated(Model.Pattern("DescriptionString"))},{SecurityLakeConstraints.DescriptionRule})" },
                { "Remove-SLSubscriber", "SubscriptionId", $"System.String|M|P0|VFP|VFPBPN|{Uuid}" },
                { "Remove-SLSubscriber", "SubscriberName", "System.String||||VFPBPN" },
                { "Remove-SLSubscriber", "Force", Switch },

                { "Add-SLResourceTag", "ResourceArn", $"System.String|M|P0||VFPBPN|{Arn}" },
                { "Add-SLResourceTag", "Tag", $"System.Collections.Hashtable|M|P1|||ValidateCount(1,{Model.Max("TagList")})" },
                { "Add-SLResourceTag", "PassThru", Switch },
                { "Get-SLResourceTag", "ResourceArn", $"System.String|M|P0|VFP|VFPBPN|{Arn}" },
                { "Remove-SLResourceTag", "ResourceArn", $"System.String|M|P0||VFPBPN|{Arn}" },
                { "Remove-SLResourceTag", "TagKey", $"System.String[]|M|P1||VFPBPN|ValidateCount(1,{Model.Max("TagKeyList")})|ValidateLength({Model.Min("TagKey")},{Model.Max("TagKey")})" },
                { "Remove-SLResourceTag", "Force", Switch },
            };
            foreach (var cmdlet in new[] { "New-SLDataLake", "Update-SLDataLake" })
                foreach (var (name, expected) in DataLakeSettings()) rows.Add(cmdlet, name, expected);

            // ---- organization ----
            foreach (var cmdlet in new[] { "New-SLDataLakeOrganizationConfiguration", "Remove-SLDataLakeOrganizationConfiguration" })
                foreach (var (name, expected) in OrganizationConfiguration()) rows.Add(cmdlet, name, expected);
            rows.Add("New-SLDataLakeOrganizationConfiguration", "PassThru", Switch);
            rows.Add("Remove-SLDataLakeOrganizationConfiguration", "Force", Switch);
            rows.Add("Get-SLDataLakeOrganizationConfiguration", "DataLakeRegion", $"System.String[]||P0|VFP|VFPBPN|{Region}");
            rows.Add("Register-SLDataLakeDelegatedAdministrator", "AccountId", $"System.String|M|P0|VFP|VFPBPN|{AccountId}");
            rows.Add("Register-SLDataLakeDelegatedAdministrator", "Force", Switch);
            rows.Add("Unregister-SLDataLakeDelegatedAdministrator", "Force", Switch);
            // ---- log sources ----
            foreach (var cmdlet in new[] { "New-SLAwsLogSource", "Remove-SLAwsLogSource" })
                foreach (var (name, expected) in AwsLogSourceConfiguration()) rows.Add(cmdlet, name, expected);
            rows.Add("Remove-SLAwsLogSource", "InputObject", "SecLake.SecurityLake.LogSource|M||VFP|");
            rows.Add("Remove-SLAwsLogSource", "Force", Switch);
            rows.Add("Get-SLLogSource", "AccountId", $"System.String[]||||VFPBPN|{AwsAccount}");
            rows.Add("Get-SLLogSource", "DataLakeRegion", $"System.String[]||||VFPBPN|{Region}");
            rows.Add("Get-SLLogSource", "SourceName", $"System.String[]||P0|||{AwsSources}");
            rows.Add("Get-SLLogSource", "CustomSourceName", $"System.String[]|||||{CustomName}");
            rows.Add("Get-SLLogSource", "SourceVersion", $"System.String|||||{CustomVersion}");
            rows.Add("New-SLCustomLogSource", "SourceName", $"System.String|M|P0||VFPBPN|{CustomName}");
            rows.Add("New-SLCustomLogSource", "SourceVersion", $"System.String||||VFPBPN|{CustomVersion}");
            rows.Add("New-SLCustomLogSource", "EventClass", $"System.String[]||||VFPBPN|ValidateModelPattern({Translated(Model.Pattern("OcsfEventClass"))},{SecurityLakeConstraints.OcsfEventClassRule})");
            rows.Add("New-SLCustomLogSource", "CrawlerRoleArn", $"System.String|M|||VFPBPN|ValidateModelPattern({Translated(Model.Pattern("RoleArn"))},{SecurityLakeConstraints.RoleArnRule})");
            rows.Add("New-SLCustomLogSource", "ProviderPrincipal", $"System.String|M|||VFPBPN|ValidateModelPattern({Translated(Model.Pattern("AwsPrincipal"))},{SecurityLakeConstraints.AwsPrincipalRule})");
            rows.Add("New-SLCustomLogSource", "ExternalId", $"System.String|M|||VFPBPN|{ExternalId}");
            rows.Add("Remove-SLCustomLogSource", "SourceName", $"System.String|M|P0|VFP|VFPBPN|{CustomName}");
            rows.Add("Remove-SLCustomLogSource", "SourceVersion", $"System.String||||VFPBPN|{CustomVersion}");
            rows.Add("Remove-SLCustomLogSource", "InputObject", "SecLake.SecurityLake.LogSource|M||VFP|");
            rows.Add("Remove-SLCustomLogSource", "Force", Switch);
            rows.Add("Get-SLDataLakeSource", "AccountId", $"System.String[]||P0||VFPBPN|{AwsAccount}");
            foreach (var (cmdlet, name, expected) in NotificationParameters()) rows.Add(cmdlet, name, expected);
            return rows;
        }
    }

    // ---- subscriber notifications and data lake exceptions ----

    private static string SafeString => $"ValidateModelPattern({Translated(Model.Pattern("SafeString"))},{SecurityLakeConstraints.SafeStringRule})";

    /// <summary>The notification cmdlets' own parameters: the union's two sets, the exception subscription's members, the list's Regions and page size.</summary>
    private static IEnumerable<(string, string, string)> NotificationParameters()
    {
        foreach (var cmdlet in new[] { "New-SLSubscriberNotification", "Update-SLSubscriberNotification" })
        {
            yield return (cmdlet, "SubscriptionId", $"System.String|M|P0|VFP|VFPBPN|{Uuid}");
            // Hidden: the name of a piped subscriber, which only labels the prompt.
            yield return (cmdlet, "SubscriberName", "System.String||||VFPBPN");
            yield return (cmdlet, "SqsQueue", Switch);
            yield return (cmdlet, "HttpsEndpoint", $"System.String|M||||ValidateModelPattern({Translated(Model.Pattern("HttpsNotificationConfigurationEndpointString"))},{SecurityLakeConstraints.HttpsNotificationEndpointRule})");
            yield return (cmdlet, "TargetRoleArn", $"System.String|M||||ValidateModelPattern({Translated(Model.Pattern("RoleArn"))},{SecurityLakeConstraints.RoleArnRule})");
            yield return (cmdlet, "AuthorizationApiKeyName", "System.String||||");
            yield return (cmdlet, "AuthorizationApiKeyValue", "System.Security.SecureString||||");
            yield return (cmdlet, "HttpMethod", $"System.String|||||ValidateSet({string.Join(",", Model.Enum("HttpMethod"))})");
        }
        yield return ("Remove-SLSubscriberNotification", "SubscriptionId", $"System.String|M|P0|VFP|VFPBPN|{Uuid}");
        yield return ("Remove-SLSubscriberNotification", "SubscriberName", "System.String||||VFPBPN");
        yield return ("Remove-SLSubscriberNotification", "Force", Switch);
        foreach (var cmdlet in new[] { "New-SLDataLakeExceptionSubscription", "Update-SLDataLakeExceptionSubscription" })
        {
            yield return (cmdlet, "NotificationEndpoint", $"System.String|M|P0||VFPBPN|{SafeString}");
            yield return (cmdlet, "SubscriptionProtocol", $"System.String|M|P1||VFPBPN|ValidateModelPattern({Translated(Model.Pattern("SubscriptionProtocol"))},{SecurityLakeConstraints.SubscriptionProtocolRule})");
            // The minimum is checked by the core before any request: a ValidateRange would refuse the $null a piped subscription without one binds.
            yield return (cmdlet, "ExceptionTimeToLive", $"{typeof(long?).FullName}||||VFPBPN");
        }
        yield return ("Remove-SLDataLakeExceptionSubscription", "InputObject", $"{typeof(DataLakeExceptionSubscription).FullName}|||VFP|");
        yield return ("Remove-SLDataLakeExceptionSubscription", "Force", Switch);
        yield return ("Get-SLDataLakeException", "DataLakeRegion", $"System.String[]||P0|VFP|VFPBPN|{Region}");
        yield return ("Get-SLDataLakeException", "PageSize", $"{typeof(int?).FullName}|||||ValidateRange({Model.Min("MaxResults")},{Model.Max("MaxResults")})");
    }

    private static readonly string[] NotificationCmdlets =
    [
        "Get-SLDataLakeException", "Get-SLDataLakeExceptionSubscription", "New-SLDataLakeExceptionSubscription", "New-SLSubscriberNotification",
        "Remove-SLDataLakeExceptionSubscription", "Remove-SLSubscriberNotification", "Update-SLDataLakeExceptionSubscription", "Update-SLSubscriberNotification",
    ];

    // -TimeoutSec and -ThrottleLimit are every cmdlet's (the base class's), like the connection parameters.
    private static readonly string[] CommonAwsParameters =
        { "AccessKey", "Credential", "EndpointUrl", "ProfileLocation", "ProfileName", "Region", "SecretKey", "SessionToken", "ThrottleLimit", "TimeoutSec" };

    private static IEnumerable<CmdletMetadata> SecurityLakeCmdlets => CmdletMetadata.All.Where(c => c.Name.Contains("-SL"));

    [Fact]
    public void Every_cmdlet_of_both_services_takes_TimeoutSec_from_1_to_86400_seconds() =>
        Assert.All(CmdletMetadata.All, c => Assert.Equal(Timeout, c.Parameter("TimeoutSec").ToString()));

    [Theory]
    [MemberData(nameof(OwnParameters))]
    public void Parameter_binds_and_validates_as_specified(string cmdlet, string parameter, string expected) =>
        Assert.Equal(expected, CmdletMetadata.Get(cmdlet).Parameter(parameter).ToString());

    [Fact]
    public void The_Security_Lake_cmdlets_are_the_ones_issue_4_lists_and_issue_13s_notifications()
    {
        Assert.Equal(
            ["Add-SLResourceTag", "Get-SLDataLake", "Get-SLResourceTag", "Get-SLSubscriber", "New-SLDataLake", "New-SLSubscriber",
             "Remove-SLDataLake", "Remove-SLResourceTag", "Remove-SLSubscriber", "Update-SLDataLake", "Update-SLSubscriber"],
            SecurityLakeCmdlets.Select(c => c.Name).Except(Issue13Cmdlets).Except(NotificationCmdlets));
        string[] issue4 =
        [
            "Add-SLResourceTag", "Get-SLDataLake", "Get-SLResourceTag", "Get-SLSubscriber", "New-SLDataLake", "New-SLSubscriber",
            "Remove-SLDataLake", "Remove-SLResourceTag", "Remove-SLSubscriber", "Update-SLDataLake", "Update-SLSubscriber",
        ];
        Assert.Equal(issue4.Concat(NotificationCmdlets).Concat(Issue13Cmdlets).Order(StringComparer.Ordinal), SecurityLakeCmdlets.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>Issue 13's cmdlets, each group checked by its own tests (this list grows as they merge).</summary>
    private static readonly string[] Issue13Cmdlets =
    [
        // ---- organization ----
        "Get-SLDataLakeOrganizationConfiguration", "New-SLDataLakeOrganizationConfiguration", "Register-SLDataLakeDelegatedAdministrator",
        "Remove-SLDataLakeOrganizationConfiguration", "Unregister-SLDataLakeDelegatedAdministrator",
        // ---- log sources ----
        "Get-SLDataLakeSource", "Get-SLLogSource", "New-SLAwsLogSource", "New-SLCustomLogSource", "Remove-SLAwsLogSource", "Remove-SLCustomLogSource",
    ];

    [Fact]
    public void Each_cmdlet_has_exactly_its_own_parameters_plus_the_common_AWS_ones()
    {
        var expected = OwnParameters.Select(r => ((string)r[0], (string)r[1])).GroupBy(r => r.Item1)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Item2).Concat(CommonAwsParameters).OrderBy(n => n).ToList());
        // GetDataLakeExceptionSubscription has no input: the cmdlet has the common AWS parameters only.
        expected["Get-SLDataLakeExceptionSubscription"] = CommonAwsParameters.OrderBy(n => n).ToList();
        Assert.Equal(SecurityLakeCmdlets.Select(c => c.Name).OrderBy(n => n), expected.Keys.OrderBy(n => n));
        foreach (var (cmdlet, names) in expected)
            Assert.Equal(names, CmdletMetadata.Get(cmdlet).Parameters.Select(p => p.Name).ToList());
    }

    [Fact]
    public void Every_New_SLSubscriber_parameter_binds_by_property_name_so_a_CSV_can_drive_it()
    {
        var own = CmdletMetadata.Get("New-SLSubscriber").Parameters.Where(p => !CommonAwsParameters.Contains(p.Name)).ToList();
        Assert.Equal(9, own.Count);
        Assert.All(own, p => Assert.True(p.FromPipelineByPropertyName, p.Name));
    }

    [Theory]
    [InlineData("New-SLSubscriber", "AwsSourceType")]
    [InlineData("New-SLSubscriber", "CustomSourceType")]
    [InlineData("New-SLSubscriber", "AccessType")]
    [InlineData("Update-SLSubscriber", "AwsSourceType")]
    [InlineData("Update-SLSubscriber", "CustomSourceType")]
    [InlineData("New-SLDataLakeOrganizationConfiguration", "DataLakeRegion")]
    [InlineData("New-SLDataLakeOrganizationConfiguration", "SourceName")]
    [InlineData("Remove-SLDataLakeOrganizationConfiguration", "SourceName")]
    public void List_parameters_split_comma_separated_text(string cmdlet, string parameter) =>
        Assert.Contains("SplitListAttribute", Attributes(cmdlet, parameter));

    [Theory]
    [InlineData("New-SLSubscriber")]
    [InlineData("Update-SLSubscriber")]
    public void A_subscriber_name_may_be_empty_as_the_model_allows(string cmdlet) =>
        Assert.Contains("AllowEmptyStringAttribute", Attributes(cmdlet, "SubscriberName"));

    [Fact]
    public void The_AwsSourceType_set_is_the_cores()
    {
        var set = CmdletMetadata.Get("New-SLSubscriber").Parameter("AwsSourceType").Validation.Single();
        Assert.Equal($"ValidateSet({string.Join(",", SecurityLakeConstraints.AcceptedAwsSourceTypes)})", set);
    }

    [Fact]
    public void New_SLDataLake_takes_Regions_or_EnableAll_not_both()
    {
        var metadata = CmdletMetadata.Get("New-SLDataLake");
        Assert.Equal("Regions", metadata.Parameter("DataLakeRegion").ParameterSet);
        Assert.Equal("EnableAll", metadata.Parameter("EnableAll").ParameterSet);
        var cmdlet = metadata.Type.GetCustomAttributesData().Single(a => a.AttributeType.Name == "CmdletAttribute");
        Assert.Equal("Regions", cmdlet.NamedArguments.Single(n => n.MemberName == "DefaultParameterSetName").TypedValue.Value);
    }

    [Theory]
    [InlineData("New-SLDataLake", "DataLakeRegion", "Regions")]
    [InlineData("Update-SLDataLake", "RetentionSetting", "RetentionSettings")]
    [InlineData("New-SLDataLake", "ReplicationDestinationRegion", "ReplicationDestinationRegions")]
    [InlineData("New-SLDataLake", "Tag", "TagsMap")]
    [InlineData("New-SLSubscriber", "SourceType", "SourceTypes")]
    [InlineData("New-SLSubscriber", "AccessType", "AccessTypes")]
    [InlineData("Get-SLSubscriber", "SubscriptionId", "SubscriberId")]
    [InlineData("Add-SLResourceTag", "ResourceArn", "DataLakeArn")]
    [InlineData("Get-SLResourceTag", "ResourceArn", "SubscriberArn")]
    public void Documented_member_names_work_as_aliases(string cmdlet, string parameter, string alias) =>
        Assert.Contains(alias, CmdletMetadata.Get(cmdlet).Parameter(parameter).Aliases);

    /// <summary>Get output piped into the next cmdlet binds its key by property name: the output type has the parameter's name or an alias.</summary>
    [Theory]
    [InlineData(typeof(DataLake), "Update-SLDataLake", "DataLakeRegion")]
    [InlineData(typeof(DataLake), "Remove-SLDataLake", "DataLakeRegion")]
    [InlineData(typeof(DataLake), "Get-SLResourceTag", "ResourceArn")]
    [InlineData(typeof(Subscriber), "Update-SLSubscriber", "SubscriptionId")]
    [InlineData(typeof(Subscriber), "Remove-SLSubscriber", "SubscriptionId")]
    [InlineData(typeof(Subscriber), "Add-SLResourceTag", "ResourceArn")]
    [InlineData(typeof(Subscriber), "Remove-SLResourceTag", "ResourceArn")]
    [InlineData(typeof(DataLakeOrganizationConfiguration), "Remove-SLDataLakeOrganizationConfiguration", "DataLakeRegion")]
    [InlineData(typeof(DataLakeOrganizationConfiguration), "Remove-SLDataLakeOrganizationConfiguration", "Source")]
    [InlineData(typeof(DataLakeOrganizationConfiguration), "New-SLDataLakeOrganizationConfiguration", "DataLakeRegion")]
    [InlineData(typeof(DataLakeOrganizationConfiguration), "New-SLDataLakeOrganizationConfiguration", "Source")]
    [InlineData(typeof(DataLake), "Get-SLDataLakeOrganizationConfiguration", "DataLakeRegion")]
    [InlineData(typeof(DataLake), "New-SLDataLakeOrganizationConfiguration", "DataLakeRegion")]
    [InlineData(typeof(Subscriber), "New-SLSubscriberNotification", "SubscriptionId")]
    [InlineData(typeof(Subscriber), "Update-SLSubscriberNotification", "SubscriptionId")]
    [InlineData(typeof(Subscriber), "Remove-SLSubscriberNotification", "SubscriptionId")]
    [InlineData(typeof(Subscriber), "New-SLSubscriberNotification", "Region")]
    [InlineData(typeof(SubscriberNotification), "Update-SLSubscriberNotification", "SubscriptionId")]
    [InlineData(typeof(SubscriberNotification), "Remove-SLSubscriberNotification", "SubscriptionId")]
    [InlineData(typeof(SubscriberNotification), "Remove-SLSubscriberNotification", "Region")]
    [InlineData(typeof(DataLake), "Get-SLDataLakeException", "DataLakeRegion")]
    [InlineData(typeof(DataLakeExceptionSubscription), "Update-SLDataLakeExceptionSubscription", "NotificationEndpoint")]
    [InlineData(typeof(DataLakeExceptionSubscription), "Update-SLDataLakeExceptionSubscription", "SubscriptionProtocol")]
    [InlineData(typeof(DataLakeExceptionSubscription), "Update-SLDataLakeExceptionSubscription", "ExceptionTimeToLive")]
    [InlineData(typeof(DataLakeExceptionSubscription), "New-SLDataLakeExceptionSubscription", "NotificationEndpoint")]
    [InlineData(typeof(DataLakeExceptionSubscription), "Remove-SLDataLakeExceptionSubscription", "Region")]
    public void Get_output_pipes_into_the_next_cmdlet(Type output, string cmdlet, string parameter)
    {
        var p = CmdletMetadata.Get(cmdlet).Parameter(parameter);
        Assert.True(p.FromPipelineByPropertyName);
        Assert.Contains(output.GetProperties().Select(x => x.Name), name => name == p.Name || p.Aliases.Contains(name));
    }

    [Theory]
    [InlineData("New-SLDataLake", true, "Medium")]
    [InlineData("Update-SLDataLake", true, "Medium")]
    [InlineData("New-SLSubscriber", true, "Medium")]
    [InlineData("Update-SLSubscriber", true, "Medium")]
    [InlineData("Add-SLResourceTag", true, "Medium")]
    [InlineData("Remove-SLDataLake", true, "High")]
    [InlineData("Remove-SLSubscriber", true, "High")]
    [InlineData("Remove-SLResourceTag", true, "High")]
    [InlineData("Get-SLDataLake", false, "Medium")]
    [InlineData("Get-SLSubscriber", false, "Medium")]
    [InlineData("Get-SLResourceTag", false, "Medium")]
    [InlineData("New-SLDataLakeOrganizationConfiguration", true, "Medium")]
    [InlineData("Remove-SLDataLakeOrganizationConfiguration", true, "High")]
    [InlineData("Register-SLDataLakeDelegatedAdministrator", true, "High")]
    [InlineData("Unregister-SLDataLakeDelegatedAdministrator", true, "High")]
    [InlineData("Get-SLDataLakeOrganizationConfiguration", false, "Medium")]
    [InlineData("New-SLSubscriberNotification", true, "Medium")]
    [InlineData("Update-SLSubscriberNotification", true, "Medium")]
    [InlineData("Remove-SLSubscriberNotification", true, "High")]
    [InlineData("New-SLDataLakeExceptionSubscription", true, "Medium")]
    [InlineData("Update-SLDataLakeExceptionSubscription", true, "Medium")]
    [InlineData("Remove-SLDataLakeExceptionSubscription", true, "High")]
    [InlineData("Get-SLDataLakeExceptionSubscription", false, "Medium")]
    [InlineData("Get-SLDataLakeException", false, "Medium")]
    public void Changing_cmdlets_support_WhatIf_with_the_right_impact(string cmdlet, bool shouldProcess, string impact)
    {
        var metadata = CmdletMetadata.Get(cmdlet);
        Assert.Equal(shouldProcess, metadata.SupportsShouldProcess);
        if (shouldProcess) Assert.Equal(impact, metadata.ConfirmImpact);
    }

    [Theory]
    [InlineData("New-SLDataLake", "SecLake.SecurityLake.DataLake")]
    [InlineData("Get-SLDataLake", "SecLake.SecurityLake.DataLake")]
    [InlineData("Update-SLDataLake", "SecLake.SecurityLake.DataLake")]
    [InlineData("New-SLSubscriber", "SecLake.SecurityLake.Subscriber")]
    [InlineData("Get-SLSubscriber", "SecLake.SecurityLake.Subscriber")]
    [InlineData("Update-SLSubscriber", "SecLake.SecurityLake.Subscriber")]
    [InlineData("Add-SLResourceTag", "SecLake.ResourceTag")]
    [InlineData("Get-SLResourceTag", "SecLake.ResourceTag")]
    [InlineData("New-SLDataLakeOrganizationConfiguration", "SecLake.SecurityLake.DataLakeOrganizationConfiguration")]
    [InlineData("Get-SLDataLakeOrganizationConfiguration", "SecLake.SecurityLake.DataLakeOrganizationConfiguration")]
    [InlineData("New-SLSubscriberNotification", "SecLake.SecurityLake.SubscriberNotification")]
    [InlineData("Update-SLSubscriberNotification", "SecLake.SecurityLake.SubscriberNotification")]
    [InlineData("New-SLDataLakeExceptionSubscription", "SecLake.SecurityLake.DataLakeExceptionSubscription")]
    [InlineData("Get-SLDataLakeExceptionSubscription", "SecLake.SecurityLake.DataLakeExceptionSubscription")]
    [InlineData("Update-SLDataLakeExceptionSubscription", "SecLake.SecurityLake.DataLakeExceptionSubscription")]
    [InlineData("Get-SLDataLakeException", "SecLake.SecurityLake.DataLakeExceptionInfo")]
    public void Output_types_are_declared(string cmdlet, string type) =>
        Assert.Contains(type, CmdletMetadata.Get(cmdlet).OutputTypes);

    [Theory]
    [InlineData("New-SLDataLake", "DataLakeRegion")]
    [InlineData("Get-SLDataLake", "DataLakeRegion")]
    [InlineData("Update-SLDataLake", "ReplicationDestinationRegion")]
    [InlineData("Remove-SLDataLake", "DataLakeRegion")]
    [InlineData("New-SLDataLakeOrganizationConfiguration", "DataLakeRegion")]
    [InlineData("Get-SLDataLakeOrganizationConfiguration", "DataLakeRegion")]
    [InlineData("Remove-SLDataLakeOrganizationConfiguration", "DataLakeRegion")]
    [InlineData("Get-SLDataLakeException", "DataLakeRegion")]
    public void Region_lists_complete_Security_Lake_Regions(string cmdlet, string parameter) =>
        Assert.Equal("RegionCompleter", CmdletMetadata.Get(cmdlet).Parameter(parameter).Completer);

    [Theory]
    [InlineData("New-SLSubscriberNotification")]
    [InlineData("Update-SLSubscriberNotification")]
    public void The_notification_union_is_two_parameter_sets_SqsQueue_by_default(string cmdlet)
    {
        var metadata = CmdletMetadata.Get(cmdlet);
        Assert.Equal("SqsQueue", metadata.Parameter("SqsQueue").ParameterSet);
        Assert.All(new[] { "HttpsEndpoint", "TargetRoleArn", "AuthorizationApiKeyName", "AuthorizationApiKeyValue", "HttpMethod" },
            p => Assert.Equal("HttpsEndpoint", metadata.Parameter(p).ParameterSet));
        Assert.Equal("__AllParameterSets", metadata.Parameter("SubscriptionId").ParameterSet);
        var attribute = metadata.Type.GetCustomAttributesData().Single(a => a.AttributeType.Name == "CmdletAttribute");
        Assert.Equal("SqsQueue", attribute.NamedArguments.Single(n => n.MemberName == "DefaultParameterSetName").TypedValue.Value);
    }

    [Theory]
    [InlineData("New-SLSubscriberNotification")]
    [InlineData("Update-SLSubscriberNotification")]
    public void The_api_key_value_is_a_SecureString_that_also_takes_text(string cmdlet) =>
        Assert.Contains("SecretValueAttribute", Attributes(cmdlet, "AuthorizationApiKeyValue"));

    [Theory]
    [InlineData("New-SLSubscriberNotification", "SqsQueue", "CreateSqs")]
    [InlineData("New-SLSubscriberNotification", "HttpsEndpoint", "SubscriptionEndpoint")]
    [InlineData("New-SLSubscriberNotification", "TargetRoleArn", "RoleArn")]
    [InlineData("New-SLSubscriberNotification", "AuthorizationApiKeyName", "HttpsApiKeyName")]
    [InlineData("Update-SLSubscriberNotification", "AuthorizationApiKeyValue", "HttpsApiKeyValue")]
    [InlineData("Update-SLSubscriberNotification", "HttpMethod", "HttpsMethod")]
    [InlineData("Remove-SLSubscriberNotification", "SubscriptionId", "SubscriberId")]
    [InlineData("Get-SLDataLakeException", "DataLakeRegion", "Regions")]
    public void Documented_notification_names_work_as_aliases(string cmdlet, string parameter, string alias) =>
        Assert.Contains(alias, CmdletMetadata.Get(cmdlet).Parameter(parameter).Aliases);

    private static IEnumerable<string> Attributes(string cmdlet, string parameter) =>
        CmdletMetadata.Get(cmdlet).Type.GetProperty(parameter)!.GetCustomAttributesData().Select(a => a.AttributeType.Name);

    // ---- organization ----

    [Theory]
    [InlineData("New-SLDataLakeOrganizationConfiguration")]
    [InlineData("Remove-SLDataLakeOrganizationConfiguration")]
    public void The_organization_configuration_is_given_for_all_Regions_or_Region_by_Region_not_both(string name)
    {
        var metadata = CmdletMetadata.Get(name);
        Assert.All(["DataLakeRegion", "SourceName", "SourceVersion", "Source"], p => Assert.Equal("Regions", metadata.Parameter(p).ParameterSet));
        Assert.Equal("AutoEnableNewAccount", metadata.Parameter("AutoEnableNewAccount").ParameterSet);
        var cmdlet = metadata.Type.GetCustomAttributesData().Single(a => a.AttributeType.Name == "CmdletAttribute");
        Assert.Equal("Regions", cmdlet.NamedArguments.Single(n => n.MemberName == "DefaultParameterSetName").TypedValue.Value);
    }

    [Fact]
    public void The_SourceName_set_is_the_GA_enum_without_the_documented_CLOUD_TRAIL()
    {
        var set = CmdletMetadata.Get("New-SLDataLakeOrganizationConfiguration").Parameter("SourceName").Validation.Single();
        Assert.Equal($"ValidateSet({string.Join(",", SecurityLakeConstraints.AwsLogSourceNames)})", set);
        Assert.DoesNotContain("CLOUD_TRAIL,", set);
    }

    [Fact]
    public void Every_account_ID_Register_accepts_is_a_SafeString_as_the_GA_model_types_it()
    {
        // Binding allows 12 ASCII digits only; the GA member is a SafeString, whose set contains every digit.
        Assert.Matches(SecurityLakeConstraints.SafeStringPattern, "0123456789");
        Assert.Equal(SecurityLakeConstraints.AccountIdLength, Preview.GetProperty("AwsAccountId").GetProperty("max").GetInt32());
        Assert.Equal("SafeString", Model.Shape("RegisterDataLakeDelegatedAdministratorRequest").GetProperty("members").GetProperty("accountId").GetProperty("shape").GetString());
    }
}
