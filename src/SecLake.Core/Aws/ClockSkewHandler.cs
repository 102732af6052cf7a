using System;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Util;

namespace SecLake.Aws;

/// <summary>
/// Takes the place of the SDK's RetryHandler, which would resend on its own (AWSSDK.Core 4.1 resends "stale connection"
/// errors at once, without counting them, also for creates). SecLake's <see cref="RetryLoop"/> owns every resend; what
/// stays here is the one thing only the SDK can do: a request refused for clock skew (the service's time is in the error)
/// gets the SDK's clock correction and is signed and sent once more, as the SDK's standard mode would. The service did
/// not act on a request it refused for its signature, so that resend is safe for every operation.
/// </summary>
internal sealed class ClockSkewHandler : PipelineHandler
{
    private readonly ClockSkewPolicy _policy = new ClockSkewPolicy();

    public override ILogger Logger
    {
        get => base.Logger;
        set
        {
            base.Logger = value;
            _policy.Logger = value;
        }
    }

    public override void InvokeSync(IExecutionContext executionContext) =>
        throw new NotSupportedException("SecLake calls services asynchronously only.");

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        AmazonServiceException refused;
        try
        {
            return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }
        catch (AmazonServiceException e) when (e is ServiceErrorCarrier && executionContext.RequestContext.Retries == 0)
        {
            refused = e;
        }
        // RetryAsync corrects the clock (and marks the request to be signed again) only for a clock-skew error.
        if (!await _policy.RetryAsync(executionContext, refused).ConfigureAwait(false)) throw refused;
        executionContext.RequestContext.Retries++;
        return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
    }

    /// <summary>The SDK's retry policy reduced to its clock-skew correction: one extra pass, no other retry, no wait.</summary>
    private sealed class ClockSkewPolicy : RetryPolicy
    {
        public ClockSkewPolicy() => MaxRetries = 1;

        public override bool CanRetry(IExecutionContext executionContext) => true;

        public override bool RetryForException(IExecutionContext executionContext, Exception exception) => false;

        public override Task<bool> RetryForExceptionAsync(IExecutionContext executionContext, Exception exception) => Task.FromResult(false);

        public override bool RetryLimitReached(IExecutionContext executionContext) => executionContext.RequestContext.Retries >= MaxRetries;

        public override void WaitBeforeRetry(IExecutionContext executionContext)
        {
        }

        public override Task WaitBeforeRetryAsync(IExecutionContext executionContext) => Task.CompletedTask;
    }
}
