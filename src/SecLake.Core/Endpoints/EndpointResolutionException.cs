using System;

namespace SecLake.Endpoints
{
    /// <summary>
    /// An endpoint could not be resolved: an <c>error</c> rule matched (the message is the rule's), no rule
    /// matched, or a parameter or function value was invalid.
    /// </summary>
    public sealed class EndpointResolutionException : Exception
    {
        /// <summary>Creates the exception with the given message.</summary>
        public EndpointResolutionException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with the given message and cause.</summary>
        public EndpointResolutionException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }
}
