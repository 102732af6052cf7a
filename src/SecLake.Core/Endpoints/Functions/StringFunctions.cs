using System.Text;

namespace SecLake.Endpoints
{
    /// <summary>Standard-library string functions. An unset input gives an unset (or false) result.</summary>
    internal static class StringFunctions
    {
        /// <summary>
        /// <c>substring(input, start, stop, reverse)</c>: characters [start, stop), counted from the end when
        /// reverse is true. Unset when the input is too short, the range is empty, or the input is not ASCII
        /// (so that indexes mean the same thing in every SDK).
        /// </summary>
        public static object? Substring(object?[] args)
        {
            var input = Arguments.OptionalString(args, 0);
            var start = Arguments.Integer(args, 1);
            var stop = Arguments.Integer(args, 2);
            var reverse = Arguments.Boolean(args, 3);
            if (input == null || start < 0 || start >= stop || stop > input.Length || !IsAscii(input))
            {
                return null;
            }
            return reverse
                ? input.Substring(input.Length - stop, stop - start)
                : input.Substring(start, stop - start);
        }

        /// <summary>
        /// <c>uriEncode(value)</c>: RFC 3986 percent-encoding of UTF-8 bytes; only unreserved characters
        /// (letters, digits, <c>-_.~</c>) stay as they are.
        /// </summary>
        public static object? UriEncode(object?[] args)
        {
            var value = Arguments.OptionalString(args, 0);
            if (value == null)
            {
                return null;
            }
            var encoded = new StringBuilder(value.Length);
            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                var c = (char)b;
                if (IsAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '~')
                {
                    encoded.Append(c);
                }
                else
                {
                    encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            return encoded.ToString();
        }

        /// <summary>
        /// <c>isValidHostLabel(value, allowSubDomains)</c>: an RFC 1123 label (1-63 ASCII letters, digits or
        /// hyphens, not starting or ending with a hyphen); with allowSubDomains, dot-separated labels.
        /// </summary>
        public static object? IsValidHostLabel(object?[] args)
        {
            var value = Arguments.OptionalString(args, 0);
            var allowSubDomains = Arguments.Boolean(args, 1);
            if (value == null)
            {
                return false;
            }
            return allowSubDomains ? AllLabels(value, IsHostLabel) : IsHostLabel(value);
        }

        public static bool IsHostLabel(string label)
        {
            if (label.Length < 1 || label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-')
            {
                return false;
            }
            foreach (var c in label)
            {
                if (!IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }
            return true;
        }

        public static bool AllLabels(string value, System.Func<string, bool> isValid)
        {
            foreach (var label in value.Split('.'))
            {
                if (!isValid(label))
                {
                    return false;
                }
            }
            return true;
        }

        public static bool IsAsciiLetterOrDigit(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        private static bool IsAscii(string value)
        {
            foreach (var c in value)
            {
                if (c > 127)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
