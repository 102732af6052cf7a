using System;
using Amazon.Runtime.Endpoints;

namespace SecLake.Aws
{
    /// <summary>What distinguishes one service's client from another's: names from the service model, its error types and endpoint host.</summary>
    internal sealed class ServiceDefinition
    {
        public ServiceDefinition(string serviceId, string signingName, string apiVersion, IServiceErrorFactory errors, string hostPrefix,
            params string[] notRetryableCodes)
        {
            NotRetryableCodes = new System.Collections.Generic.HashSet<string>(notRetryableCodes, StringComparer.Ordinal);
            ServiceId = serviceId;
            SigningName = signingName;
            ApiVersion = apiVersion;
            Errors = errors;
            HostPrefix = hostPrefix;
        }

        /// <summary>The model's serviceId, e.g. <c>QLDB</c>, <c>SecurityLake</c>.</summary>
        public string ServiceId { get; }

        /// <summary>SigV4 signing name (credential scope service), e.g. <c>qldb</c>.</summary>
        public string SigningName { get; }

        public string ApiVersion { get; }

        public IServiceErrorFactory Errors { get; }

        /// <summary>The first label of the service's endpoint host (the model's endpointPrefix), e.g. <c>qldb</c> in <c>qldb.us-east-1.amazonaws.com</c>.</summary>
        public string HostPrefix { get; }

        public IEndpointProvider CreateEndpointProvider() => new RegionalEndpointProvider(HostPrefix);

        /// <summary>
        /// Error codes the SDK's retry policy treats as throttling but this service uses for something retrying can't
        /// fix (QLDB's LimitExceededException is the ledger quota).
        /// </summary>
        public System.Collections.Generic.ISet<string> NotRetryableCodes { get; }

        /// <summary>The service-specific endpoint variable, e.g. <c>AWS_ENDPOINT_URL_QLDB</c>, <c>AWS_ENDPOINT_URL_SECURITYLAKE</c>.</summary>
        public string EndpointUrlVariable => "AWS_ENDPOINT_URL_" + ServiceId.ToUpperInvariant().Replace(' ', '_');
    }
}
