using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using SecLake.Emulator.Auth;
using SecLake.Emulator.Http;
using SecLake.Emulator.Model;
using SecLake.Emulator.Qldb;
using SecLake.Emulator.SecurityLake;

namespace SecLake.Emulator;

/// <summary>
/// A running emulator of the QLDB and Security Lake control planes on http://127.0.0.1:PORT/ (Kestrel,
/// loopback only, no logging). Dispose it to stop it.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestLog _log;
    private readonly QldbState _qldb;
    private readonly SecurityLakeState _securityLake;
    private readonly CancellationTokenSource _stopping;

    private EmulatorHost(WebApplication app, RequestLog log, QldbState qldb, SecurityLakeState securityLake, FaultInjector faults, CancellationTokenSource stopping)
    {
        _stopping = stopping;
        _app = app;
        _log = log;
        _qldb = qldb;
        _securityLake = securityLake;
        Faults = faults;
    }

    /// <summary>The base URL, e.g. http://127.0.0.1:40123/ — pass it as the SDK's ServiceURL or the CLI's --endpoint-url.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The service requests so far, in arrival order (a snapshot): the last <see cref="EmulatorOptions.RequestLogSize"/> of them.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    public FaultInjector Faults { get; }

    public static async Task<EmulatorHost> StartAsync(EmulatorOptions? options = null, CancellationToken ct = default)
    {
        options ??= new EmulatorOptions();
        var clock = TimeProvider.System;
        var log = new RequestLog(options.RequestLogSize);
        var faults = new FaultInjector();
        var qldb = new QldbState();
        var securityLake = new SecurityLakeState();

        // Handler classes ([OperationHandlers("qldb")] ...) get what their constructors ask for from these.
        using var handlerServices = new ServiceCollection()
            .AddSingleton(options)
            .AddSingleton(qldb)
            .AddSingleton(securityLake)
            .AddSingleton(clock)
            .BuildServiceProvider();
        var qldbModel = ServiceModel.LoadEmbedded(QldbModule.ModelFile);
        var securityLakeModel = ServiceModel.LoadEmbedded(SecurityLakeModule.ModelFile);
        var modules = new ServiceModule[]
        {
            new QldbModule(qldbModel, OperationBinder.Discover(qldbModel.SigningName, handlerServices)),
            new SecurityLakeModule(securityLakeModel, OperationBinder.Discover(securityLakeModel.SigningName, handlerServices)),
        };
        var router = new Router();
        foreach (var module in modules) router.Add(module);
        // The credential list is copied so later changes to the options do not race with requests.
        var verifier = new SigV4Verifier(options.Credentials.ToList(), clock);
        // Cancelled first when the host stops, so stalled requests let go and the stop does not wait for them.
        var stopping = new CancellationTokenSource();
        var pipeline = new ServicePipeline(modules, router, verifier, faults, log, clock, stopping.Token);

        // The empty builder adds no logging providers and reads no configuration files: quiet and self-contained.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        var host = new EmulatorHost(app, log, qldb, securityLake, faults, stopping);
        var control = new ControlEndpoints(log, faults, host.Reset, securityLake);

        app.Run(async http =>
        {
            var requestId = Guid.NewGuid().ToString();
            var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "/";
            var path = SigV4.NormalizePath(rawTarget.Split('?')[0]);
            if (path.StartsWith(ControlEndpoints.Prefix, StringComparison.Ordinal))
                await control.HandleAsync(http, path, requestId);
            else
                await pipeline.HandleAsync(http, requestId);
        });

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        host.Endpoint = new Uri($"http://127.0.0.1:{port}/");
        return host;
    }

    /// <summary>Forgets every ledger, data lake, subscriber and tag, the request log and pending faults.</summary>
    public void Reset()
    {
        _qldb.Clear();
        _securityLake.Clear();
        _log.Clear();
        Faults.Clear();
    }

    /// <summary>
    /// Records a Security Lake exception for ListDataLakeExceptions to list, as the service does when it cannot resolve a
    /// failure; the Region must have a data lake (else <see cref="InvalidOperationException"/>). Reset forgets it.
    /// </summary>
    public void AddDataLakeException(string region, string exception, string remediation, DateTimeOffset? timestamp = null, string? accountId = null) =>
        _securityLake.AddException(accountId ?? EmulatorCredential.Default.AccountId,
            new DataLakeExceptionEntry(region, exception, remediation, timestamp ?? DateTimeOffset.UtcNow));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
