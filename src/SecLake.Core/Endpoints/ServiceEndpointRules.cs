namespace SecLake.Endpoints
{
    /// <summary>
    /// The endpoint rule sets of the services SecLake talks to, embedded in this assembly and parsed on
    /// first access (thread-safe; type initialization only allocates the lazy holders).
    /// </summary>
    public static class ServiceEndpointRules
    {
        private static readonly LazyRuleSet QldbRules = new LazyRuleSet(() => EmbeddedData.Read(EmbeddedData.QldbRuleSet));
        private static readonly LazyRuleSet SecurityLakeRules = new LazyRuleSet(() => EmbeddedData.Read(EmbeddedData.SecurityLakeRuleSet));

        /// <summary>Amazon QLDB (qldb-2019-01-02).</summary>
        public static EndpointRuleSet Qldb => QldbRules.Value;

        /// <summary>Amazon Security Lake (securitylake-2018-05-10).</summary>
        public static EndpointRuleSet SecurityLake => SecurityLakeRules.Value;

        /// <summary>Whether <see cref="Qldb"/> has been parsed yet.</summary>
        internal static bool IsQldbParsed => QldbRules.IsParsed;

        /// <summary>Whether <see cref="SecurityLake"/> has been parsed yet.</summary>
        internal static bool IsSecurityLakeParsed => SecurityLakeRules.IsParsed;
    }
}
