using System;
using SecLake.Aws;

namespace SecLake.SecurityLake
{
    /// <summary>Security Lake as the SDK pipeline needs to know it (GA model securitylake-2018-05-10), and the way in for the cmdlets.</summary>
    public static class SecurityLakeService
    {
        internal static readonly ServiceDefinition Definition = new ServiceDefinition(
            serviceId: "SecurityLake",
            signingName: "securitylake",
            apiVersion: "2018-05-10",
            errors: SecurityLakeErrorFactory.Instance,
            hostPrefix: "securitylake");

        /// <summary>Resolves credentials, region and endpoint (incl. AWS_ENDPOINT_URL_SECURITYLAKE) and returns a connected client.</summary>
        public static SecurityLakeClient Connect(ConnectionSettings settings, Action<RequestTrace>? trace)
        {
            var invoker = ConnectionResolver.CreateClient(Definition, settings, trace, out var info);
            return new SecurityLakeClient(invoker, info.Region) { Connection = info };
        }
    }
}
