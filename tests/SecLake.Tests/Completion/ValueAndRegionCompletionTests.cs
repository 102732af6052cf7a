using SecLake.Completion;
using SecLake.Qldb;
using SecLake.SecurityLake;
using Xunit;

namespace SecLake.Tests.Completion;

/// <summary>Offline completers: regions of the cmdlet's service, and well-known values of free-text parameters.</summary>
public class ValueAndRegionCompletionTests
{
    private static IEnumerable<string> Values(IEnumerable<CompletionCandidate> candidates) => candidates.Select(c => c.Value);

    [Fact]
    public void Offers_the_regions_of_the_cmdlets_service()
    {
        Assert.Equal(new[] { "eu-west-1", "eu-west-2" }, Values(RegionCompletion.Complete(QldbService.ServiceId, "eu-w")));
        Assert.Equal(new[] { "eu-west-1", "eu-west-2", "eu-west-3" }, Values(RegionCompletion.Complete(SecurityLakeService.ServiceId, "eu-w")));
        Assert.Equal(SecurityLakeService.Regions.All, Values(RegionCompletion.Complete(SecurityLakeService.ServiceId, "")));
        Assert.Equal(QldbService.Regions.All, Values(RegionCompletion.Complete(QldbService.ServiceId, "")));
    }

    [Fact]
    public void Region_tooltips_name_the_region_and_the_service()
    {
        var ireland = RegionCompletion.Complete(QldbService.ServiceId, "eu-west-1").Single();
        Assert.Equal("eu-west-1: Europe (Ireland), QLDB", ireland.ToolTip);
        Assert.Contains("GovCloud", RegionCompletion.Complete(SecurityLakeService.ServiceId, "us-gov-w").Single().ToolTip);
    }

    [Fact]
    public void Every_offered_region_is_described()
    {
        // A region the SDK's region data lacks would get the bare "us-east-1: QLDB" tooltip.
        var candidates = RegionCompletion.Complete(SecurityLakeService.ServiceId, "").Concat(RegionCompletion.Complete(QldbService.ServiceId, ""));
        Assert.All(candidates, c => Assert.Matches(@"^[a-z0-9-]+: [^,]+, (Security Lake|QLDB)$", c.ToolTip));
    }

    [Fact]
    public void A_region_list_does_not_offer_regions_already_in_it_except_the_one_being_completed()
    {
        var offered = Values(RegionCompletion.Complete(SecurityLakeService.ServiceId, "eu-west", new[] { "eu-west-1", "us-east-1", "eu-west" })).ToList();
        Assert.Equal(new[] { "eu-west-2", "eu-west-3" }, offered);
        Assert.Equal(new[] { "eu-west-1" }, Values(RegionCompletion.Complete(QldbService.ServiceId, "eu-west-1", new[] { "eu-west-1" })));
    }

    [Theory]
    [InlineData("", new[] { "AWS_OWNED_KMS_KEY", "alias/", "arn:aws:kms:" })]
    [InlineData("a", new[] { "AWS_OWNED_KMS_KEY", "alias/", "arn:aws:kms:" })]
    [InlineData("al", new[] { "alias/" })]
    [InlineData("'aws_", new[] { "AWS_OWNED_KMS_KEY" })]
    [InlineData("alias/x", new string[0])]
    public void Kms_key_offers_the_owned_key_and_the_reference_forms(string word, string[] expected)
    {
        var candidates = ValueCompletion.KmsKey(word).ToList();
        Assert.Equal(expected, Values(candidates));
        Assert.All(candidates, c => Assert.False(string.IsNullOrWhiteSpace(c.ToolTip)));
    }

    [Theory]
    [InlineData("em", new[] { "email", "email-json" })]
    [InlineData("h", new[] { "https", "http" })]
    [InlineData("'sq", new[] { "sqs" })]
    [InlineData("smtp", new string[0])]
    public void Subscription_protocol_offers_the_SNS_protocols_each_valid_for_the_model(string word, string[] expected)
    {
        var candidates = ValueCompletion.SubscriptionProtocol(word).ToList();
        Assert.Equal(expected, Values(candidates));
        Assert.All(candidates, c => Assert.False(string.IsNullOrWhiteSpace(c.ToolTip)));
        Assert.All(ValueCompletion.SubscriptionProtocol("").Select(c => c.Value), v => Assert.Matches(SecLake.SecurityLake.SecurityLakeConstraints.SubscriptionProtocolPattern, v));
    }
}
