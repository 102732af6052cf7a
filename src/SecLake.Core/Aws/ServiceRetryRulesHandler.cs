using System;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace SecLake.Aws;

/// <summary>
/// Sits just inside the SDK's retry handler and corrects two things its retry policy gets wrong for these services:
/// codes it matches as throttling by name that retrying can't fix (see <see cref="ServiceDefinition.NotRetryableCodes"/>)
/// are hidden from it, and a Retry-After the service sent is waited out before the SDK retries (its own backoff
/// ignores the header).
/// </summary>
internal sealed class ServiceRetryRulesHandler : PipelineHandler
{
    /// <summary>The longest Retry-After honoured; beyond it the SDK's own backoff applies (a runaway header must not hang a prompt).</summary>
    internal static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(20);

    private readonly ServiceDefinition _service;

    public ServiceRetryRulesHandler(ServiceDefinition service) => _service = service;

    public override void InvokeSync(IExecutionContext executionContext) =>
        throw new NotSupportedException("SecLake calls services asynchronously only.");

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        try
        {
            return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }
        catch (AmazonServiceException e) when (e.ErrorCode != null && _service.NotRetryableCodes.Contains(e.ErrorCode))
        {
            throw new NotRetryable(e);
        }
        catch (ServiceErrorCarrier e) when (e.Error.RetryAfter is TimeSpan wait && WillRetry(executionContext))
        {
            await Task.Delay(wait < MaxRetryAfter ? wait : MaxRetryAfter, executionContext.RequestContext.CancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    private static bool WillRetry(IExecutionContext context) =>
        context.RequestContext.Retries < context.RequestContext.ClientConfig.MaxErrorRetry;

    /// <summary>Not an SDK exception, so the retry policy lets it through; unwrapped again outside the pipeline.</summary>
    internal sealed class NotRetryable : Exception
    {
        public NotRetryable(AmazonServiceException inner) : base(inner.Message, inner) { }

        public void Rethrow() => ExceptionDispatchInfo.Capture(InnerException!).Throw();
    }
}
