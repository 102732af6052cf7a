using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Aws;
using SecLake.Errors;

namespace SecLake.PowerShell
{
    /// <summary>
    /// Base of every SecLake cmdlet: the common AWS parameters users know from AWS.Tools, one service client per
    /// invocation (built on first use, so -WhatIf needs no credentials and sends nothing), async calls awaited on the
    /// pipeline thread while verbose and progress messages are written, Ctrl+C cancelling the request in flight, and
    /// failures turned into ErrorRecords (non-terminating per record; terminating for setup problems).
    /// </summary>
    public abstract class SecLakeCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly BlockingCollection<Action> _pipelineThreadWork = new BlockingCollection<Action>();

        /// <summary>The AWS region to call, e.g. us-east-1. Defaults: $StoredAWSRegion, the profile's region, AWS_REGION, AWS_DEFAULT_REGION.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? Region { get; set; }

        /// <summary>A profile from the shared credentials/config files (keys, SSO, assume-role, credential_process).</summary>
        [Parameter]
        [Alias("StoredCredentials", "AWSProfileName")]
        public string? ProfileName { get; set; }

        /// <summary>The shared credentials file to read profiles from, when not ~/.aws/credentials.</summary>
        [Parameter]
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        public string? ProfileLocation { get; set; }

        /// <summary>The AWS access key id (with -SecretKey).</summary>
        [Parameter]
        [Alias("AK")]
        public string? AccessKey { get; set; }

        /// <summary>The AWS secret access key (with -AccessKey).</summary>
        [Parameter]
        [Alias("SK", "SecretAccessKey")]
        public string? SecretKey { get; set; }

        /// <summary>The session token of temporary credentials (with -AccessKey and -SecretKey).</summary>
        [Parameter]
        [Alias("ST")]
        public string? SessionToken { get; set; }

        /// <summary>AWS credentials from any AWS.Tools/AWSSDK version (e.g. Get-AWSCredential), or a PSCredential holding the access key as user name and the secret key as password.</summary>
        [Parameter]
        public object? Credential { get; set; }

        /// <summary>Send requests to this endpoint instead of the service's regional one (a local emulator, a VPC endpoint).</summary>
        [Parameter]
        [Alias("EndpointUri", "ServiceUrl")]
        public string? EndpointUrl { get; set; }

        /// <summary>Cancelled when the user presses Ctrl+C or the pipeline is stopped.</summary>
        protected CancellationToken StopToken => _stopping.Token;

        protected override void StopProcessing() => _stopping.Cancel();

        private readonly System.Collections.Generic.Dictionary<string, object> _clients = new System.Collections.Generic.Dictionary<string, object>();

        /// <summary>
        /// The service client for the current record's region, connected on first use and reused for every later
        /// record (one client per region: -Region also binds from piped objects). A failure to connect (no
        /// credentials, no region, a bad profile or endpoint) terminates the command: no later record can succeed.
        /// </summary>
        protected TClient Connect<TClient>(string serviceName, Func<ConnectionSettings, Action<RequestTrace>, TClient> connect, Func<TClient, ConnectionInfo?> describe)
            where TClient : class
        {
            var key = serviceName + "|" + Region;
            if (_clients.TryGetValue(key, out var existing)) return (TClient)existing;
            TClient client;
            try
            {
                client = connect(BuildConnectionSettings(), VerboseTrace);
            }
            catch (Exception e)
            {
                ThrowTerminatingError(CreateErrorRecord(e, null, null));
                throw;
            }
            WriteVerbose($"{serviceName}: {describe(client)}");
            _clients[key] = client;
            return client;
        }

        /// <summary>The connection settings as bound, with PowerShell-only inputs (PSCredential, session variables) converted.</summary>
        protected ConnectionSettings BuildConnectionSettings()
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
                StoredRegion = SessionValue("StoredAWSRegion") as string,
                StoredCredentials = SessionValue("StoredAWSCredentials"),
                Credential = Credential,
            };
            PowerShellValues.NormalizeCredential(settings);
            return settings;
        }

        private object? SessionValue(string name) => PowerShellValues.Unwrap(SessionState?.PSVariable.GetValue(name));

        /// <summary>Reports each HTTP attempt as a verbose line (written on the pipeline thread).</summary>
        protected Action<RequestTrace> VerboseTrace => trace => Post(() => WriteVerbose(trace.ToString()));

        /// <summary>Reports wait progress with Write-Progress (written on the pipeline thread).</summary>
        protected IProgress<WaitProgress> WaitProgressReporter(int activityId) => new PipelineProgress(this, activityId);

        /// <summary>Closes a progress bar opened through <see cref="WaitProgressReporter"/>.</summary>
        protected void CompleteProgress(int activityId, string activity) =>
            WriteProgress(new ProgressRecord(activityId, activity, "Done") { RecordType = ProgressRecordType.Completed });

        /// <summary>Queues work that must run on the pipeline thread (Write-* calls) while an async call is awaited.</summary>
        protected void Post(Action work)
        {
            if (!_pipelineThreadWork.IsAddingCompleted) _pipelineThreadWork.Add(work);
        }

        /// <summary>Runs an async core call, writing queued verbose/progress output while it runs.</summary>
        protected T Await<T>(Func<CancellationToken, Task<T>> operation)
        {
            var task = operation(StopToken);
            task.ContinueWith(_ => Post(() => { }), TaskScheduler.Default);
            while (!task.IsCompleted)
            {
                if (_pipelineThreadWork.TryTake(out var work, 250)) work();
            }
            while (_pipelineThreadWork.TryTake(out var remaining)) remaining();
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        protected void Await(Func<CancellationToken, Task> operation) =>
            Await(async token => { await operation(token).ConfigureAwait(false); return true; });

        /// <summary>
        /// True for a failure that belongs to one pipeline record; false for PowerShell's own ways of stopping the
        /// pipeline (Ctrl+C, -ErrorAction Stop, a terminating error already raised), which must pass through untouched.
        /// </summary>
        protected static bool IsRecordFailure(Exception e) =>
            !(e is PipelineStoppedException || e is ActionPreferenceStopException || e is PipelineClosedException);

        /// <summary>
        /// Writes a failure for one pipeline record as a non-terminating error (so the next record still runs), or
        /// terminates the command for setup failures no record can get past.
        /// </summary>
        /// <param name="exception">What went wrong.</param>
        /// <param name="target">The pipeline input the failure belongs to.</param>
        /// <param name="hint">What the user can do about it, in cmdlet terms; appended to the message.</param>
        protected void WriteFailure(Exception exception, object? target, string? hint = null)
        {
            if (!IsRecordFailure(exception)) throw exception;
            var record = CreateErrorRecord(exception, target, hint);
            if (ServiceErrorMapper.Describe(exception).TerminatesCommand) ThrowTerminatingError(record);
            WriteError(record);
        }

        private static ErrorRecord CreateErrorRecord(Exception exception, object? target, string? hint)
        {
            var description = ServiceErrorMapper.Describe(exception, hint);
            var category = (ErrorCategory)Enum.Parse(typeof(ErrorCategory), description.Kind.ToString());
            return new ErrorRecord(exception, description.ErrorId, category, target)
            {
                ErrorDetails = new ErrorDetails(description.Message) { RecommendedAction = description.RecommendedAction },
            };
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

        /// <summary>Converts a -Tag hashtable to the string map the core validates and sends (null values kept).</summary>
        protected static System.Collections.Generic.Dictionary<string, string?> ToTagMap(Hashtable? tags)
        {
            var map = new System.Collections.Generic.Dictionary<string, string?>(StringComparer.Ordinal);
            if (tags == null) return map;
            foreach (DictionaryEntry entry in tags)
            {
                var value = PowerShellValues.Unwrap(entry.Value);
                map[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? ""] =
                    value == null ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            }
            return map;
        }

        private sealed class PipelineProgress : IProgress<WaitProgress>
        {
            private readonly SecLakeCmdlet _cmdlet;
            private readonly int _activityId;

            public PipelineProgress(SecLakeCmdlet cmdlet, int activityId)
            {
                _cmdlet = cmdlet;
                _activityId = activityId;
            }

            public void Report(WaitProgress value) => _cmdlet.Post(() =>
                _cmdlet.WriteProgress(new ProgressRecord(_activityId, value.Activity, value.Status)
                {
                    PercentComplete = value.PercentComplete,
                    SecondsRemaining = (int)Math.Max(0, (value.Timeout - value.Elapsed).TotalSeconds),
                }));
        }
    }
}
