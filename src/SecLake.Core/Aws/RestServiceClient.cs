using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace SecLake.Aws;

/// <summary>
/// The AWS SDK's own client machinery (credentials, region, endpoint rules, SigV4, retries, clock skew)
/// driving SecLake's REST-JSON requests. One instance per service and Region in a cmdlet invocation, reused for every record.
/// </summary>
internal sealed class RestServiceClient : AmazonServiceClient, IRestInvoker
{
    private readonly RestRequestMarshaller _marshaller;
    private readonly RestResponseUnmarshaller _unmarshaller;
    private readonly IServiceErrorFactory _errors;

    public RestServiceClient(ServiceDefinition service, AWSCredentials credentials, ServiceClientConfig config)
        : base(credentials, config)
    {
        _marshaller = new RestRequestMarshaller(service);
        _unmarshaller = new RestResponseUnmarshaller(service);
        _errors = service.Errors;
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
        catch (Exception e) when (ErrorResponseOf(e) is ServiceErrorResponse error)
        {
            // The one place a service's error response becomes the exception callers and scripts see: the SDK's
            // pipeline (retries included) is done with it, and the type scripts catch cannot be an SDK type.
            throw _errors.Create(error);
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

    /// <summary>The error response an exception out of the pipeline carries, also when the retry rules wrapped it.</summary>
    private static ServiceErrorResponse? ErrorResponseOf(Exception e) =>
        ((e as ServiceRetryRulesHandler.NotRetryable)?.InnerException ?? e) is ServiceErrorCarrier carrier ? carrier.Error : null;

    private sealed class Metadata : IServiceMetadata
    {
        public Metadata(string serviceId) => ServiceId = serviceId;
        public string ServiceId { get; }
        public System.Collections.Generic.IDictionary<string, string> OperationNameMapping { get; } = new System.Collections.Generic.Dictionary<string, string>();
    }
}
