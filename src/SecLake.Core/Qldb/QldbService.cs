using System;
using SecLake.Aws;

namespace SecLake.Qldb
{
    /// <summary>QLDB as the SDK pipeline needs to know it (model qldb-2019-01-02), and the way in for the cmdlets.</summary>
    public static class QldbService
    {
        internal static readonly ServiceDefinition Definition = new ServiceDefinition(
            serviceId: "QLDB",
            signingName: "qldb",
            apiVersion: "2019-01-02",
            errors: QldbErrorFactory.Instance,
            hostPrefix: "qldb",
            notRetryableCodes: "LimitExceededException");

        /// <summary>Resolves credentials, region and endpoint and returns a connected client.</summary>
        public static QldbClient Connect(ConnectionSettings settings, Action<RequestTrace>? trace)
        {
            var invoker = ConnectionResolver.CreateClient(Definition, settings, trace, out var info);
            return new QldbClient(invoker, info.Region) { Connection = info };
        }
    }
}
