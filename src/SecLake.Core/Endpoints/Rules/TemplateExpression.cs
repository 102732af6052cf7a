using System;
using System.Collections.Generic;
using System.Text;

namespace SecLake.Endpoints
{
    /// <summary>
    /// A string literal, which the spec treats as a template: <c>{Name}</c> substitutes a value,
    /// <c>{Name#path}</c> substitutes an attribute of it, and <c>{{</c> / <c>}}</c> stand for literal braces.
    /// A template without placeholders is just a constant string.
    /// </summary>
    internal sealed class TemplateExpression : Expression
    {
        private readonly Part[] parts;

        private TemplateExpression(string text, Part[] parts)
        {
            Text = text;
            this.parts = parts;
        }

        /// <summary>The template as written in the rule set.</summary>
        public string Text { get; }

        /// <summary>Names the placeholders refer to, for the parser's reference check.</summary>
        public IEnumerable<string> ReferencedNames
        {
            get
            {
                foreach (var part in parts)
                {
                    if (part.Name != null)
                    {
                        yield return part.Name;
                    }
                }
            }
        }

        public static TemplateExpression Parse(string text)
        {
            var result = new List<Part>();
            var literal = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
                {
                    literal.Append(c);
                    i++;
                }
                else if (c == '{')
                {
                    var close = text.IndexOf('}', i + 1);
                    if (close < 0)
                    {
                        throw new FormatException($"Template '{text}' has an unclosed '{{'.");
                    }
                    if (literal.Length > 0)
                    {
                        result.Add(Part.Literal(literal.ToString()));
                        literal.Clear();
                    }
                    result.Add(Part.Placeholder(text.Substring(i + 1, close - i - 1), text));
                    i = close;
                }
                else if (c == '}')
                {
                    throw new FormatException($"Template '{text}' has an unmatched '}}'.");
                }
                else
                {
                    literal.Append(c);
                }
            }
            if (literal.Length > 0 || result.Count == 0)
            {
                result.Add(Part.Literal(literal.ToString()));
            }
            return new TemplateExpression(text, result.ToArray());
        }

        public override object? Evaluate(Scope scope)
        {
            if (parts.Length == 1 && parts[0].Name == null)
            {
                return parts[0].Text;
            }
            var text = new StringBuilder();
            foreach (var part in parts)
            {
                if (part.Name == null)
                {
                    text.Append(part.Text);
                    continue;
                }
                var value = scope.Lookup(part.Name);
                if (part.Path != null)
                {
                    value = part.Path.Apply(value);
                }
                // A placeholder must produce a string; an unset one means the rule set let a leaf run
                // without checking its inputs, which we report rather than emit a broken URL.
                text.Append(Values.ToTemplateText(value)
                    ?? throw new EndpointResolutionException($"Template '{Text}': '{part.Text}' is {Values.Describe(value)}, not a string."));
            }
            return text.ToString();
        }

        private sealed class Part
        {
            private Part(string text, string? name, AttributePath? path)
            {
                Text = text;
                Name = name;
                Path = path;
            }

            /// <summary>Literal text, or the placeholder's inner text.</summary>
            public string Text { get; }

            /// <summary>The referenced name; null for literal text.</summary>
            public string? Name { get; }

            public AttributePath? Path { get; }

            public static Part Literal(string text) => new Part(text, null, null);

            public static Part Placeholder(string inner, string template)
            {
                var hash = inner.IndexOf('#');
                var name = hash < 0 ? inner : inner.Substring(0, hash);
                if (name.Length == 0)
                {
                    throw new FormatException($"Template '{template}' has an empty placeholder.");
                }
                return new Part(inner, name, hash < 0 ? null : AttributePath.Parse(inner.Substring(hash + 1)));
            }
        }
    }
}
