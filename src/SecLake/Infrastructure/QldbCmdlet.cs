using SecLake.Qldb;

namespace SecLake.PowerShell
{
    /// <summary>Base of the QLDB cmdlets: one <see cref="QldbClient"/> per invocation, connected on first use.</summary>
    public abstract class QldbCmdlet : SecLakeCmdlet
    {
        private QldbClient? _client;

        /// <summary>Connects on first use; a setup failure (no credentials, no region) terminates the command.</summary>
        protected QldbClient Client
        {
            get
            {
                if (_client != null) return _client;
                try
                {
                    _client = QldbService.Connect(BuildConnectionSettings(), VerboseTrace);
                }
                catch (System.Exception e)
                {
                    WriteFailure(e, null);
                    throw;
                }
                WriteVerbose("QLDB: " + _client.Connection);
                return _client;
            }
        }
    }
}
