using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Identity;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace SecLake.Aws;

/// <summary>
/// Both services sign every operation with SigV4 (the models' only auth scheme), with the SDK's signer corrected
/// for repeated query parameters (see <see cref="CanonicalQuerySigner"/>).
/// </summary>
internal sealed class SigV4AuthSchemeHandler : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) => AuthSchemeOption.DEFAULT_SIGV4;

    protected override ISigner GetSigner(IAuthScheme<BaseIdentity> scheme) =>
        scheme is AwsV4AuthScheme ? CanonicalQuerySigner.Instance : base.GetSigner(scheme);
}

/// <summary>Feeds the configuration into the rule-set endpoint provider; the base class applies the result to the request.</summary>
internal sealed class ServiceEndpointResolver : BaseEndpointResolver
{
    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext) =>
        new ServiceEndpointParameters((ClientConfig)requestContext.ClientConfig);
}
