using System;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace SecLake.Aws
{
    /// <summary>
    /// Sits just inside the SDK's retry handler and hides the service's non-retryable codes (see
    /// <see cref="ServiceDefinition.NotRetryableCodes"/>) from the retry policy, which matches throttling by code name.
    /// </summary>
    internal sealed class NotRetryableErrorHandler : PipelineHandler
    {
        private readonly ServiceDefinition _service;

        public NotRetryableErrorHandler(ServiceDefinition service) => _service = service;

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
        }

        /// <summary>Not an SDK exception, so the retry policy lets it through; unwrapped again outside the pipeline.</summary>
        internal sealed class NotRetryable : Exception
        {
            public NotRetryable(AmazonServiceException inner) : base(inner.Message, inner) { }

            public void Rethrow() => ExceptionDispatchInfo.Capture(InnerException!).Throw();
        }
    }
}
