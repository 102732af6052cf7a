namespace SecLake.Endpoints
{
    /// <summary>
    /// The client-side settings an endpoint is resolved from. Each property feeds the rule-set parameter
    /// bound to the matching built-in (<c>AWS::Region</c>, <c>AWS::UseFIPS</c>, <c>AWS::UseDualStack</c>,
    /// <c>SDK::Endpoint</c>), whatever that parameter is called in a given rule set.
    /// </summary>
    public sealed class EndpointInputs
    {
        /// <summary>Region to send requests to, e.g. <c>us-east-1</c>. Null or empty means not set.</summary>
        public string? Region { get; set; }

        /// <summary>Use the FIPS-compliant endpoint.</summary>
        public bool UseFips { get; set; }

        /// <summary>Use the dual-stack (IPv4 and IPv6) endpoint.</summary>
        public bool UseDualStack { get; set; }

        /// <summary>A custom endpoint URL that overrides resolution. Null or empty means not set.</summary>
        public string? Endpoint { get; set; }
    }
}
