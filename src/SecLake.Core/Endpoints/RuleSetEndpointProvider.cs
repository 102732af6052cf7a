using System;
using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace SecLake.Endpoints
{
    /// <summary>
    /// Plugs an <see cref="EndpointRuleSet"/> into the AWS SDK pipeline (<c>ClientConfig.EndpointProvider</c>).
    /// The SDK's endpoint resolver handler passes a bag keyed by rule-set parameter name
    /// (<c>Region</c>, <c>UseFIPS</c>, <c>UseDualStack</c>, <c>Endpoint</c>), and reads <c>authSchemes</c>
    /// (signingName, signingRegion) and headers from the endpoint returned here.
    /// </summary>
    public sealed class RuleSetEndpointProvider : IEndpointProvider
    {
        private readonly EndpointRuleSet ruleSet;

        /// <summary>Creates a provider resolving with <paramref name="ruleSet"/>.</summary>
        public RuleSetEndpointProvider(EndpointRuleSet ruleSet)
        {
            this.ruleSet = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        }

        /// <summary>
        /// Resolves the endpoint. Resolution failures surface as <see cref="AmazonClientException"/> (what the
        /// SDK's generated providers throw) carrying the rule's message, with the
        /// <see cref="EndpointResolutionException"/> as inner exception.
        /// </summary>
        public Endpoint ResolveEndpoint(EndpointParameters parameters)
        {
            if (parameters == null)
            {
                throw new ArgumentNullException(nameof(parameters));
            }
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var parameter in ruleSet.Parameters)
            {
                values[parameter.Name] = parameters[parameter.Name];
            }

            ResolvedEndpoint resolved;
            try
            {
                resolved = ruleSet.Resolve(values);
            }
            catch (EndpointResolutionException e)
            {
                throw new AmazonClientException(e.Message, e);
            }
            return new Endpoint(resolved.Url, EndpointJson.Properties(resolved.Properties), EndpointJson.Headers(resolved.Headers));
        }
    }
}
