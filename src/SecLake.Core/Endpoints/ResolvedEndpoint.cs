using System.Collections.Generic;

namespace SecLake.Endpoints
{
    /// <summary>The endpoint a rule set resolved to: URL plus the rule's properties and headers.</summary>
    public sealed class ResolvedEndpoint
    {
        internal ResolvedEndpoint(
            string url,
            IReadOnlyDictionary<string, object?> properties,
            IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
        {
            Url = url;
            Properties = properties;
            Headers = headers;
        }

        /// <summary>The endpoint URL, e.g. <c>https://qldb.us-east-1.amazonaws.com</c>.</summary>
        public string Url { get; }

        /// <summary>
        /// The endpoint's properties (e.g. <c>authSchemes</c>). Values are <see cref="string"/>,
        /// <see cref="bool"/>, <see cref="int"/>, <see cref="IReadOnlyList{T}"/> of values, or
        /// <see cref="IReadOnlyDictionary{TKey,TValue}"/> of values.
        /// </summary>
        public IReadOnlyDictionary<string, object?> Properties { get; }

        /// <summary>Headers the rule set asks to be sent with every request to this endpoint.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

        /// <inheritdoc />
        public override string ToString() => Url;
    }
}
