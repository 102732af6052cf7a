using System.IO;
using System.Text;

namespace SecLake.Endpoints
{
    /// <summary>
    /// The JSON files under <c>Endpoints/Data</c>, embedded in this assembly (see SecLake.Core.csproj) so the
    /// module never reads them from disk.
    /// </summary>
    internal static class EmbeddedData
    {
        public const string Partitions = "SecLake.Endpoints.Data.partitions.json";
        public const string QldbRuleSet = "SecLake.Endpoints.Data.qldb-2019-01-02.endpoint-rule-set-1.json";
        public const string SecurityLakeRuleSet = "SecLake.Endpoints.Data.securitylake-2018-05-10.endpoint-rule-set-1.json";

        public static string Read(string resourceName)
        {
            using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resourceName)
                ?? throw new FileNotFoundException($"Embedded resource '{resourceName}' is missing from {typeof(EmbeddedData).Assembly.GetName().Name}.", resourceName);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }
}
