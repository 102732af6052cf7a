using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SecLake.Endpoints
{
    /// <summary>
    /// Reads rule-set JSON into the rule model and checks it as far as can be done without inputs:
    /// version, parameter declarations, rule shapes, that every function exists with the right number of
    /// arguments, and that every reference names a parameter or a value assigned before it in scope.
    /// Problems are reported as <see cref="FormatException"/> naming the JSON location.
    /// </summary>
    internal sealed class RuleSetParser
    {
        private readonly Dictionary<string, ParameterDefinition> parameters = new Dictionary<string, ParameterDefinition>(StringComparer.Ordinal);

        public static (IReadOnlyList<ParameterDefinition> Parameters, IReadOnlyList<Rule> Rules) Parse(string json)
        {
            if (json == null)
            {
                throw new ArgumentNullException(nameof(json));
            }
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json);
            }
            catch (JsonException e)
            {
                throw new FormatException("Endpoint rule set is not valid JSON: " + e.Message, e);
            }
            using (document)
            {
                return new RuleSetParser().ParseRoot(document.RootElement);
            }
        }

        private (IReadOnlyList<ParameterDefinition>, IReadOnlyList<Rule>) ParseRoot(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "rule set");
            var version = RequiredString(root, "version", "rule set");
            if (!version.StartsWith("1.", StringComparison.Ordinal))
            {
                throw new FormatException($"Endpoint rule set version '{version}' is not supported (expected 1.x).");
            }
            if (root.TryGetProperty("parameters", out var declared))
            {
                Expect(declared, JsonValueKind.Object, "parameters");
                foreach (var property in declared.EnumerateObject())
                {
                    parameters.Add(property.Name, ParseParameter(property.Name, property.Value));
                }
            }
            var defined = new HashSet<string>(parameters.Keys, StringComparer.Ordinal);
            var rules = ParseRules(Required(root, "rules", "rule set"), "rules", defined);
            return (new List<ParameterDefinition>(parameters.Values).AsReadOnly(), rules);
        }

        private static ParameterDefinition ParseParameter(string name, JsonElement element)
        {
            var where = $"parameter '{name}'";
            Expect(element, JsonValueKind.Object, where);
            var typeName = RequiredString(element, "type", where);
            // Rule sets spell types both "String" and "string" (QLDB vs Security Lake), so compare loosely.
            ParameterType type = typeName.ToLowerInvariant() switch
            {
                "string" => ParameterType.String,
                "boolean" => ParameterType.Boolean,
                "stringarray" => ParameterType.StringArray,
                _ => throw new FormatException($"The {where} has unsupported type '{typeName}'."),
            };
            object? defaultValue = null;
            if (element.TryGetProperty("default", out var defaultElement) && defaultElement.ValueKind != JsonValueKind.Null)
            {
                defaultValue = ParameterValues.FromJson(defaultElement, type)
                    ?? throw new FormatException($"The {where} has a default that is not a {typeName}.");
            }
            return new ParameterDefinition(
                name,
                type,
                OptionalString(element, "builtIn", where),
                element.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True,
                defaultValue,
                OptionalString(element, "documentation", where));
        }

        private IReadOnlyList<Rule> ParseRules(JsonElement element, string location, HashSet<string> defined)
        {
            Expect(element, JsonValueKind.Array, location);
            var rules = new List<Rule>();
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                rules.Add(ParseRule(item, $"{location}[{index++}]", defined));
            }
            return rules.AsReadOnly();
        }

        private Rule ParseRule(JsonElement element, string location, HashSet<string> outerDefined)
        {
            Expect(element, JsonValueKind.Object, location);
            var type = RequiredString(element, "type", location);
            var documentation = OptionalString(element, "documentation", location);

            // Assignments are visible to later conditions of the same rule and to everything inside it.
            var defined = new HashSet<string>(outerDefined, StringComparer.Ordinal);
            var conditions = new List<Condition>();
            if (element.TryGetProperty("conditions", out var conditionsElement))
            {
                Expect(conditionsElement, JsonValueKind.Array, location + ".conditions");
                var index = 0;
                foreach (var item in conditionsElement.EnumerateArray())
                {
                    conditions.Add(ParseCondition(item, $"{location}.conditions[{index++}]", defined));
                }
            }

            switch (type)
            {
                case "endpoint":
                    return ParseEndpointRule(Required(element, "endpoint", location), location, conditions, documentation, defined);
                case "error":
                    return new ErrorRule(location, conditions, documentation, ParseExpression(Required(element, "error", location), location + ".error", defined, false));
                case "tree":
                    return new TreeRule(location, conditions, documentation, ParseRules(Required(element, "rules", location), location + ".rules", defined));
                default:
                    throw new FormatException($"Rule at {location} has unknown type '{type}' (expected endpoint, error or tree).");
            }
        }

        private Condition ParseCondition(JsonElement element, string location, HashSet<string> defined)
        {
            Expect(element, JsonValueKind.Object, location);
            if (!element.TryGetProperty("fn", out _))
            {
                throw new FormatException($"Condition at {location} is not a function call.");
            }
            var call = (FunctionCallExpression)ParseExpression(element, location, defined, false);
            var assign = OptionalString(element, "assign", location);
            if (assign != null && !defined.Add(assign))
            {
                throw new FormatException($"Condition at {location} assigns '{assign}', which is already defined.");
            }
            return new Condition(call, assign);
        }

        private EndpointRule ParseEndpointRule(JsonElement element, string location, List<Condition> conditions, string? documentation, HashSet<string> defined)
        {
            var where = location + ".endpoint";
            Expect(element, JsonValueKind.Object, where);
            var url = ParseExpression(Required(element, "url", where), where + ".url", defined, false);

            var properties = new RecordExpression(Array.Empty<KeyValuePair<string, Expression>>());
            if (element.TryGetProperty("properties", out var propertiesElement))
            {
                Expect(propertiesElement, JsonValueKind.Object, where + ".properties");
                properties = (RecordExpression)ParseExpression(propertiesElement, where + ".properties", defined, true);
            }

            var headers = new List<KeyValuePair<string, IReadOnlyList<Expression>>>();
            if (element.TryGetProperty("headers", out var headersElement))
            {
                Expect(headersElement, JsonValueKind.Object, where + ".headers");
                foreach (var header in headersElement.EnumerateObject())
                {
                    var headerWhere = $"{where}.headers.{header.Name}";
                    Expect(header.Value, JsonValueKind.Array, headerWhere);
                    var values = new List<Expression>();
                    foreach (var value in header.Value.EnumerateArray())
                    {
                        values.Add(ParseExpression(value, headerWhere, defined, false));
                    }
                    headers.Add(new KeyValuePair<string, IReadOnlyList<Expression>>(header.Name, values.AsReadOnly()));
                }
            }
            return new EndpointRule(location, conditions, documentation, url, properties, headers.AsReadOnly());
        }

        /// <summary>
        /// Any value position. Strings are templates; objects are references, function calls or (only inside
        /// endpoint properties, where <paramref name="recordsAllowed"/>) record literals.
        /// </summary>
        private Expression ParseExpression(JsonElement element, string location, HashSet<string> defined, bool recordsAllowed)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    TemplateExpression template;
                    try
                    {
                        template = TemplateExpression.Parse(element.GetString()!);
                    }
                    catch (FormatException e)
                    {
                        throw new FormatException($"At {location}: {e.Message}", e);
                    }
                    foreach (var name in template.ReferencedNames)
                    {
                        CheckDefined(name, location, defined);
                    }
                    return template;
                case JsonValueKind.True:
                case JsonValueKind.False:
                    return new LiteralExpression(element.GetBoolean());
                case JsonValueKind.Number:
                    return element.TryGetInt32(out var number)
                        ? new LiteralExpression(number)
                        : throw new FormatException($"Number at {location} is not an integer.");
                case JsonValueKind.Array:
                    var items = new List<Expression>();
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        items.Add(ParseExpression(item, $"{location}[{index++}]", defined, recordsAllowed));
                    }
                    return new ArrayExpression(items.AsReadOnly());
                case JsonValueKind.Object when element.TryGetProperty("ref", out var reference):
                    var refName = reference.ValueKind == JsonValueKind.String
                        ? reference.GetString()!
                        : throw new FormatException($"Reference at {location} must name a string.");
                    CheckDefined(refName, location, defined);
                    return new ReferenceExpression(refName);
                case JsonValueKind.Object when element.TryGetProperty("fn", out _):
                    return ParseFunctionCall(element, location, defined);
                case JsonValueKind.Object when recordsAllowed:
                    var fields = new List<KeyValuePair<string, Expression>>();
                    foreach (var property in element.EnumerateObject())
                    {
                        fields.Add(new KeyValuePair<string, Expression>(
                            property.Name, ParseExpression(property.Value, $"{location}.{property.Name}", defined, true)));
                    }
                    return new RecordExpression(fields.AsReadOnly());
                default:
                    throw new FormatException($"Value at {location} is not a valid expression ({element.ValueKind}).");
            }
        }

        private FunctionCallExpression ParseFunctionCall(JsonElement element, string location, HashSet<string> defined)
        {
            var name = RequiredString(element, "fn", location);
            if (!FunctionLibrary.TryGet(name, out var function))
            {
                throw new FormatException(
                    $"Endpoint rule set calls unsupported function '{name}' at {location}. Supported: {string.Join(", ", FunctionLibrary.Names)}.");
            }
            var argv = Required(element, "argv", location);
            Expect(argv, JsonValueKind.Array, location + ".argv");
            var arguments = new List<Expression>();
            var index = 0;
            foreach (var item in argv.EnumerateArray())
            {
                arguments.Add(ParseExpression(item, $"{location}.argv[{index++}]", defined, false));
            }
            if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
            {
                throw new FormatException($"Function '{name}' at {location} takes {function.MinArguments} argument(s), got {arguments.Count}.");
            }
            if (name == "getAttr" && arguments[1] is TemplateExpression path)
            {
                try
                {
                    AttributePath.Parse(path.Text);
                }
                catch (FormatException e)
                {
                    throw new FormatException($"At {location}: {e.Message}", e);
                }
            }
            return new FunctionCallExpression(function, arguments.AsReadOnly(), location);
        }

        private static void CheckDefined(string name, string location, HashSet<string> defined)
        {
            if (!defined.Contains(name))
            {
                throw new FormatException($"At {location}: '{name}' is neither a parameter nor assigned by an enclosing or earlier condition.");
            }
        }

        private static JsonElement Required(JsonElement element, string name, string owner) =>
            element.TryGetProperty(name, out var value)
                ? value
                : throw new FormatException($"The {owner} has no '{name}'.");

        private static string RequiredString(JsonElement element, string name, string owner) =>
            OptionalString(element, name, owner) ?? throw new FormatException($"The {owner} has no '{name}'.");

        private static string? OptionalString(JsonElement element, string name, string owner)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            return value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : throw new FormatException($"The '{name}' of {owner} must be a string.");
        }

        private static void Expect(JsonElement element, JsonValueKind kind, string what)
        {
            if (element.ValueKind != kind)
            {
                throw new FormatException($"Expected {what} to be a JSON {kind}, found {element.ValueKind}.");
            }
        }
    }
}
