using System;
using System.Collections.Generic;
using System.Globalization;

namespace SecLake.Endpoints
{
    /// <summary>
    /// A <c>getAttr</c> path such as <c>dnsSuffix</c>, <c>resourceId[0]</c> or <c>a.b[2]</c>: dot-separated
    /// record keys, each optionally followed by one array index. Missing keys and out-of-range indexes
    /// yield null rather than an error, as the spec requires.
    /// </summary>
    internal sealed class AttributePath
    {
        private readonly Segment[] segments;

        private AttributePath(string text, Segment[] segments)
        {
            Text = text;
            this.segments = segments;
        }

        public string Text { get; }

        public static AttributePath Parse(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                throw new FormatException("Attribute path is empty.");
            }
            var result = new List<Segment>();
            foreach (var part in text.Split('.'))
            {
                var bracket = part.IndexOf('[');
                var key = bracket < 0 ? part : part.Substring(0, bracket);
                if (key.Length > 0)
                {
                    result.Add(Segment.ForKey(key));
                }
                else if (bracket != 0 || result.Count == 0)
                {
                    // An index needs something to index into: "[0]" alone or "a..b" are malformed.
                    throw new FormatException($"Attribute path '{text}' has an empty segment.");
                }
                if (bracket >= 0)
                {
                    if (!part.EndsWith("]", StringComparison.Ordinal)
                        || !int.TryParse(part.Substring(bracket + 1, part.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    {
                        throw new FormatException($"Attribute path '{text}' has a malformed index in '{part}'.");
                    }
                    result.Add(Segment.ForIndex(index));
                }
            }
            return new AttributePath(text, result.ToArray());
        }

        public object? Apply(object? target)
        {
            var current = target;
            foreach (var segment in segments)
            {
                current = segment.Key != null
                    ? current is IReadOnlyDictionary<string, object?> record && record.TryGetValue(segment.Key, out var field) ? field : null
                    : current is IReadOnlyList<object?> list && segment.Index < list.Count ? list[segment.Index] : null;
                if (current == null)
                {
                    return null;
                }
            }
            return current;
        }

        public override string ToString() => Text;

        private readonly struct Segment
        {
            private Segment(string? key, int index)
            {
                Key = key;
                Index = index;
            }

            public string? Key { get; }

            public int Index { get; }

            public static Segment ForKey(string key) => new Segment(key, -1);

            public static Segment ForIndex(int index) => new Segment(null, index);
        }
    }
}
