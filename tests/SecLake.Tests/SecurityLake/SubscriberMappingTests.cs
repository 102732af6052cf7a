using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.SecurityLake;

/// <summary>Documented CreateSubscriber input in, GA body out; and every refusal with its message.</summary>
public sealed class SubscriberMappingTests
{
    private const string Identity = "\"subscriberIdentity\":{\"externalId\":\"ext-1\",\"principal\":\"123456789012\"}";
    private const string Id = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private static SubscriberSpec Base(Action<SubscriberSpec> change)
    {
        var spec = new SubscriberSpec { AccountId = "123456789012", ExternalId = "ext-1", SubscriberName = "auditors" };
        change(spec);
        return spec;
    }

    private static readonly Dictionary<string, (Func<SubscriberSpec> Spec, string Body)> Creates = new()
    {
        ["documented example: CLOUD_TRAIL goes out as CLOUD_TRAIL_MGMT"] = (
            () => Base(s => { s.AwsSourceTypes = ["CLOUD_TRAIL", "VPC_FLOW"]; s.AccessTypes = ["S3"]; }),
            $$$"""{"accessTypes":["S3"],"sources":[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT"}},{"awsLogSource":{"sourceName":"VPC_FLOW"}}],{{{Identity}}},"subscriberName":"auditors"}"""),
        ["documented ROUTE53 and SH_FINDINGS keep their names"] = (
            () => Base(s => s.AwsSourceTypes = ["ROUTE53", "SH_FINDINGS"]),
            $$$"""{"sources":[{"awsLogSource":{"sourceName":"ROUTE53"}},{"awsLogSource":{"sourceName":"SH_FINDINGS"}}],{{{Identity}}},"subscriberName":"auditors"}"""),
        ["GA-only source names pass through"] = (
            () => Base(s => s.AwsSourceTypes = ["S3_DATA", "EKS_AUDIT", "LAMBDA_EXECUTION", "WAF", "CLOUD_TRAIL_MGMT"]),
            $$$"""{"sources":[{"awsLogSource":{"sourceName":"S3_DATA"}},{"awsLogSource":{"sourceName":"EKS_AUDIT"}},{"awsLogSource":{"sourceName":"LAMBDA_EXECUTION"}},{"awsLogSource":{"sourceName":"WAF"}},{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT"}}],{{{Identity}}},"subscriberName":"auditors"}"""),
        ["source names and access types match case-insensitively"] = (
            () => Base(s => { s.AwsSourceTypes = ["cloud_trail", "Vpc_Flow"]; s.AccessTypes = ["lakeformation", "s3", "S3"]; }),
            $$$"""{"accessTypes":["LAKEFORMATION","S3"],"sources":[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT"}},{"awsLogSource":{"sourceName":"VPC_FLOW"}}],{{{Identity}}},"subscriberName":"auditors"}"""),
        ["custom source types become customLogSource"] = (
            () => Base(s => s.CustomSourceTypes = ["app-logs", "firewall"]),
            $$$"""{"sources":[{"customLogSource":{"sourceName":"app-logs"}},{"customLogSource":{"sourceName":"firewall"}}],{{{Identity}}},"subscriberName":"auditors"}"""),
        ["documented source objects, with GA source versions"] = (
            () => Base(s => s.SourceTypes = DocumentedInput.SourceTypes(new object[] { Ht("awsSourceType", "CLOUD_TRAIL"), Ht("AwsSourceType", "VPC_FLOW", "sourceVersion", "2.0"), Ht("customSourceType", "app", "SourceVersion", "1.0") }, "SourceType")),
            $$$"""{"sources":[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT"}},{"awsLogSource":{"sourceName":"VPC_FLOW","sourceVersion":"2.0"}},{"customLogSource":{"sourceName":"app","sourceVersion":"1.0"}}],{{{Identity}}},"subscriberName":"auditors"}"""),
        ["the three source parameters combine in order; the same source twice is sent once"] = (
            () => Base(s => { s.SourceTypes = [SourceType.Aws("CLOUD_TRAIL_MGMT"), SourceType.Custom("app")]; s.AwsSourceTypes = ["CLOUD_TRAIL"]; s.CustomSourceTypes = ["app", "other"]; }),
            $$$"""{"sources":[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT"}},{"customLogSource":{"sourceName":"app"}},{"customLogSource":{"sourceName":"other"}}],{{{Identity}}},"subscriberName":"auditors"}"""),
        ["description and GA tags"] = (
            () => Base(s => { s.AwsSourceTypes = ["WAF"]; s.SubscriberDescription = "Audit team, EU"; s.Tags = Tags("team", "audit", "cost", "42"); }),
            $$$"""{"sources":[{"awsLogSource":{"sourceName":"WAF"}}],"subscriberDescription":"Audit team, EU",{{{Identity}}},"subscriberName":"auditors","tags":[{"key":"cost","value":"42"},{"key":"team","value":"audit"}]}"""),
        ["an empty subscriber name is allowed (0..64)"] = (
            () => Base(s => { s.SubscriberName = ""; s.AwsSourceTypes = ["WAF"]; }),
            $$$"""{"sources":[{"awsLogSource":{"sourceName":"WAF"}}],{{{Identity}}},"subscriberName":""}"""),
    };

    public static TheoryData<string> CreateNames => new(Creates.Keys);

    [Theory]
    [MemberData(nameof(CreateNames))]
    public void Documented_subscriber_becomes_this_GA_body(string name)
    {
        var (spec, body) = Creates[name];
        Assert.Equal(body, SecurityLakeRequests.CreateSubscriber(SubscriberMapper.ToCreateInput(spec())).Body());
    }

    private static readonly Dictionary<string, (Func<SubscriberSpec> Spec, string Parameter, string Message)> CreateRefusals = new()
    {
        ["no account id"] = (() => Base(s => { s.AccountId = null; s.AwsSourceTypes = ["WAF"]; }), "AccountId", "AccountId is required."),
        ["a short account id"] = (() => Base(s => { s.AccountId = "12345"; s.AwsSourceTypes = ["WAF"]; }), "AccountId", "AccountId '12345' must be exactly 12 digits."),
        ["an account id with a letter"] = (() => Base(s => { s.AccountId = "12345678901a"; s.AwsSourceTypes = ["WAF"]; }), "AccountId", "AccountId '12345678901a' must be exactly 12 digits."),
        ["an account id of non-ASCII digits"] = (() => Base(s => { s.AccountId = "١٢٣٤٥٦٧٨٩٠١٢"; s.AwsSourceTypes = ["WAF"]; }), "AccountId", "AccountId '١٢٣٤٥٦٧٨٩٠١٢' must be exactly 12 digits."),
        ["no external id"] = (() => Base(s => { s.ExternalId = null; s.AwsSourceTypes = ["WAF"]; }), "ExternalId", "ExternalId is required."),
        ["a one-character external id"] = (() => Base(s => { s.ExternalId = "x"; s.AwsSourceTypes = ["WAF"]; }), "ExternalId", "ExternalId 'x' has 1 characters; it must have 2 to 1224."),
        ["an external id outside the pattern"] = (() => Base(s => { s.ExternalId = "bad id!"; s.AwsSourceTypes = ["WAF"]; }), "ExternalId", $"ExternalId 'bad id!' is not valid: {SecurityLakeConstraints.ExternalIdRule}."),
        ["no source"] = (() => Base(_ => { }), "SourceType", "At least one source is required: give AwsSourceType, CustomSourceType or SourceType."),
        ["an unknown AWS source type"] = (() => Base(s => s.AwsSourceTypes = ["VPC_FLOW", "GUARDDUTY"]), "AwsSourceType",
            "AwsSourceType[1] 'GUARDDUTY' is not an AWS source type. Valid values: ROUTE53, VPC_FLOW, CLOUD_TRAIL, SH_FINDINGS, CLOUD_TRAIL_MGMT, LAMBDA_EXECUTION, S3_DATA, EKS_AUDIT, WAF."),
        ["a custom source name outside the pattern"] = (() => Base(s => s.CustomSourceTypes = ["my app"]), "CustomSourceType", $"CustomSourceType[0] 'my app' is not valid: {SecurityLakeConstraints.CustomLogSourceNameRule}."),
        ["a custom source name over 64 characters"] = (() => Base(s => s.CustomSourceTypes = [new string('a', 65)]), "CustomSourceType",
            $"CustomSourceType[0] '{new string('a', 65)}' has 65 characters; it must have 1 to 64."),
        ["an empty custom source name"] = (() => Base(s => s.CustomSourceTypes = [""]), "CustomSourceType", "CustomSourceType[0] '' has 0 characters; it must have 1 to 64."),
        ["a source object with both kinds"] = (() => Base(s => s.SourceTypes = [new SourceType("WAF", "app")]), "SourceType", "SourceType[0] must have exactly one of awsSourceType and customSourceType."),
        ["a source object with neither kind"] = (() => Base(s => s.SourceTypes = DocumentedInput.SourceTypes(new object[] { Ht("sourceVersion", "1.0") }, "SourceType")), "SourceType",
            "SourceType[0] must have exactly one of awsSourceType and customSourceType."),
        ["a source object with an unknown key"] = (() => Base(s => s.SourceTypes = DocumentedInput.SourceTypes(new object[] { Ht("type", "WAF") }, "SourceType")), "SourceType",
            "SourceType[0] has an unknown key 'type'. Valid keys: awsSourceType, customSourceType, sourceVersion."),
        ["a source object that is a bare string"] = (() => Base(s => s.SourceTypes = DocumentedInput.SourceTypes(new object[] { "VPC_FLOW" }, "SourceType")), "SourceType",
            "SourceType[0] must be a hashtable with awsSourceType or customSourceType, not 'VPC_FLOW'."),
        ["an AWS source version outside the pattern"] = (() => Base(s => s.SourceTypes = [SourceType.Aws("VPC_FLOW", "2")]), "SourceType",
            $"SourceType[0].awsSourceType sourceVersion '2' is not valid: {SecurityLakeConstraints.AwsLogSourceVersionRule}."),
        ["a custom source version outside the pattern"] = (() => Base(s => s.SourceTypes = [SourceType.Custom("app", "v 1")]), "SourceType",
            $"SourceType[0].customSourceType sourceVersion 'v 1' is not valid: {SecurityLakeConstraints.CustomLogSourceVersionRule}."),
        ["a custom source name with a trailing newline"] = (() => Base(s => s.SourceTypes = [SourceType.Custom("edr-events\n", null)]), "SourceType",
            $"SourceType[0].customSourceType 'edr-events\n' is not valid: {SecurityLakeConstraints.CustomLogSourceNameRule}."),
        ["an unknown access type"] = (() => Base(s => { s.AwsSourceTypes = ["WAF"]; s.AccessTypes = ["READ"]; }), "AccessType", "AccessType[0] 'READ' is not an access type. Valid values: LAKEFORMATION, S3."),
        ["no subscriber name"] = (() => Base(s => { s.SubscriberName = null; s.AwsSourceTypes = ["WAF"]; }), "SubscriberName", "SubscriberName is required."),
        ["a subscriber name over 64 characters"] = (() => Base(s => { s.SubscriberName = new string('n', 65); s.AwsSourceTypes = ["WAF"]; }), "SubscriberName",
            $"SubscriberName '{new string('n', 65)}' has 65 characters; it must have 0 to 64."),
        ["a description outside the pattern"] = (() => Base(s => { s.SubscriberDescription = "a<b"; s.AwsSourceTypes = ["WAF"]; }), "SubscriberDescription",
            $"SubscriberDescription 'a<b' is not valid: {SecurityLakeConstraints.DescriptionRule}."),
        ["more than 50 tags"] = (() => Base(s => { s.AwsSourceTypes = ["WAF"]; s.Tags = Enumerable.Range(0, 51).ToDictionary(i => "k" + i, _ => "v"); }), "Tag",
            "Tag has 51 tags; at most 50 are allowed."),
    };

    public static TheoryData<string> CreateRefusalNames => new(CreateRefusals.Keys);

    [Theory]
    [MemberData(nameof(CreateRefusalNames))]
    public void Create_is_refused_naming_the_parameter_and_value(string name)
    {
        var (spec, parameter, message) = CreateRefusals[name];
        var error = Assert.Throws<InputValidationException>(() => SubscriberMapper.ToCreateInput(spec()));
        RefusalAssert.Is(error, parameter, message);
    }

    [Fact]
    public void Update_sends_only_what_is_given()
    {
        var input = SubscriberMapper.ToUpdateInput(new SubscriberUpdateSpec { SubscriptionId = Id, SubscriberName = "renamed" });
        var request = SecurityLakeRequests.UpdateSubscriber(input);
        Assert.Equal("/v1/subscribers/" + Id, request.Path);
        Assert.Equal("""{"subscriberName":"renamed"}""", request.Body());
    }

    [Fact]
    public void Update_maps_identity_and_sources_like_create()
    {
        var input = SubscriberMapper.ToUpdateInput(new SubscriberUpdateSpec
        {
            SubscriptionId = Id,
            AccountId = "210987654321",
            ExternalId = "ext-2",
            AwsSourceTypes = ["CLOUD_TRAIL"],
            SubscriberDescription = "d",
        });
        Assert.Equal(
            """{"sources":[{"awsLogSource":{"sourceName":"CLOUD_TRAIL_MGMT"}}],"subscriberDescription":"d","subscriberIdentity":{"externalId":"ext-2","principal":"210987654321"}}""",
            SecurityLakeRequests.UpdateSubscriber(input).Body());
    }

    private static readonly Dictionary<string, (SubscriberUpdateSpec Spec, string Parameter, string Message)> UpdateRefusals = new()
    {
        ["a subscription id that is not a UUID"] = (new SubscriberUpdateSpec { SubscriptionId = "abc" }, "SubscriptionId",
            $"SubscriptionId 'abc' is not valid: {SecurityLakeConstraints.UuidRule}."),
        ["no subscription id"] = (new SubscriberUpdateSpec(), "SubscriptionId", "SubscriptionId is required."),
        ["an account id without external id"] = (new SubscriberUpdateSpec { SubscriptionId = Id, AccountId = "123456789012" }, "ExternalId",
            "AccountId and ExternalId must be given together: the service replaces the subscriber identity as a whole."),
        ["an external id without account id"] = (new SubscriberUpdateSpec { SubscriptionId = Id, ExternalId = "ext-1" }, "AccountId",
            "AccountId and ExternalId must be given together: the service replaces the subscriber identity as a whole."),
        ["a name outside UpdateSubscriber's pattern"] = (new SubscriberUpdateSpec { SubscriptionId = Id, SubscriberName = "two words" }, "SubscriberName",
            $"SubscriberName 'two words' is not valid: {SecurityLakeConstraints.SafeStringRule}."),
        ["an empty source list"] = (new SubscriberUpdateSpec { SubscriptionId = Id, AwsSourceTypes = [] }, "SourceType",
            "The sources given are empty; a subscriber needs at least one source."),
    };

    public static TheoryData<string> UpdateRefusalNames => new(UpdateRefusals.Keys);

    [Theory]
    [MemberData(nameof(UpdateRefusalNames))]
    public void Update_is_refused_naming_the_parameter_and_value(string name)
    {
        var (spec, parameter, message) = UpdateRefusals[name];
        var error = Assert.Throws<InputValidationException>(() => SubscriberMapper.ToUpdateInput(spec));
        RefusalAssert.Is(error, parameter, message);
    }
}
