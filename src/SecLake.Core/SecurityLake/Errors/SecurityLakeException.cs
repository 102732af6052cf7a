using SecLake.Aws;

namespace SecLake.SecurityLake
{
    /// <summary>
    /// A Security Lake error response. Used as is for codes the GA model does not declare (its <see cref="Kind"/>
    /// then follows the HTTP status); the six modeled errors derive from it so one catch handles every service error.
    /// </summary>
    public class SecurityLakeException : ServiceException
    {
        public SecurityLakeException(ServiceErrorResponse error)
            : base(error)
        {
        }

        public override string ServiceName => "SecurityLake";

        public override ErrorKind Kind => KindForStatus((int)StatusCode);

        /// <summary>The category API-MAPPING.md gives each status for an error the model does not name.</summary>
        public static ErrorKind KindForStatus(int status)
        {
            switch (status)
            {
                case 400: return ErrorKind.InvalidArgument;
                case 401: return ErrorKind.AuthenticationError;
                case 402: return ErrorKind.QuotaExceeded;
                case 403: return ErrorKind.PermissionDenied;
                case 404: return ErrorKind.ObjectNotFound;
                case 409: return ErrorKind.ResourceBusy;
                case 412: return ErrorKind.InvalidOperation;
                case 429: return ErrorKind.LimitsExceeded;
                case 503: return ErrorKind.ResourceUnavailable;
                default: return ErrorKind.NotSpecified;
            }
        }
    }
}
