using System.Text.Json;
using SecLake.SecurityLake;
using Xunit;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// Every limit and enum in <see cref="SecurityLakeConstraints"/> is the GA model's value, read from the model file (the
/// patterns, .NET translations of the model's, in Validation/PatternConstantTests).
/// </summary>
public sealed class ConstraintsMatchModelTests
{
    private static readonly JsonElement Shapes = LoadShapes();

    private static JsonElement LoadShapes()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "models", "securitylake-2018-05-10.service-2.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("shapes").Clone();
    }

    private static int Min(string shape) => Shapes.GetProperty(shape).GetProperty("min").GetInt32();
    private static int Max(string shape) => Shapes.GetProperty(shape).GetProperty("max").GetInt32();
    private static string[] Enum(string shape) =>
        Shapes.GetProperty(shape).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static TheoryData<string, int, int> Lengths => new()
    {
        { "AmazonResourceName", SecurityLakeConstraints.AmazonResourceNameMinLength, SecurityLakeConstraints.AmazonResourceNameMaxLength },
        { "TagKey", SecurityLakeConstraints.TagKeyMinLength, SecurityLakeConstraints.TagKeyMaxLength },
        { "TagValue", SecurityLakeConstraints.TagValueMinLength, SecurityLakeConstraints.TagValueMaxLength },
        { "TagList", 0, SecurityLakeConstraints.TagListMaxCount },
        { "TagKeyList", 0, SecurityLakeConstraints.TagKeyListMaxCount },
        { "ExternalId", SecurityLakeConstraints.ExternalIdMinLength, SecurityLakeConstraints.ExternalIdMaxLength },
        { "CreateSubscriberRequestSubscriberNameString", SecurityLakeConstraints.SubscriberNameMinLength, SecurityLakeConstraints.SubscriberNameMaxLength },
        { "UpdateSubscriberRequestSubscriberNameString", SecurityLakeConstraints.SubscriberNameMinLength, SecurityLakeConstraints.SubscriberNameMaxLength },
        { "CustomLogSourceName", SecurityLakeConstraints.CustomLogSourceNameMinLength, SecurityLakeConstraints.CustomLogSourceNameMaxLength },
        { "CustomLogSourceVersion", SecurityLakeConstraints.CustomLogSourceVersionMinLength, SecurityLakeConstraints.CustomLogSourceVersionMaxLength },
        { "MaxResults", SecurityLakeConstraints.MaxResultsMin, SecurityLakeConstraints.MaxResultsMax },
        { "NextToken", 0, SecurityLakeConstraints.NextTokenMaxLength },
    };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Limits_are_the_models(string shape, int min, int max)
    {
        Assert.Equal(Min(shape), min);
        Assert.Equal(Max(shape), max);
    }

    [Theory]
    [InlineData("DataLakeLifecycleExpirationDaysInteger")]
    [InlineData("DataLakeLifecycleTransitionDaysInteger")]
    public void Lifecycle_days_minimum_is_the_models(string shape) => Assert.Equal(SecurityLakeConstraints.LifecycleDaysMin, Min(shape));

    [Fact]
    public void Enums_are_the_models()
    {
        Assert.Equal(Enum("AwsLogSourceName"), SecurityLakeConstraints.AwsLogSourceNames);
        Assert.Equal(Enum("AccessType"), SecurityLakeConstraints.AccessTypes);
        Assert.Equal(Enum("DataLakeStatus"), SecurityLakeConstraints.DataLakeStatuses);
        Assert.Equal(Enum("SubscriberStatus"), SecurityLakeConstraints.SubscriberStatuses);
        Assert.Equal(Enum("HttpMethod"), SecurityLakeConstraints.HttpMethods);
    }

    [Theory]
    [InlineData("CreateDataLakeExceptionSubscriptionRequestExceptionTimeToLiveLong")]
    [InlineData("UpdateDataLakeExceptionSubscriptionRequestExceptionTimeToLiveLong")]
    public void Exception_time_to_live_minimum_is_the_models_and_it_has_no_maximum(string shape)
    {
        Assert.Equal(SecurityLakeConstraints.ExceptionTimeToLiveMin, Shapes.GetProperty(shape).GetProperty("min").GetInt64());
        Assert.Equal("long", Shapes.GetProperty(shape).GetProperty("type").GetString());
        Assert.False(Shapes.GetProperty(shape).TryGetProperty("max", out _));
    }

    [Fact]
    public void Accepted_aws_source_types_are_the_documented_names_plus_the_GA_ones()
    {
        var expected = SecurityLakeConstraints.DocumentedAwsSourceTypes.Union(SecurityLakeConstraints.AwsLogSourceNames).OrderBy(s => s);
        Assert.Equal(expected, SecurityLakeConstraints.AcceptedAwsSourceTypes.OrderBy(s => s));
    }

    /// <summary>The pattern constants are checked, with every other core pattern, in Validation/PatternConstantTests.</summary>
    [Fact]
    public void Documented_enums_and_account_length_are_the_preview_models()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "models", "securitylake-2018-05-10-preview.service-2.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var shapes = doc.RootElement.GetProperty("shapes");
        string[] PreviewEnum(string s) => shapes.GetProperty(s).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(PreviewEnum("StorageClass"), SecurityLakeConstraints.StorageClasses);
        Assert.Equal(PreviewEnum("AwsLogSourceType"), SecurityLakeConstraints.DocumentedAwsSourceTypes);
        var account = shapes.GetProperty("AwsAccountId");
        Assert.Equal(SecurityLakeConstraints.AccountIdLength, account.GetProperty("min").GetInt32());
        Assert.Equal(SecurityLakeConstraints.AccountIdLength, account.GetProperty("max").GetInt32());
    }

    [Fact]
    public void Every_security_lake_region_matches_the_models_region_pattern()
    {
        foreach (var region in SecurityLakeService.Regions.All)
            Assert.Matches(SecurityLakeConstraints.RegionPattern, region);
        Assert.Equal(17, SecurityLakeService.Regions.InPartition("aws").Count);
        Assert.Equal(new[] { "us-gov-east-1", "us-gov-west-1" }, SecurityLakeService.Regions.InPartition("aws-us-gov"));
        Assert.Empty(SecurityLakeService.Regions.InPartition("aws-cn"));
    }

    [Fact]
    public void The_Regions_the_planner_accepts_are_the_ones_Region_completion_offers() =>
        Assert.Equal(SecLake.Completion.RegionCompletion.Complete(SecurityLakeService.ServiceId, "").Select(c => c.Value).Order(), SecurityLakeService.Regions.All.Order());
}
