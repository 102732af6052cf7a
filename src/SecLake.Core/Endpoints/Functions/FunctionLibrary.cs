using System.Collections.Generic;

namespace SecLake.Endpoints
{
    /// <summary>
    /// The functions a rule set may call: the rules-engine standard library plus the AWS extensions.
    /// The parser looks names up here, so a rule set naming anything else is rejected when it is parsed,
    /// not when some rarely taken branch runs.
    /// </summary>
    internal static class FunctionLibrary
    {
        public static bool TryGet(string name, out EndpointFunction function) => Functions.TryGetValue(name, out function!);

        public static IEnumerable<string> Names => Functions.Keys;

        // Built when the first rule set is parsed (a nested class keeps it off any other type's initializer).
        private static Dictionary<string, EndpointFunction> Functions => Holder.All;

        private static class Holder
        {
            public static readonly Dictionary<string, EndpointFunction> All = Build();

            private static Dictionary<string, EndpointFunction> Build()
            {
                var all = new Dictionary<string, EndpointFunction>();
                foreach (var function in new[]
                {
                    new EndpointFunction("isSet", 1, args => args[0] != null),
                    new EndpointFunction("not", 1, args => !Arguments.Boolean(args, 0)),
                    new EndpointFunction("booleanEquals", 2, args => Equals(Arguments.OptionalBoolean(args, 0), Arguments.OptionalBoolean(args, 1))),
                    new EndpointFunction("stringEquals", 2, args => Arguments.OptionalString(args, 0) == Arguments.OptionalString(args, 1)),
                    new EndpointFunction("getAttr", 2, GetAttr),
                    new EndpointFunction("substring", 4, StringFunctions.Substring),
                    new EndpointFunction("uriEncode", 1, StringFunctions.UriEncode),
                    new EndpointFunction("isValidHostLabel", 2, StringFunctions.IsValidHostLabel),
                    new EndpointFunction("parseURL", 1, UrlFunction.ParseUrl),
                    new EndpointFunction("aws.partition", 1, 1, AwsFunctions.Partition),
                    new EndpointFunction("aws.parseArn", 1, AwsFunctions.ParseArn),
                    new EndpointFunction("aws.isVirtualHostableS3Bucket", 2, AwsFunctions.IsVirtualHostableS3Bucket),
                })
                {
                    all.Add(function.Name, function);
                }
                return all;
            }
        }

        /// <summary><c>getAttr(value, path)</c>; the parser has already checked literal paths.</summary>
        private static object? GetAttr(object?[] args)
        {
            AttributePath path;
            try
            {
                path = AttributePath.Parse(Arguments.String(args, 1));
            }
            catch (System.FormatException e)
            {
                throw new EndpointResolutionException(e.Message, e);
            }
            return path.Apply(args[0]);
        }
    }
}
