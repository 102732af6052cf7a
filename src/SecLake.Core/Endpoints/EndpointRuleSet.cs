using System;
using System.Collections.Generic;

namespace SecLake.Endpoints
{
    /// <summary>
    /// A parsed AWS endpoint rule set (format version 1.x) that resolves client settings to an endpoint.
    /// Immutable once parsed, so one instance may be shared by any number of threads.
    /// </summary>
    public sealed class EndpointRuleSet
    {
        private readonly PartitionCatalog? partitions;

        private EndpointRuleSet(IReadOnlyList<ParameterDefinition> parameters, IReadOnlyList<Rule> rules, PartitionCatalog? partitions)
        {
            Parameters = parameters;
            Rules = rules;
            this.partitions = partitions;
        }

        internal IReadOnlyList<ParameterDefinition> Parameters { get; }

        internal IReadOnlyList<Rule> Rules { get; }

        /// <summary>
        /// Parses rule-set JSON. Throws <see cref="FormatException"/> when the document is malformed, uses an
        /// unsupported function, or refers to a name it never defines.
        /// </summary>
        public static EndpointRuleSet Parse(string json)
        {
            var (parameters, rules) = RuleSetParser.Parse(json);
            return new EndpointRuleSet(parameters, rules, null);
        }

        /// <summary>
        /// Resolves the endpoint for <paramref name="inputs"/>. Throws <see cref="EndpointResolutionException"/>
        /// with the rule's message when an error rule matches (e.g. FIPS together with a custom endpoint).
        /// </summary>
        public ResolvedEndpoint Resolve(EndpointInputs inputs)
        {
            if (inputs == null)
            {
                throw new ArgumentNullException(nameof(inputs));
            }
            return Resolve(BindBuiltIns(inputs));
        }

        /// <summary>Resolves from values keyed by parameter name (how the SDK passes them).</summary>
        internal ResolvedEndpoint Resolve(IReadOnlyDictionary<string, object?> values)
        {
            var outcome = Evaluate(values);
            return outcome.Endpoint ?? throw new EndpointResolutionException(outcome.ErrorMessage!);
        }

        /// <summary>Runs the rules and reports which leaf decided, without throwing for error rules.</summary>
        internal RuleOutcome Evaluate(IReadOnlyDictionary<string, object?> values)
        {
            var scope = new Scope(BindParameters(values), partitions ?? PartitionCatalog.Default);
            return RuleEvaluator.Evaluate(Rules, scope)
                ?? throw new EndpointResolutionException("No endpoint rule matched the given parameters.");
        }

        /// <summary>The same rules evaluated against other partition data (for tests of partition-dependent rules).</summary>
        internal EndpointRuleSet WithPartitions(PartitionCatalog catalog) => new EndpointRuleSet(Parameters, Rules, catalog);

        /// <summary>Every endpoint and error rule, depth first in document order.</summary>
        internal IEnumerable<Rule> Leaves() => LeavesOf(Rules);

        /// <summary>Maps <see cref="EndpointInputs"/> onto whichever parameters carry the matching built-ins.</summary>
        internal IReadOnlyDictionary<string, object?> BindBuiltIns(EndpointInputs inputs)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var parameter in Parameters)
            {
                switch (parameter.BuiltIn)
                {
                    case "AWS::Region":
                        values[parameter.Name] = string.IsNullOrEmpty(inputs.Region) ? null : inputs.Region;
                        break;
                    case "AWS::UseFIPS":
                        values[parameter.Name] = inputs.UseFips;
                        break;
                    case "AWS::UseDualStack":
                        values[parameter.Name] = inputs.UseDualStack;
                        break;
                    case "SDK::Endpoint":
                        values[parameter.Name] = string.IsNullOrEmpty(inputs.Endpoint) ? null : inputs.Endpoint;
                        break;
                }
            }
            return values;
        }

        private Dictionary<string, object?> BindParameters(IReadOnlyDictionary<string, object?> values)
        {
            var bound = new Dictionary<string, object?>(Parameters.Count, StringComparer.Ordinal);
            foreach (var parameter in Parameters)
            {
                values.TryGetValue(parameter.Name, out var supplied);
                var value = ParameterValues.FromCaller(parameter, supplied) ?? parameter.Default;
                if (value == null && parameter.Required)
                {
                    throw new EndpointResolutionException($"Endpoint parameter '{parameter.Name}' is required but was not set.");
                }
                bound[parameter.Name] = value;
            }
            return bound;
        }

        private static IEnumerable<Rule> LeavesOf(IReadOnlyList<Rule> rules)
        {
            foreach (var rule in rules)
            {
                if (rule is TreeRule tree)
                {
                    foreach (var leaf in LeavesOf(tree.Rules))
                    {
                        yield return leaf;
                    }
                }
                else
                {
                    yield return rule;
                }
            }
        }
    }
}
