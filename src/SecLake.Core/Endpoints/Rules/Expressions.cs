using System.Collections.Generic;
using System.Linq;

namespace SecLake.Endpoints
{
    /// <summary>A value-producing node of a rule set: literal, reference, template or function call.</summary>
    internal abstract class Expression
    {
        public abstract object? Evaluate(Scope scope);
    }

    /// <summary>A boolean or integer literal.</summary>
    internal sealed class LiteralExpression : Expression
    {
        public LiteralExpression(object value) => Value = value;

        public object Value { get; }

        public override object? Evaluate(Scope scope) => Value;
    }

    /// <summary><c>{"ref": "Name"}</c>: a parameter or an assigned value.</summary>
    internal sealed class ReferenceExpression : Expression
    {
        public ReferenceExpression(string name) => Name = name;

        public string Name { get; }

        public override object? Evaluate(Scope scope) => scope.Lookup(Name);
    }

    /// <summary><c>{"fn": "name", "argv": [...]}</c>. Arguments are evaluated eagerly, left to right.</summary>
    internal sealed class FunctionCallExpression : Expression
    {
        public FunctionCallExpression(EndpointFunction function, IReadOnlyList<Expression> arguments, string location)
        {
            Function = function;
            Arguments = arguments;
            Location = location;
        }

        public EndpointFunction Function { get; }

        public IReadOnlyList<Expression> Arguments { get; }

        /// <summary>Where the call sits in the rule-set JSON, for error messages.</summary>
        public string Location { get; }

        public override object? Evaluate(Scope scope)
        {
            var values = new object?[Arguments.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Arguments[i].Evaluate(scope);
            }
            try
            {
                return Function.Invoke(values, scope);
            }
            catch (EndpointResolutionException e)
            {
                throw new EndpointResolutionException($"{Function.Name} at {Location}: {e.Message}", e);
            }
        }
    }

    /// <summary>An array literal; its elements may be templates or references.</summary>
    internal sealed class ArrayExpression : Expression
    {
        public ArrayExpression(IReadOnlyList<Expression> items) => Items = items;

        public IReadOnlyList<Expression> Items { get; }

        public override object? Evaluate(Scope scope) => Items.Select(i => i.Evaluate(scope)).ToList().AsReadOnly();
    }

    /// <summary>An object literal (endpoint properties and the records inside them).</summary>
    internal sealed class RecordExpression : Expression
    {
        public RecordExpression(IReadOnlyList<KeyValuePair<string, Expression>> fields) => Fields = fields;

        public IReadOnlyList<KeyValuePair<string, Expression>> Fields { get; }

        public override object? Evaluate(Scope scope)
        {
            var record = new Dictionary<string, object?>(Fields.Count);
            foreach (var field in Fields)
            {
                record[field.Key] = field.Value.Evaluate(scope);
            }
            return new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(record);
        }
    }
}
