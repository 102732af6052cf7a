using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace SecLake.Aws
{
    /// <summary>
    /// The AWS SDK's own client machinery (credentials, region, endpoint rules, SigV4, retries, clock skew)
    /// driving SecLake's REST-JSON requests. One instance per service and Region in a cmdlet invocation, reused for every record.
    /// </summary>
    internal sealed class RestServiceClient : AmazonServiceClient, IRestInvoker
    {
        private readonly RestRequestMarshaller _marshaller;
        private readonly RestResponseUnmarshaller _unmarshaller;

        public RestServiceClient(ServiceDefinition service, AWSCredentials credentials, ServiceClientConfig config)
            : base(credentials, config)
        {
            _marshaller = new RestRequestMarshaller(service);
            _unmarshaller = new RestResponseUnmarshaller(service);
        }

        protected override IServiceMetadata ServiceMetadata => new Metadata(((ServiceClientConfig)Config).Service.ServiceId);

        protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
        {
            pipeline.RemoveHandler<EndpointResolver>();
            pipeline.AddHandlerAfter<Marshaller>(new ServiceEndpointResolver());
            pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthSchemeHandler());
            // The base constructor builds the pipeline before this class's fields are set, so the per-client
            // trace sink travels on the (per-client) config.
            var trace = ((ServiceClientConfig)Config).Trace;
            var service = ((ServiceClientConfig)Config).Service;
            // Each AddHandlerAfter<RetryHandler> goes directly inside the retry handler, so add outermost last:
            // retry -> retry rules -> trace (which sees every attempt's real outcome).
            if (trace != null) pipeline.AddHandlerAfter<RetryHandler>(new RequestTraceHandler(service.ServiceId, trace));
            pipeline.AddHandlerAfter<RetryHandler>(new ServiceRetryRulesHandler(service));
        }

        public async Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken)
        {
            var options = new InvokeOptions { RequestMarshaller = _marshaller, ResponseUnmarshaller = _unmarshaller };
            RestWebServiceResponse response;
            try
            {
                response = await InvokeAsync<RestWebServiceResponse>(new RestWebServiceRequest(request), options, cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceRetryRulesHandler.NotRetryable e)
            {
                e.Rethrow();
                throw;
            }
            JsonElement body;
            if (response.Body.Length == 0)
            {
                using var empty = JsonDocument.Parse("{}");
                body = empty.RootElement.Clone();
            }
            else
            {
                using var doc = JsonDocument.Parse(response.Body);
                body = doc.RootElement.Clone();
            }
            return new RestResponse((int)response.HttpStatusCode, response.ResponseMetadata?.RequestId, body, response.Headers);
        }

        private sealed class Metadata : IServiceMetadata
        {
            public Metadata(string serviceId) => ServiceId = serviceId;
            public string ServiceId { get; }
            public System.Collections.Generic.IDictionary<string, string> OperationNameMapping { get; } = new System.Collections.Generic.Dictionary<string, string>();
        }
    }
}
