using SecLake.Qldb;

namespace SecLake.PowerShell
{
    /// <summary>Base of the QLDB cmdlets.</summary>
    public abstract class QldbCmdlet : SecLakeCmdlet
    {
        /// <summary>The QLDB client for this record's region (see <see cref="SecLakeCmdlet.Connect{TClient}"/>).</summary>
        protected QldbClient Client => Connect("QLDB", QldbService.Connect, client => client.Connection);
    }
}
