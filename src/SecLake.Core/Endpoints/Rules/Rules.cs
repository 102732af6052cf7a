using System.Collections.Generic;

namespace SecLake.Endpoints
{
    /// <summary>One condition: a function call whose result may be bound to a name with <c>assign</c>.</summary>
    internal sealed class Condition
    {
        public Condition(FunctionCallExpression call, string? assign)
        {
            Call = call;
            Assign = assign;
        }

        public FunctionCallExpression Call { get; }

        public string? Assign { get; }
    }

    /// <summary>A rule of any kind. <see cref="Location"/> is its JSON path, e.g. <c>rules[1].rules[0]</c>.</summary>
    internal abstract class Rule
    {
        protected Rule(string location, IReadOnlyList<Condition> conditions, string? documentation)
        {
            Location = location;
            Conditions = conditions;
            Documentation = documentation;
        }

        public string Location { get; }

        public IReadOnlyList<Condition> Conditions { get; }

        public string? Documentation { get; }

        /// <summary>
        /// Evaluates the conditions in order, stopping at the first that does not hold. Returns the scope
        /// extended with this rule's assignments, or null when the rule does not apply.
        /// </summary>
        public Scope? Match(Scope scope)
        {
            foreach (var condition in Conditions)
            {
                var value = condition.Call.Evaluate(scope);
                if (!Values.IsTruthy(value))
                {
                    return null;
                }
                if (condition.Assign != null)
                {
                    scope = scope.With(condition.Assign, value);
                }
            }
            return scope;
        }
    }

    /// <summary>A leaf that yields an endpoint.</summary>
    internal sealed class EndpointRule : Rule
    {
        public EndpointRule(
            string location,
            IReadOnlyList<Condition> conditions,
            string? documentation,
            Expression url,
            RecordExpression properties,
            IReadOnlyList<KeyValuePair<string, IReadOnlyList<Expression>>> headers)
            : base(location, conditions, documentation)
        {
            Url = url;
            Properties = properties;
            Headers = headers;
        }

        public Expression Url { get; }

        public RecordExpression Properties { get; }

        public IReadOnlyList<KeyValuePair<string, IReadOnlyList<Expression>>> Headers { get; }
    }

    /// <summary>A leaf that fails resolution with a message.</summary>
    internal sealed class ErrorRule : Rule
    {
        public ErrorRule(string location, IReadOnlyList<Condition> conditions, string? documentation, Expression message)
            : base(location, conditions, documentation)
        {
            Message = message;
        }

        public Expression Message { get; }
    }

    /// <summary>A group of rules entered when its own conditions hold.</summary>
    internal sealed class TreeRule : Rule
    {
        public TreeRule(string location, IReadOnlyList<Condition> conditions, string? documentation, IReadOnlyList<Rule> rules)
            : base(location, conditions, documentation)
        {
            Rules = rules;
        }

        public IReadOnlyList<Rule> Rules { get; }
    }

    /// <summary>Declared types of rule-set parameters.</summary>
    internal enum ParameterType
    {
        String,
        Boolean,
        StringArray,
    }

    /// <summary>A declared rule-set parameter.</summary>
    internal sealed class ParameterDefinition
    {
        public ParameterDefinition(string name, ParameterType type, string? builtIn, bool required, object? defaultValue, string? documentation)
        {
            Name = name;
            Type = type;
            BuiltIn = builtIn;
            Required = required;
            Default = defaultValue;
            Documentation = documentation;
        }

        public string Name { get; }

        public ParameterType Type { get; }

        /// <summary>The SDK setting that supplies the value, e.g. <c>AWS::Region</c>.</summary>
        public string? BuiltIn { get; }

        public bool Required { get; }

        public object? Default { get; }

        public string? Documentation { get; }
    }
}
