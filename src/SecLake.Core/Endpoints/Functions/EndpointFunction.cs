using System;

namespace SecLake.Endpoints
{
    /// <summary>A rule-set function: its name, how many arguments it takes, and what it does.</summary>
    internal sealed class EndpointFunction
    {
        private readonly Func<object?[], Scope, object?> body;

        public EndpointFunction(string name, int minArguments, int maxArguments, Func<object?[], Scope, object?> body)
        {
            Name = name;
            MinArguments = minArguments;
            MaxArguments = maxArguments;
            this.body = body;
        }

        public EndpointFunction(string name, int arguments, Func<object?[], object?> body)
            : this(name, arguments, arguments, (args, _) => body(args))
        {
        }

        public string Name { get; }

        public int MinArguments { get; }

        public int MaxArguments { get; }

        public object? Invoke(object?[] arguments, Scope scope) => body(arguments, scope);
    }

    /// <summary>Typed access to function arguments, failing with a message that names the problem.</summary>
    internal static class Arguments
    {
        public static string? OptionalString(object?[] args, int index) => args[index] switch
        {
            null => null,
            string s => s,
            var other => throw WrongType(index, "a string", other),
        };

        public static bool? OptionalBoolean(object?[] args, int index) => args[index] switch
        {
            null => null,
            bool b => b,
            var other => throw WrongType(index, "a boolean", other),
        };

        public static bool Boolean(object?[] args, int index) =>
            OptionalBoolean(args, index) ?? throw WrongType(index, "a boolean", null);

        public static string String(object?[] args, int index) =>
            OptionalString(args, index) ?? throw WrongType(index, "a string", null);

        public static int Integer(object?[] args, int index) => args[index] is int i
            ? i
            : throw WrongType(index, "an integer", args[index]);

        private static EndpointResolutionException WrongType(int index, string expected, object? actual) =>
            new EndpointResolutionException($"argument {index + 1} must be {expected}, got {Values.Describe(actual)}.");
    }
}
