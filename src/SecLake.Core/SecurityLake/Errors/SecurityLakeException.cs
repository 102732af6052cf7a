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

        public override ErrorKind Kind => ErrorKinds.FromStatus((int)StatusCode);
    }
}
