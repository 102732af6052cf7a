using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Aws;

namespace SecLake.PowerShell;

/// <summary>
/// Base of every SecLake cmdlet: the common AWS parameters users know from AWS.Tools, one service client per Region
/// (connected on first use, so -WhatIf needs no credentials and sends nothing), and the run of one pipeline record's
/// service work (<see cref="RunRecord"/>): up to -ThrottleLimit records in flight, what they write written on the
/// pipeline thread in input order, cancelled by Ctrl+C, a failure turned into that record's non-terminating error
/// (setup failures terminate the command).
/// The jobs themselves live in <see cref="PipelinePump"/>, <see cref="RecordScope"/>, <see cref="ErrorRecords"/> and
/// <see cref="PowerShellValues"/>.
/// </summary>
public abstract class SecLakeCmdlet : PSCmdlet, IDisposable
{
    private readonly PipelinePump _pump = new PipelinePump();
    private readonly Dictionary<string, object> _clients = new Dictionary<string, object>();

    /// <summary>The AWS region to call, e.g. us-east-1. Defaults: $StoredAWSRegion, the profile's region, AWS_REGION, AWS_DEFAULT_REGION.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [TextValue]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string? Region { get; set; }

    /// <summary>A profile from the shared credentials/config files (keys, SSO, assume-role, credential_process).</summary>
    [Parameter]
    [TextValue]
    [Alias("StoredCredentials", "AWSProfileName")]
    public string? ProfileName { get; set; }

    /// <summary>The shared credentials file to read profiles from, when not ~/.aws/credentials.</summary>
    [Parameter]
    [TextValue]
    [Alias("AWSProfilesLocation", "ProfilesLocation")]
    public string? ProfileLocation { get; set; }

    /// <summary>The AWS access key id (with -SecretKey).</summary>
    [Parameter]
    [TextValue]
    [Alias("AK")]
    public string? AccessKey { get; set; }

    /// <summary>The AWS secret access key (with -AccessKey).</summary>
    [Parameter]
    [TextValue]
    [Alias("SK", "SecretAccessKey")]
    public string? SecretKey { get; set; }

    /// <summary>The session token of temporary credentials (with -AccessKey and -SecretKey).</summary>
    [Parameter]
    [TextValue]
    [Alias("ST")]
    public string? SessionToken { get; set; }

    /// <summary>AWS credentials from any AWS.Tools/AWSSDK version (e.g. Get-AWSCredential), or a PSCredential holding the access key as user name and the secret key as password.</summary>
    [Parameter]
    public object? Credential { get; set; }

    /// <summary>Send requests to this endpoint instead of the service's regional one (a local emulator, a VPC endpoint).</summary>
    [Parameter]
    [TextValue]
    [Alias("EndpointUri", "ServiceUrl")]
    public string? EndpointUrl { get; set; }

    /// <summary>The default of -ThrottleLimit: one record at a time, so that -ErrorAction Stop sends nothing after the failing record.</summary>
    public const int DefaultThrottleLimit = 1;

    /// <summary>The largest -ThrottleLimit: beyond it the service's own request quotas answer with throttling.</summary>
    public const int MaxThrottleLimit = 64;

    /// <summary>How many pipeline records' service calls may be in flight at once (1: one after another). Output stays in input order.</summary>
    [Parameter]
    [ValidateRange(1, MaxThrottleLimit)]
    public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

    /// <summary>
    /// The most time, in seconds, one pipeline record may take: every request, retry and wait for it. Default
    /// <see cref="DefaultTimeoutSec"/>. A record still running at the end stops with an OperationTimeout error.
    /// </summary>
    [Parameter]
    [ValidateRange(1, 86400)]
    public int TimeoutSec { get; set; }

    /// <summary>-TimeoutSec when not given: 120 seconds, or the wait's default for a record that waits (see docs/RETRIES.md).</summary>
    protected virtual int DefaultTimeoutSec => 120;

    /// <summary>The time each record of this invocation gets: -TimeoutSec, else <see cref="DefaultTimeoutSec"/>.</summary>
    protected TimeSpan RecordTimeout => TimeSpan.FromSeconds(TimeoutSec > 0 ? TimeoutSec : DefaultTimeoutSec);

    /// <summary>
    /// Every pipeline record: enum-like values get the model's spelling (<see cref="CanonicalSpelling"/>), then the
    /// cmdlet's own <see cref="ProcessRecordCore"/> runs.
    /// </summary>
    protected sealed override void ProcessRecord()
    {
        _pump.Limit = ThrottleLimit;
        CanonicalSpelling.Apply(this);
        ProcessRecordCore();
    }

    /// <summary>What the cmdlet does with one pipeline record (its bound parameters already normalised).</summary>
    protected abstract void ProcessRecordCore();

    /// <summary>The end of input: waits for the records still in flight (-ThrottleLimit), writing what they write.</summary>
    protected override void EndProcessing() => _pump.Drain();

    protected override void StopProcessing() => _pump.Stop();

    public void Dispose() => _pump.Dispose();

    /// <summary>
    /// The service client for the current record's region, connected on first use and reused for every later
    /// record (one client per region: -Region also binds from piped objects). A failure to connect (no
    /// credentials, no region, a bad profile or endpoint) terminates the command: no later record can succeed.
    /// </summary>
    protected TClient Connect<TClient>(string serviceId, Func<ConnectionSettings, Action<RequestTrace>?, TClient> connect, Func<TClient, ConnectionInfo?> describe)
        where TClient : class
    {
        var key = serviceId + "|" + Region;
        if (_clients.TryGetValue(key, out var existing)) return (TClient)existing;
        TClient client;
        try
        {
            // Without -Verbose, no trace at all: the SDK then runs no trace handler, builds no URL and formats no line.
            client = connect(BuildConnectionSettings(), VerboseWanted() ? TraceRequest : null);
        }
        catch (Exception e) when (ErrorRecords.IsRecordFailure(e))
        {
            // The records already in flight were sent: their output comes before the error that ends the command.
            _pump.Drain();
            ThrowTerminatingError(ErrorRecords.Create(e, null));
            throw;
        }
        WriteVerbose($"{serviceId}: {describe(client)}");
        _clients[key] = client;
        return client;
    }

    /// <summary>Whether this command writes verbose lines: -Verbose, else $VerbosePreference as this command sees it.</summary>
    private bool VerboseWanted()
    {
        if (MyInvocation.BoundParameters.TryGetValue("Verbose", out var bound)) return bound is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(bound);
        var preference = SessionValue("VerbosePreference");
        if (preference is string text && Enum.TryParse<ActionPreference>(text, true, out var parsed)) preference = parsed;
        return !(preference is ActionPreference p) || (p != ActionPreference.SilentlyContinue && p != ActionPreference.Ignore);
    }

    /// <summary>A request's -Verbose trace, said about the record whose work sent it.</summary>
    private void TraceRequest(RequestTrace trace)
    {
        var scope = RecordScope.Current;
        if (scope != null) scope.WriteVerbose(trace.ToString());
        else Post(() => WriteVerbose(trace.ToString()));
    }

    /// <summary>The connection settings as bound, with PowerShell-only inputs (PSCredential, session variables) converted.</summary>
    private ConnectionSettings BuildConnectionSettings()
    {
        var settings = new ConnectionSettings
        {
            Region = Region,
            ProfileName = ProfileName,
            ProfileLocation = ProfileLocation,
            AccessKey = AccessKey,
            SecretKey = SecretKey,
            SessionToken = SessionToken,
            EndpointUrl = EndpointUrl,
            EndpointUrlGiven = MyInvocation.BoundParameters.ContainsKey(nameof(EndpointUrl)),
            StoredRegion = SessionValue("StoredAWSRegion") as string,
            StoredCredentials = SessionValue("StoredAWSCredentials"),
            Credential = Credential,
        };
        PowerShellValues.NormalizeCredential(settings);
        return settings;
    }

    private object? SessionValue(string name) => PowerShellValues.Unwrap(SessionState?.PSVariable.GetValue(name));

    /// <summary>
    /// Runs one pipeline record's service work within -TimeoutSec (a <see cref="Deadline"/>): what it writes through
    /// its <see cref="RecordScope"/> appears in input order, and a failure becomes this record's error, naming
    /// <paramref name="target"/>. With -ThrottleLimit 1 the work has ended when this returns; above 1 it may still be
    /// in flight (at most ThrottleLimit records are), so a cmdlet must not read, after RunRecord, anything its work sets
    /// (use <see cref="WaitForRecords"/> first).
    /// </summary>
    protected void RunRecord(object? target, Func<RecordScope, CancellationToken, Task> work)
    {
        var scope = new RecordScope(this, target);
        var limit = RecordTimeout;
        _pump.Start((unit, token) => Deadline.RunAsync(limit, token, recordToken => scope.Run(unit, work, recordToken)), failure =>
        {
            try
            {
                if (failure != null) WriteFailureNow(failure, target);
            }
            finally
            {
                scope.CompleteProgress();
            }
        });
    }

    /// <summary>Waits until every record's work started so far has ended and its output is written.</summary>
    protected void WaitForRecords() => _pump.Drain();

    /// <summary>True when records may run concurrently (-ThrottleLimit above 1).</summary>
    internal bool Concurrent => _pump.Concurrent;

    /// <summary>
    /// Builds a record's input (checks that need no service), or writes why it can't be built as this record's error
    /// and returns false: bad input is refused before any prompt or request.
    /// </summary>
    protected bool TryBuild<T>(object? target, Func<T> build, out T value)
    {
        try
        {
            value = build();
            return true;
        }
        catch (Exception e) when (ErrorRecords.IsRecordFailure(e))
        {
            WriteFailure(e, target);
            value = default!;
            return false;
        }
    }

    /// <summary>Queues work that must run on the pipeline thread (verbose lines, progress) at its next pump, in no record's order.</summary>
    internal void Post(Action work) => _pump.Post(work);

    /// <summary>This invocation's progress bars (concurrent -Wait records share one per activity).</summary>
    internal ProgressBars ProgressBars { get; } = new ProgressBars();

    /// <summary>A record is done with progress bar <paramref name="activityId"/> (on the pipeline thread).</summary>
    internal void CloseProgress(int activityId)
    {
        if (ProgressBars.Close(activityId) is ProgressRecord record) WriteProgress(record);
    }

    /// <summary>
    /// Writes a failure for one pipeline record as a non-terminating error (so the next record still runs), or
    /// terminates the command for setup failures no record can get past.
    /// </summary>
    /// <param name="exception">What went wrong.</param>
    /// <param name="target">The pipeline input the failure belongs to.</param>
    /// <param name="hint">What the user can do about it, in cmdlet terms; it leads the message.</param>
    /// <param name="summary">Our sentence in place of a service error's (see <see cref="ServiceErrorMapper.Describe"/>).</param>
    protected internal void WriteFailure(Exception exception, object? target, string? hint = null, string? summary = null) =>
        // After the output of the records still in flight, so that output and errors stay in input order.
        _pump.InOrder(() => WriteFailureNow(exception, target, hint, summary));

    /// <summary><see cref="WriteFailure"/> now, on the pipeline thread: in a record's own place in the order.</summary>
    internal void WriteFailureNow(Exception exception, object? target, string? hint = null, string? summary = null)
    {
        if (!ErrorRecords.IsRecordFailure(exception)) ExceptionDispatchInfo.Capture(exception).Throw();
        var record = ErrorRecords.Create(exception, target, hint, summary);
        if (exception is ServiceException service && ServiceErrorMapper.FirstParagraph(service.Message) != service.Message.Trim())
            WriteVerbose($"{service.ServiceName} {service.ErrorCode} in full: {service.Message}");
        if (ErrorRecords.TerminatesCommand(exception)) ThrowTerminatingError(record);
        WriteError(record);
    }

    /// <summary>
    /// ShouldProcess, except that -Force skips the confirmation prompt. -WhatIf (bound or $WhatIfPreference) and an
    /// explicit -Confirm still go through ShouldProcess, so -Force never sends a request under -WhatIf.
    /// </summary>
    protected bool ShouldProcessUnlessForced(bool force, string target, string action)
    {
        if (force && !IsSwitchOn("WhatIf") && !IsSwitchOn("Confirm")) return true;
        return ShouldProcess(target, action);
    }

    private bool IsSwitchOn(string name)
    {
        if (MyInvocation.BoundParameters.TryGetValue(name, out var bound)) return bound is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(bound);
        return name == "WhatIf" && LanguagePrimitives.IsTrue(SessionValue("WhatIfPreference"));
    }
}
