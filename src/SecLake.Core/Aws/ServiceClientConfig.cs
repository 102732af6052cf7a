using System;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace SecLake.Aws;

/// <summary>Client configuration for a SecLake service client: SigV4 with the model's signing name, the model's endpoint rules.</summary>
internal sealed class ServiceClientConfig : ClientConfig
{
    private readonly ServiceDefinition _service;
    private RetrySettings _retry = null!;

    public ServiceClientConfig(ServiceDefinition service)
        : base(new DefaultConfigurationProvider(new IDefaultConfiguration[] { new DefaultConfiguration { Name = DefaultConfigurationMode.Standard, RetryMode = RequestRetryMode.Standard } }))
    {
        _service = service;
        ServiceId = service.ServiceId;
        AuthenticationServiceName = service.SigningName;
        EndpointProvider = service.CreateEndpointProvider();
        // SecLake resolves AWS_ENDPOINT_URL_* and profile endpoints itself (ConnectionResolver), so the outcome is
        // the same on every AWSSDK.Core build and shows in -Verbose.
        IgnoreConfiguredEndpointUrls = true;
        Retry = new RetrySettings();
    }

    public ServiceDefinition Service => _service;

    /// <summary>How the client's retry loop paces and bounds attempts; tests shorten it. Set before the client is built.</summary>
    public RetrySettings Retry
    {
        get => _retry;
        set
        {
            _retry = value;
            // RetryLoop cuts each attempt at its own limit; the HTTP client's timeout is only a backstop behind it.
            Timeout = value.AttemptTimeout + TimeSpan.FromSeconds(10);
        }
    }

    /// <summary>Receives every HTTP attempt (for -Verbose); set before the client is built.</summary>
    public System.Action<RequestTrace>? Trace { get; set; }

    public override string RegionEndpointServiceName => _service.SigningName;

    public override string ServiceVersion => _service.ApiVersion;

    public override string UserAgent => "SecLake/" + typeof(ServiceClientConfig).Assembly.GetName().Version;

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        var endpoints = new ServiceEndpointParameters(this);
        return EndpointProvider.ResolveEndpoint(endpoints);
    }
}

/// <summary>The four inputs both services' rule sets take, named as the rule sets name them.</summary>
internal sealed class ServiceEndpointParameters : EndpointParameters
{
    public ServiceEndpointParameters(ClientConfig config)
    {
        // With an endpoint override the SDK leaves RegionEndpoint unset; AuthenticationRegion carries the region then.
        this["Region"] = config.AuthenticationRegion ?? config.RegionEndpoint?.SystemName;
        this["UseFIPS"] = config.UseFIPSEndpoint;
        this["UseDualStack"] = config.UseDualstackEndpoint;
        this["Endpoint"] = config.ServiceURL;
    }
}
