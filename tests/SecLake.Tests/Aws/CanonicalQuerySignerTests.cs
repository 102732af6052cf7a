using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using SecLake.Aws;
using SecLake.Emulator.Auth;
using Xunit;

namespace SecLake.Tests.Aws;

/// <summary>
/// The canonical query SecLake signs, against the emulator's (independent) canonicalization of the same query as
/// the SDK puts it on the wire; and the AWSSDK.Core behaviour that makes SecLake's own signer step necessary.
/// </summary>
public sealed class CanonicalQuerySignerTests
{
    [Fact]
    public void Encodes_then_sorts_by_name_then_value()
    {
        var parameters = Pairs(("tagKeys", "k-x"), ("tagKeys", "k:x"), ("tagKeys", "k x"), ("b", "é"), ("a", ""), ("tagKeys", "k/x"));

        Assert.Equal("a=&b=%C3%A9&tagKeys=k%20x&tagKeys=k%2Fx&tagKeys=k%3Ax&tagKeys=k-x", CanonicalQuerySigner.CanonicalQuery(parameters));
    }

    [Theory]
    [InlineData(17)]
    [InlineData(50)]
    [InlineData(200)]
    public void Agrees_with_the_emulator_for_the_query_the_SDK_sends(int count)
    {
        var collection = new ParameterCollection();
        collection.Add("tagKeys", RepeatedQueryParameterTests.TagKeys(count).ToList());
        collection.Add("max", "5");
        var parameters = collection.GetSortedParametersList();
        // The wire form the SDK writes (AmazonServiceClient.ComposeUrl via AWSSDKUtils.GetParametersAsString).
        var wire = string.Join("&", parameters.Select(p => p.Key + "=" + Amazon.Util.AWSSDKUtils.UrlEncode(p.Value, false)));

        Assert.Equal(SigV4.CanonicalQueryString(wire), CanonicalQuerySigner.CanonicalQuery(parameters));
    }

    /// <summary>
    /// Why <see cref="CanonicalQuerySigner"/> exists. When an AWSSDK.Core update makes this fail, the SDK orders the
    /// canonical query correctly and SecLake's signer step (and this README entry) can go.
    /// </summary>
    [Theory]
    [InlineData(17, "values of one name in an unstable order")]
    [InlineData(2, "values sorted before encoding")]
    public void AWSSDK_Core_still_signs_repeated_query_values_in_the_wrong_order(int count, string why)
    {
        var collection = new ParameterCollection();
        collection.Add("tagKeys", RepeatedQueryParameterTests.TagKeys(count).ToList());
        var parameters = collection.GetSortedParametersList();

        var sdk = SdkSigner.Canonicalize(parameters);

        Assert.False(sdk == CanonicalQuerySigner.CanonicalQuery(parameters),
            $"AWSSDK.Core no longer signs {why}: CanonicalQuerySigner may be unnecessary now.");
    }

    /// <summary>Why <see cref="CanonicalQuerySigner"/> signs a query of fewer than two pairs as the SDK does, once.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void With_fewer_than_two_pairs_the_SDK_canonical_query_is_already_right(int count)
    {
        var parameters = Pairs(("tag:Keys", "k é/x~"), ("next", "a+b")).Take(count).ToList();

        Assert.Equal(CanonicalQuerySigner.CanonicalQuery(parameters), SdkSigner.Canonicalize(parameters));
    }

    private static List<KeyValuePair<string, string>> Pairs(params (string Key, string Value)[] pairs) =>
        pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToList();

    /// <summary>Reaches the SDK signer's own (protected) query canonicalization.</summary>
    private sealed class SdkSigner : AWS4Signer
    {
        public static string Canonicalize(IEnumerable<KeyValuePair<string, string>> parameters) => CanonicalizeQueryParameters(parameters);
    }
}
