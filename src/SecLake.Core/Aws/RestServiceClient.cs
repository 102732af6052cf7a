using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace SecLake.Aws;

/// <summary>
/// The AWS SDK's own client machinery (credentials, region, endpoint rules, SigV4, clock skew) driving SecLake's
/// REST-JSON requests, one attempt per pass through the SDK's pipeline; <see cref="RetryLoop"/> decides about every
/// further attempt. One instance per service and Region in a cmdlet invocation, reused for every record: its retry
/// allowance is that invocation's.
/// </summary>
internal sealed class RestServiceClient : AmazonServiceClient, IRestInvoker
{
    private readonly RestRequestMarshaller _marshaller;
    private readonly RestResponseUnmarshaller _unmarshaller;
    private readonly IServiceErrorFactory _errors;
    private readonly RetryLoop _retries;

    public RestServiceClient(ServiceDefinition service, AWSCredentials credentials, ServiceClientConfig config)
        : base(credentials, config)
    {
        _marshaller = new RestRequestMarshaller(service);
        _unmarshaller = new RestResponseUnmarshaller(service);
        _errors = service.Errors;
        var endpoint = new Lazy<Uri?>(() => EndpointOf(config));
        _retries = new RetryLoop(service.ServiceId, config.Retry, service.NotRetryableCodes, config.Trace,
            request => endpoint.Value != null ? new Uri(endpoint.Value, request.Path).ToString() : request.Path);
    }

    /// <summary>This client's retries: one allowance per client, never per process.</summary>
    internal RetryAllowance RetryAllowance => _retries.Allowance;

    protected override IServiceMetadata ServiceMetadata => new Metadata(((ServiceClientConfig)Config).Service.ServiceId);

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        // Handlers that only serve SDK features these clients never use: client events (BeforeRequestEvent and the
        // like: the three callback handlers and the error callback), endpoint discovery (neither service has it) and
        // the SDK's telemetry (its AWSConfigs are unreachable inside SecLake's private copy of the SDK). Each is one
        // more async frame around every attempt, and the first call in a session compiles each of them.
        RemoveAll<CallbackHandler>(pipeline);
        RemoveAll<ErrorCallbackHandler>(pipeline);
        pipeline.RemoveHandler<EndpointDiscoveryHandler>();
        pipeline.RemoveHandler<MetricsHandler>();
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new ServiceEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthSchemeHandler());
        // No retries in the pipeline: RetryLoop sends again (or not) by each operation's rule. In the retry handler's
        // place only the clock-skew correction remains; the trace sits right inside it and sees every answer.
        pipeline.ReplaceHandler<RetryHandler>(new ClockSkewHandler());
        // The base constructor builds the pipeline before this class's fields are set, so the per-client
        // trace sink travels on the (per-client) config.
        var trace = ((ServiceClientConfig)Config).Trace;
        if (trace != null) pipeline.AddHandlerAfter<ClockSkewHandler>(new RequestTraceHandler(((ServiceClientConfig)Config).Service.ServiceId, trace));
    }

    private static void RemoveAll<THandler>(RuntimePipeline pipeline) where THandler : IPipelineHandler
    {
        while (pipeline.Handlers.Exists(handler => handler is THandler)) pipeline.RemoveHandler<THandler>();
    }

    public Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken) =>
        _retries.SendAsync(request, (attempt, token) => SendOnceAsync(request, attempt, token), cancellationToken);

    /// <summary>One attempt through the SDK's pipeline; a service's error answer comes out as its typed exception.</summary>
    private async Task<RestResponse> SendOnceAsync(RestRequest request, int attempt, CancellationToken cancellationToken)
    {
        var options = new InvokeOptions { RequestMarshaller = _marshaller, ResponseUnmarshaller = _unmarshaller };
        RestWebServiceResponse response;
        try
        {
            response = await InvokeAsync<RestWebServiceResponse>(new RestWebServiceRequest(request, attempt), options, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceErrorCarrier e)
        {
            // The one place a service's error response becomes the exception callers and scripts see: the SDK's
            // pipeline is done with it, and the type scripts catch cannot be an SDK type.
            throw _errors.Create(e.Error);
        }
        return new RestResponse((int)response.HttpStatusCode, response.ResponseMetadata?.RequestId, response.Body, response.Headers);
    }

    /// <summary>The endpoint requests go to (the override, or what the endpoint rules give), for messages; null if the rules fail.</summary>
    private static Uri? EndpointOf(ServiceClientConfig config)
    {
        try
        {
            var url = config.ServiceURL ?? config.EndpointProvider.ResolveEndpoint(new ServiceEndpointParameters(config))?.URL;
            return url == null ? null : new Uri(url);
        }
        catch (Exception)
        {
            // The same rules fail the request itself, with the SDK's reason.
            return null;
        }
    }

    private sealed class Metadata : IServiceMetadata
    {
        public Metadata(string serviceId) => ServiceId = serviceId;
        public string ServiceId { get; }
        public System.Collections.Generic.IDictionary<string, string> OperationNameMapping { get; } = new System.Collections.Generic.Dictionary<string, string>();
    }
}
