using System;

namespace SecLake.Qldb
{
    /// <summary>How often ledger waits poll DescribeLedger. Creation takes a minute or two on AWS; seconds on the emulator.</summary>
    public static class LedgerPolling
    {
        public static TimeSpan Interval => TimeSpan.FromSeconds(2);
    }
}
