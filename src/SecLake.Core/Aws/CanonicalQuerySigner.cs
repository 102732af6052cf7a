using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Identity;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using Amazon.Runtime.Internal.Util;
using Amazon.Util;

namespace SecLake.Aws;

/// <summary>
/// The SDK's SigV4 signer with one step corrected: the canonical query string.
/// </summary>
/// <remarks>
/// AWSSDK.Core 4.x's <c>AWS4Signer.CanonicalizeQueryParameters</c> orders the query by name only, with
/// <c>List.Sort</c>, which is unstable: from 17 entries on (where that sort stops using insertion sort) values of
/// one name come out in an arbitrary order. Below that they keep the order <c>ParameterCollection</c> gave them,
/// sorted before encoding, which is still wrong when encoding changes the order ("a-b" before "a:b" raw, but
/// "a%3Ab" first once encoded). AWS sorts the encoded pairs by name, then value, so such requests get 403.
/// The comparison looks at names alone, so no shape of input can make the SDK's text right; and
/// <c>SignRequest</c> is not virtual. So this signer lets the SDK do all of its own work first (time with
/// clock-skew correction, host, x-amz-date, payload hash, signing region and name), then, for a query of two or more
/// pairs, builds the canonical request again with the SDK's own helpers and the correct canonical query, and signs
/// that. Everything but the query's order is the SDK's.
/// </remarks>
internal sealed class CanonicalQuerySigner : AWS4Signer
{
    public static readonly CanonicalQuerySigner Instance = new CanonicalQuerySigner();

    public override void Sign(IRequest request, IClientConfig clientConfig, RequestMetrics metrics, BaseIdentity identity)
    {
        if (!(identity is AWSCredentials credentials))
            throw new AmazonClientException($"SigV4 signing needs AWS credentials, not {identity?.GetType().Name ?? "none"}.");
        var keys = credentials.GetCredentials();
        if (keys == null) return;

        var parameters = GetParametersToCanonicalize(request);
        if (parameters.Count < 2)
        {
            // The SDK's one fault is the order of several pairs: with none or one its signature is already right, so
            // most requests (every body-only write) are signed once.
            Apply(request, SignRequest(request, clientConfig, metrics, keys.AccessKey, keys.SecretKey));
            return;
        }

        // No metrics here: they get the canonical request actually signed (below), not this discarded one.
        var sdkResult = SignRequest(request, clientConfig, null, keys.AccessKey, keys.SecretKey);
        var canonicalRequest = CanonicalizeRequest(
            request.Endpoint,
            request.ResourcePath,
            request.HttpMethod,
            SortAndPruneHeaders(request.Headers),
            CanonicalQuery(parameters),
            request.Headers[HeaderKeys.XAmzContentSha256Header],
            request.PathResources,
            request.UseDoubleEncoding);
        metrics?.AddProperty(Metric.CanonicalRequest, canonicalRequest);

        // The scope is "date/region/service/aws4_request"; reuse the SDK's region and signing name from it.
        var scope = sdkResult.Scope.Split('/');
        Apply(request, ComputeSignature(keys.AccessKey, keys.SecretKey, scope[1], sdkResult.DateTime, scope[2], sdkResult.SignedHeaders, canonicalRequest, metrics));
    }

    private static void Apply(IRequest request, AWS4SigningResult result)
    {
        request.AWS4SignerResult = result;
        request.Headers[HeaderKeys.AuthorizationHeader] = result.ForAuthorizationHeader;
    }

    /// <summary>
    /// The SigV4 canonical query string: every name and value URI-encoded (RFC 3986, as the SDK encodes them
    /// on the wire), the pairs sorted by encoded name, then encoded value, joined with '&amp;'.
    /// </summary>
    internal static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join("&", parameters
            .Select(p => (Name: AWSSDKUtils.UrlEncode(p.Key, false), Value: AWSSDKUtils.UrlEncode(p.Value ?? "", false)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value));
}
