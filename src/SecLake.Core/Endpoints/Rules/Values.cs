using System.Collections.Generic;
using System.Globalization;

namespace SecLake.Endpoints
{
    /// <summary>
    /// Helpers over the interpreter's runtime values: <see cref="string"/>, <see cref="bool"/>,
    /// <see cref="int"/>, <see cref="IReadOnlyList{T}"/> of values and records
    /// (<see cref="IReadOnlyDictionary{TKey,TValue}"/> of values). Null means "not set".
    /// </summary>
    internal static class Values
    {
        /// <summary>
        /// A condition holds when its function returns <c>true</c> or any non-boolean value that is set
        /// (an empty string counts as set), which is how the spec lets <c>assign</c> bind optional results.
        /// </summary>
        public static bool IsTruthy(object? value) => value switch
        {
            null => false,
            bool b => b,
            _ => true,
        };

        /// <summary>Short text for error messages, e.g. <c>string "abc"</c>.</summary>
        public static string Describe(object? value) => value switch
        {
            null => "unset value",
            string s => "string \"" + s + "\"",
            bool b => b ? "boolean true" : "boolean false",
            int i => "integer " + i.ToString(CultureInfo.InvariantCulture),
            IReadOnlyDictionary<string, object?> => "record",
            IReadOnlyList<object?> => "array",
            _ => value.GetType().Name,
        };

        /// <summary>How a value appears when substituted into a string template.</summary>
        public static string? ToTemplateText(object? value) => value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            int i => i.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
