using System.Globalization;
using System.Text;

namespace SecLake.Tests.Validation;

/// <summary>
/// Translates a service model's <c>pattern</c> into a .NET pattern that accepts exactly the same strings.
/// </summary>
/// <remarks>
/// <para>
/// The AWS/Smithy models write patterns in ECMA-262 syntax without flags (and without the <c>u</c> flag, so with the
/// Annex B leniencies), and a pattern is a search, not implicitly anchored. The .NET result is meant to run
/// case-sensitively (<c>RegexOptions.None</c> or <c>CultureInvariant</c>) with <c>IsMatch</c>/<c>Match</c>, which is
/// also a search. What differs, and how it is translated:
/// </para>
/// <list type="bullet">
/// <item><c>\d</c>, <c>\w</c>, <c>\s</c> (and <c>\D</c>, <c>\W</c>, <c>\S</c>) are fixed ASCII/Unicode sets in ECMAScript but
/// Unicode categories in .NET (Arabic-Indic digits, accented letters, U+0085): written out as explicit sets.</item>
/// <item><c>.</c> excludes the four ECMAScript line terminators (LF, CR, U+2028, U+2029); .NET's excludes only LF.</item>
/// <item><c>$</c> is the end of the input; .NET's also matches before a final LF: <c>\z</c>.</item>
/// <item>An identity escape of a word character (<c>\_</c>, <c>\a</c>, <c>\e</c>, <c>\p</c> ...) is that character in
/// ECMAScript; .NET refuses it or gives it another meaning: the character itself.</item>
/// <item>In a class, a set escape next to <c>-</c> (<c>[\w-.]</c>) is a literal dash in ECMAScript (Annex B), a range in
/// .NET: the dash is escaped. <c>[</c> is escaped so it never starts a .NET class subtraction.</item>
/// <item><c>[]</c> matches nothing and <c>[^]</c> any character in ECMAScript; .NET has no such classes.</item>
/// </list>
/// <para>
/// Constructs no model uses and whose meaning would need more than a rewrite of one token (back-references, word
/// boundaries, negated set escapes inside a class, <c>\k</c>, inline modifiers) throw <see cref="NotSupportedException"/>
/// rather than being passed through with a different meaning.
/// </para>
/// </remarks>
internal static class ModelPattern
{
    /// <summary>ECMAScript's <c>\s</c>: WhiteSpace (TAB, VT, FF, SP, NBSP, ZWNBSP, the Zs category) and LineTerminator (LF, CR, LS, PS).</summary>
    public const string EcmaSpaceSet = @"\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    /// <summary>ECMAScript's <c>\w</c> without the <c>u</c> and <c>i</c> flags.</summary>
    public const string EcmaWordSet = "A-Za-z0-9_";

    /// <summary>ECMAScript's <c>\d</c>.</summary>
    public const string EcmaDigitSet = "0-9";

    /// <summary>ECMAScript's <c>.</c> without the <c>s</c> flag: any code unit but a line terminator.</summary>
    public const string EcmaDot = @"[^\n\r\u2028\u2029]";

    public static string ToDotNet(string modelPattern)
    {
        ArgumentNullException.ThrowIfNull(modelPattern);
        var translator = new Translator(modelPattern);
        return translator.Run();
    }

    private sealed class Translator
    {
        private readonly string _source;
        private readonly StringBuilder _result;
        private int _position;

        public Translator(string source)
        {
            _source = source;
            _result = new StringBuilder(source.Length + 32);
        }

        private bool AtEnd => _position >= _source.Length;

        private char Peek(int ahead = 0) => _position + ahead < _source.Length ? _source[_position + ahead] : '\0';

        public string Run()
        {
            while (!AtEnd)
            {
                var c = _source[_position];
                switch (c)
                {
                    case '\\':
                        _position++;
                        _result.Append(EscapeOutsideClass());
                        break;
                    case '[':
                        _position++;
                        _result.Append(CharacterClass());
                        break;
                    case '.':
                        _position++;
                        _result.Append(EcmaDot);
                        break;
                    case '$':
                        _position++;
                        _result.Append(@"\z");
                        break;
                    case '(':
                        _result.Append(GroupOpening());
                        break;
                    default:
                        _position++;
                        _result.Append(c);
                        break;
                }
            }
            return _result.ToString();
        }

        /// <summary>The groups ECMAScript has mean the same in .NET; anything else is not ECMAScript of the models' kind.</summary>
        private string GroupOpening()
        {
            if (Peek(1) != '?')
            {
                _position++;
                return "(";
            }
            foreach (var opening in new[] { "(?:", "(?=", "(?!", "(?<=", "(?<!" })
            {
                if (string.CompareOrdinal(_source, _position, opening, 0, opening.Length) == 0)
                {
                    _position += opening.Length;
                    return opening;
                }
            }
            if (Peek(2) == '<')
            {
                // A named group matches what the unnamed one would; only \k back-references (refused) use the name.
                var close = _source.IndexOf('>', _position);
                if (close < 0) throw Invalid("an unterminated group name");
                var opening = _source.Substring(_position, close - _position + 1);
                _position = close + 1;
                return opening;
            }
            throw Unsupported($"the group opening '{_source.Substring(_position, Math.Min(4, _source.Length - _position))}'");
        }

        private string EscapeOutsideClass()
        {
            if (AtEnd) throw Invalid("a trailing backslash");
            var c = _source[_position++];
            switch (c)
            {
                case 'd': return "[" + EcmaDigitSet + "]";
                case 'D': return "[^" + EcmaDigitSet + "]";
                case 'w': return "[" + EcmaWordSet + "]";
                case 'W': return "[^" + EcmaWordSet + "]";
                case 's': return "[" + EcmaSpaceSet + "]";
                case 'S': return "[^" + EcmaSpaceSet + "]";
                case 'b':
                case 'B':
                    throw Unsupported($"the word boundary \\{c} (ASCII in ECMAScript, Unicode in .NET)");
                case 'k':
                    throw Unsupported("the named back-reference \\k");
                case >= '1' and <= '9':
                    throw Unsupported($"the back-reference or legacy octal escape \\{c}");
                default:
                    return CharacterEscape(c);
            }
        }

        /// <summary>An escape that stands for one character, in or outside a class (the character after the backslash is consumed).</summary>
        private string CharacterEscape(char c)
        {
            switch (c)
            {
                case 'f': return @"\f";
                case 'n': return @"\n";
                case 'r': return @"\r";
                case 't': return @"\t";
                case 'v': return @"\v";
                case '0':
                    if (char.IsAsciiDigit(Peek())) throw Unsupported("a legacy octal escape \\0" + Peek());
                    return @"\x00";
                case 'c':
                    if (!char.IsAsciiLetter(Peek())) throw Unsupported("\\c not followed by a letter");
                    return Code(_source[_position++] % 32);
                case 'x':
                    // Annex B: \x without two hex digits is the letter x.
                    return HexDigits(2) ? @"\x" + Take(2) : "x";
                case 'u':
                    return HexDigits(4) ? @"\u" + Take(4) : "u";
                default:
                    return IdentityEscape(c);
            }
        }

        /// <summary>
        /// An escaped character that is itself in ECMAScript. .NET refuses to escape word characters (\_) and gives some
        /// letters a meaning (\a bell, \e escape, \p category): those are written plainly; ASCII punctuation stays escaped.
        /// </summary>
        private static string IdentityEscape(char c)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_') return c.ToString();
            if (c < 0x80) return "\\" + c;
            return Code(c);
        }

        private static string Code(int c) =>
            c <= 0xFF ? @"\x" + c.ToString("X2", CultureInfo.InvariantCulture) : @"\u" + c.ToString("X4", CultureInfo.InvariantCulture);

        private bool HexDigits(int count)
        {
            for (var i = 0; i < count; i++)
                if (!char.IsAsciiHexDigit(Peek(i))) return false;
            return true;
        }

        private string Take(int count)
        {
            var text = _source.Substring(_position, count);
            _position += count;
            return text;
        }

        /// <summary>One member of a class: a character (with its code, when known, for range checks) or a set such as \w.</summary>
        private sealed record ClassAtom(string DotNet, int? Code, bool IsSet, bool IsRangeDash);

        private string CharacterClass()
        {
            var negated = Peek() == '^';
            if (negated) _position++;
            if (Peek() == ']')
            {
                // [] never matches and [^] matches any code unit: both are valid ECMAScript with no .NET class of that text.
                _position++;
                return negated ? @"[\s\S]" : "(?!)";
            }

            var atoms = new List<ClassAtom>();
            while (true)
            {
                if (AtEnd) throw Invalid("an unterminated character class");
                var c = _source[_position++];
                if (c == ']') break;
                if (c == '\\')
                {
                    atoms.Add(EscapeInsideClass());
                    continue;
                }
                atoms.Add(c switch
                {
                    '-' => new ClassAtom("-", '-', false, true),
                    // Escaped so that '-[' can never become a .NET class subtraction.
                    '[' => new ClassAtom(@"\[", '[', false, false),
                    _ => new ClassAtom(c.ToString(), c, false, false),
                });
            }

            var result = new StringBuilder(negated ? "[^" : "[");
            for (var i = 0; i < atoms.Count; i++)
            {
                var atom = atoms[i];
                var isRange = i + 2 < atoms.Count && atoms[i + 1].IsRangeDash;
                if (!isRange)
                {
                    // A dash standing alone: plain at either end of the class (as the models write it), escaped elsewhere so
                    // .NET cannot read it as a range between its neighbours.
                    var alone = atom.IsRangeDash && i != 0 && i != atoms.Count - 1 ? @"\-" : atom.DotNet;
                    result.Append(alone);
                    continue;
                }
                var end = atoms[i + 2];
                if (atom.IsSet || end.IsSet)
                {
                    // Annex B: a range with a set at either end is the union of both and a literal dash.
                    result.Append(atom.DotNet).Append(@"\-").Append(end.DotNet);
                }
                else
                {
                    if (atom.Code > end.Code) throw Invalid("a character class range out of order");
                    result.Append(RangeEnd(atom)).Append('-').Append(RangeEnd(end));
                }
                i += 2;
            }
            return result.Append(']').ToString();
        }

        /// <summary>
        /// A range end as .NET reads it: plain characters and \x/\u codes as written; any other escape (\-, \., \t, \b) as
        /// its code, since .NET does not start a range at every escape (<c>[\--a]</c> is not the range from '-' to 'a').
        /// </summary>
        private static string RangeEnd(ClassAtom atom) =>
            atom.DotNet.Length == 1 && !atom.IsRangeDash
            || atom.DotNet.StartsWith(@"\x", StringComparison.Ordinal) || atom.DotNet.StartsWith(@"\u", StringComparison.Ordinal)
                ? atom.DotNet
                : Code(atom.Code!.Value);

        private ClassAtom EscapeInsideClass()
        {
            if (AtEnd) throw Invalid("a trailing backslash");
            var c = _source[_position++];
            switch (c)
            {
                case 'd': return new ClassAtom(EcmaDigitSet, null, true, false);
                case 'w': return new ClassAtom(EcmaWordSet, null, true, false);
                case 's': return new ClassAtom(EcmaSpaceSet, null, true, false);
                case 'D':
                case 'W':
                case 'S':
                    throw Unsupported($"the negated set \\{c} inside a character class");
                case 'b':
                    // Backspace inside a class, in both dialects.
                    return new ClassAtom(@"\b", 8, false, false);
                case 'k':
                    throw Unsupported("\\k inside a character class");
                case >= '1' and <= '9':
                    throw Unsupported($"the legacy octal escape \\{c} inside a character class");
                case '-':
                    return new ClassAtom(@"\-", '-', false, false);
                default:
                    var start = _position - 1;
                    var dotNet = CharacterEscape(c);
                    return new ClassAtom(dotNet, CodeOf(dotNet, _source.Substring(start, _position - start)), false, false);
            }
        }

        /// <summary>The code of the character a translated escape stands for (for range-order checks).</summary>
        private static int CodeOf(string dotNet, string escapedSource) =>
            dotNet switch
            {
                @"\f" => '\f',
                @"\n" => '\n',
                @"\r" => '\r',
                @"\t" => '\t',
                @"\v" => '\v',
                _ when dotNet.StartsWith(@"\x", StringComparison.Ordinal) || dotNet.StartsWith(@"\u", StringComparison.Ordinal)
                    => int.Parse(dotNet.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ when dotNet.Length == 2 && dotNet[0] == '\\' => dotNet[1],
                _ when dotNet.Length == 1 => dotNet[0],
                _ => throw new InvalidOperationException($"No character code for the escape {escapedSource}."),
            };

        private NotSupportedException Unsupported(string what) =>
            new($"The model pattern '{_source}' uses {what}, which this translator does not carry over to .NET.");

        private ArgumentException Invalid(string what) =>
            new($"The model pattern '{_source}' is not a valid ECMAScript pattern: it has {what}.");
    }
}
