using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SecLake.Endpoints
{
    /// <summary>Which leaf a resolution ended at, and what it produced.</summary>
    internal sealed class RuleOutcome
    {
        private RuleOutcome(Rule leaf, ResolvedEndpoint? endpoint, string? errorMessage)
        {
            Leaf = leaf;
            Endpoint = endpoint;
            ErrorMessage = errorMessage;
        }

        public Rule Leaf { get; }

        /// <summary>Set when <see cref="Leaf"/> is an endpoint rule.</summary>
        public ResolvedEndpoint? Endpoint { get; }

        /// <summary>Set when <see cref="Leaf"/> is an error rule.</summary>
        public string? ErrorMessage { get; }

        public static RuleOutcome ForEndpoint(Rule leaf, ResolvedEndpoint endpoint) => new RuleOutcome(leaf, endpoint, null);

        public static RuleOutcome ForError(Rule leaf, string message) => new RuleOutcome(leaf, null, message);
    }

    /// <summary>Walks rules top to bottom; the first rule whose conditions hold decides.</summary>
    internal static class RuleEvaluator
    {
        /// <summary>Returns the outcome, or null when no top-level rule applies.</summary>
        public static RuleOutcome? Evaluate(IReadOnlyList<Rule> rules, Scope scope)
        {
            foreach (var rule in rules)
            {
                var inner = rule.Match(scope);
                if (inner == null)
                {
                    continue;
                }
                switch (rule)
                {
                    case EndpointRule endpoint:
                        return RuleOutcome.ForEndpoint(rule, BuildEndpoint(endpoint, inner));
                    case ErrorRule error:
                        return RuleOutcome.ForError(rule, AsString(error.Message.Evaluate(inner), "error message", rule));
                    case TreeRule tree:
                        // Entering a tree commits to it: the spec (and AWS's reference engines) treat a tree
                        // whose children all fail as a broken rule set, not as "try the next sibling".
                        return Evaluate(tree.Rules, inner)
                            ?? throw new EndpointResolutionException($"Endpoint rule set is incomplete: no rule inside the tree at {rule.Location} matched.");
                }
            }
            return null;
        }

        private static ResolvedEndpoint BuildEndpoint(EndpointRule rule, Scope scope)
        {
            var url = AsString(rule.Url.Evaluate(scope), "endpoint url", rule);
            var properties = (IReadOnlyDictionary<string, object?>)rule.Properties.Evaluate(scope)!;
            var headers = new Dictionary<string, IReadOnlyList<string>>(rule.Headers.Count);
            foreach (var header in rule.Headers)
            {
                var values = new List<string>(header.Value.Count);
                foreach (var expression in header.Value)
                {
                    values.Add(AsString(expression.Evaluate(scope), $"header '{header.Key}'", rule));
                }
                headers[header.Key] = values.AsReadOnly();
            }
            return new ResolvedEndpoint(url, properties, new ReadOnlyDictionary<string, IReadOnlyList<string>>(headers));
        }

        private static string AsString(object? value, string what, Rule rule) =>
            value as string
            ?? throw new EndpointResolutionException($"The {what} of the rule at {rule.Location} is {Values.Describe(value)}, not a string.");
    }
}
