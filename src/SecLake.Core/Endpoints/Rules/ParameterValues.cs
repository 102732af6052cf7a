using System.Collections.Generic;
using System.Text.Json;

namespace SecLake.Endpoints
{
    /// <summary>Converts parameter values (from JSON defaults or from callers) to the interpreter's values.</summary>
    internal static class ParameterValues
    {
        /// <summary>A JSON value as a value of <paramref name="type"/>, or null when it is not one.</summary>
        public static object? FromJson(JsonElement element, ParameterType type)
        {
            switch (type)
            {
                case ParameterType.String when element.ValueKind == JsonValueKind.String:
                    return element.GetString();
                case ParameterType.Boolean when element.ValueKind == JsonValueKind.True || element.ValueKind == JsonValueKind.False:
                    return element.GetBoolean();
                case ParameterType.StringArray when element.ValueKind == JsonValueKind.Array:
                    var items = new List<object?>();
                    foreach (var item in element.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.String)
                        {
                            return null;
                        }
                        items.Add(item.GetString());
                    }
                    return items.AsReadOnly();
                default:
                    return null;
            }
        }

        /// <summary>
        /// A caller-supplied value checked against the declaration; null stays null (unset). A value of the
        /// wrong type is a caller bug, reported rather than silently treated as unset.
        /// </summary>
        public static object? FromCaller(ParameterDefinition parameter, object? value)
        {
            switch (value)
            {
                case null:
                    return null;
                case string s when parameter.Type == ParameterType.String:
                    return s;
                case bool b when parameter.Type == ParameterType.Boolean:
                    return b;
                case IEnumerable<string> strings when parameter.Type == ParameterType.StringArray:
                    return new List<object?>(strings).AsReadOnly();
                default:
                    throw new EndpointResolutionException(
                        $"Endpoint parameter '{parameter.Name}' must be a {parameter.Type}, got {Values.Describe(value)}.");
            }
        }
    }
}
