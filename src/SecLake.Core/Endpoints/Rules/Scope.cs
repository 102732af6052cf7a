using System.Collections.Generic;

namespace SecLake.Endpoints
{
    /// <summary>
    /// Names visible while evaluating one rule: the parameters plus values bound by <c>assign</c> in
    /// enclosing or earlier conditions. Immutable and chained, so a rule that fails half-way through its
    /// conditions leaves nothing behind for its siblings (the spec scopes assignments to the rule).
    /// </summary>
    internal sealed class Scope
    {
        private readonly IReadOnlyDictionary<string, object?>? parameters;
        private readonly Scope? parent;
        private readonly string? name;
        private readonly object? value;

        public Scope(IReadOnlyDictionary<string, object?> parameters, PartitionCatalog partitions)
        {
            this.parameters = parameters;
            Partitions = partitions;
        }

        private Scope(Scope parent, string name, object? value)
        {
            this.parent = parent;
            this.name = name;
            this.value = value;
            Partitions = parent.Partitions;
        }

        /// <summary>Partition data the <c>aws.partition</c> function consults.</summary>
        public PartitionCatalog Partitions { get; }

        public Scope With(string boundName, object? boundValue) => new Scope(this, boundName, boundValue);

        /// <summary>
        /// The value bound to <paramref name="lookupName"/>, or null when unset. The parser has already
        /// rejected references to names that are never defined, so null here only means "not set".
        /// </summary>
        public object? Lookup(string lookupName)
        {
            for (var scope = this; scope != null; scope = scope.parent)
            {
                if (scope.parameters != null)
                {
                    return scope.parameters.TryGetValue(lookupName, out var found) ? found : null;
                }
                if (scope.name == lookupName)
                {
                    return scope.value;
                }
            }
            return null;
        }
    }
}
