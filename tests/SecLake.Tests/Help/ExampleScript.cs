using System.Text;

namespace SecLake.Tests.Help;

/// <summary>One command invocation in an example: its name and the parameter names and splats given to it.</summary>
public sealed record CommandCall(string Name, IReadOnlyList<string> Parameters, IReadOnlyList<string> Splats);

/// <summary>
/// The commands an example script calls, read with a small PowerShell tokenizer: enough of the language for help
/// examples (pipelines, statements, script blocks, subexpressions, hashtables, splatting, strings, comments, line
/// continuation, -Param:value) to tell command names and parameter names from arguments, operators and strings.
/// Hashtable literals assigned to variables are remembered, so a splat's keys can be checked as parameters.
/// </summary>
public sealed class ExampleScript
{
    private readonly List<Token> _tokens;
    private int _pos;

    private ExampleScript(List<Token> tokens) => _tokens = tokens;

    public List<CommandCall> Commands { get; } = new();

    /// <summary>Each pipeline with more than one element, as the commands in it (expressions left out).</summary>
    public List<List<CommandCall>> Pipelines { get; } = new();

    /// <summary>Keys of the hashtable literals assigned to variables ($name = @{ Key = ... }), by variable name.</summary>
    public Dictionary<string, List<string>> HashtableVariables { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static ExampleScript Parse(string code)
    {
        var script = new ExampleScript(Lexer.Tokenize(code));
        script.ParseStatements(TokenKind.EndOfInput);
        return script;
    }

    private Token Current => _tokens[_pos];
    private Token Peek(int ahead) => _tokens[Math.Min(_pos + ahead, _tokens.Count - 1)];

    private void ParseStatements(TokenKind end)
    {
        while (Current.Kind != end && Current.Kind != TokenKind.EndOfInput)
        {
            if (IsStatementSeparator(Current.Kind) || Current.Kind is TokenKind.CloseParen or TokenKind.CloseBrace && Current.Kind != end)
            {
                _pos++;
                continue;
            }
            ParsePipeline();
        }
        if (Current.Kind == end && end != TokenKind.EndOfInput) _pos++;
    }

    private void ParsePipeline()
    {
        var elements = new List<CommandCall?>();
        while (true)
        {
            elements.Add(ParseElement());
            if (Current.Kind != TokenKind.Pipe) break;
            _pos++;
            while (Current.Kind == TokenKind.NewLine) _pos++;
        }
        var commands = elements.OfType<CommandCall>().ToList();
        if (elements.Count > 1) Pipelines.Add(commands);
    }

    /// <summary>One pipeline element: a command (returned) or an expression (null). Nested groups are parsed too.</summary>
    private CommandCall? ParseElement()
    {
        if (Current.Kind == TokenKind.Variable && Peek(1).Kind == TokenKind.Equals)
        {
            var variable = Current.Text;
            _pos += 2;
            if (Current.Kind == TokenKind.HashOpen && IsElementEnd(FindGroupEnd(_pos) + 1))
            {
                _pos++;
                HashtableVariables[variable] = ParseHashtable();
                return null;
            }
            return ParseElement();
        }
        var called = Current.Kind == TokenKind.CallOperator;
        if (called) _pos++;
        if (Current.Kind == TokenKind.Word && !IsNumber(Current.Text) && !Keywords.Contains(Current.Text) || called && Current.Kind == TokenKind.String)
            return ParseCommand();
        while (!IsElementEnd(_pos))
        {
            if (!TryParseGroup()) _pos++;
        }
        return null;
    }

    private CommandCall ParseCommand()
    {
        var name = Current.Text;
        _pos++;
        var parameters = new List<string>();
        var splats = new List<string>();
        while (!IsElementEnd(_pos))
        {
            switch (Current.Kind)
            {
                case TokenKind.Parameter: parameters.Add(Current.Text); _pos++; break;
                case TokenKind.Splat: splats.Add(Current.Text); _pos++; break;
                default:
                    if (!TryParseGroup()) _pos++;
                    break;
            }
        }
        var call = new CommandCall(name, parameters, splats);
        Commands.Add(call);
        return call;
    }

    /// <summary>Parses (..), $(..), @(..), {..} as statements and @{..} as a hashtable; false when not at a group.</summary>
    private bool TryParseGroup()
    {
        switch (Current.Kind)
        {
            case TokenKind.OpenParen:
                _pos++;
                ParseStatements(TokenKind.CloseParen);
                return true;
            case TokenKind.OpenBrace:
                _pos++;
                ParseStatements(TokenKind.CloseBrace);
                return true;
            case TokenKind.HashOpen:
                _pos++;
                ParseHashtable();
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads "Key = value" entries up to the closing brace; values may hold commands.</summary>
    private List<string> ParseHashtable()
    {
        var keys = new List<string>();
        while (Current.Kind is not TokenKind.CloseBrace and not TokenKind.EndOfInput)
        {
            if (IsStatementSeparator(Current.Kind))
            {
                _pos++;
                continue;
            }
            keys.Add(Current.Text);
            _pos++;
            if (Current.Kind == TokenKind.Equals) _pos++;
            ParsePipeline();
        }
        if (Current.Kind == TokenKind.CloseBrace) _pos++;
        return keys;
    }

    private int FindGroupEnd(int open)
    {
        var depth = 0;
        for (var i = open; i < _tokens.Count; i++)
        {
            if (_tokens[i].Kind is TokenKind.OpenParen or TokenKind.OpenBrace or TokenKind.HashOpen) depth++;
            if (_tokens[i].Kind is TokenKind.CloseParen or TokenKind.CloseBrace && --depth == 0) return i;
        }
        return _tokens.Count - 1;
    }

    private bool IsElementEnd(int index)
    {
        var kind = _tokens[Math.Min(index, _tokens.Count - 1)].Kind;
        return kind is TokenKind.Pipe or TokenKind.CloseParen or TokenKind.CloseBrace or TokenKind.EndOfInput || IsStatementSeparator(kind);
    }

    /// <summary>Language keywords start statements, not commands.</summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "elseif", "else", "foreach", "for", "while", "do", "until", "switch", "try", "catch", "finally", "trap",
        "return", "break", "continue", "throw", "exit", "function", "filter", "param", "begin", "process", "end",
    };

    private static bool IsStatementSeparator(TokenKind kind) => kind is TokenKind.NewLine or TokenKind.Semicolon;

    private static bool IsNumber(string text) => text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '.' && text.Length > 1 && char.IsDigit(text[1]));

    internal enum TokenKind
    {
        Word, String, Variable, Splat, Parameter, Pipe, NewLine, Semicolon, CallOperator, Equals, Comma,
        OpenParen, CloseParen, OpenBrace, CloseBrace, HashOpen, EndOfInput,
    }

    internal sealed record Token(TokenKind Kind, string Text);

    /// <summary>Splits example code into tokens; comments and line continuations disappear.</summary>
    internal static class Lexer
    {
        private const string WordEnd = " \t\r\n|;,(){}=";

        public static List<Token> Tokenize(string code)
        {
            var tokens = new List<Token>();
            var i = 0;
            while (i < code.Length)
            {
                var c = code[i];
                var next = i + 1 < code.Length ? code[i + 1] : '\0';
                if (c is ' ' or '\t' or '\r') { i++; continue; }
                if (c == '`' && (next == '\n' || next == '\r')) { i += next == '\r' ? 3 : 2; continue; }
                if (c == '<' && next == '#') { i = Skip(code, i, "#>"); continue; }
                if (c == '#') { while (i < code.Length && code[i] != '\n') i++; continue; }
                if (c == '\n') { tokens.Add(new(TokenKind.NewLine, "\n")); i++; continue; }
                if (c == ';') { tokens.Add(new(TokenKind.Semicolon, ";")); i++; continue; }
                if (c == '|' && next == '|' || c == '&' && next == '&') { tokens.Add(new(TokenKind.Semicolon, c + "" + next)); i += 2; continue; }
                if (c == '|') { tokens.Add(new(TokenKind.Pipe, "|")); i++; continue; }
                if (c == '&') { tokens.Add(new(TokenKind.CallOperator, "&")); i++; continue; }
                if (c == ',') { tokens.Add(new(TokenKind.Comma, ",")); i++; continue; }
                if (c == '=') { tokens.Add(new(TokenKind.Equals, "=")); i++; continue; }
                if (c == '(') { tokens.Add(new(TokenKind.OpenParen, "(")); i++; continue; }
                if (c == ')') { tokens.Add(new(TokenKind.CloseParen, ")")); i++; continue; }
                if (c == '{') { tokens.Add(new(TokenKind.OpenBrace, "{")); i++; continue; }
                if (c == '}') { tokens.Add(new(TokenKind.CloseBrace, "}")); i++; continue; }
                if (c == '$' && next == '(' || c == '@' && next == '(') { tokens.Add(new(TokenKind.OpenParen, c + "(")); i += 2; continue; }
                if (c == '@' && next == '{') { tokens.Add(new(TokenKind.HashOpen, "@{")); i += 2; continue; }
                if (c == '@' && (char.IsLetterOrDigit(next) || next == '_')) { i++; tokens.Add(new(TokenKind.Splat, ReadName(code, ref i))); continue; }
                if (c == '\'' || c == '"') { tokens.Add(new(TokenKind.String, ReadString(code, ref i))); continue; }
                if (c == '$') { i++; tokens.Add(new(TokenKind.Variable, ReadVariable(code, ref i))); continue; }
                if (c is '-' or '\u2013' && (char.IsLetter(next) || next == '_')) { i++; tokens.Add(new(TokenKind.Parameter, ReadParameterName(code, ref i))); continue; }
                if (c == '[') { tokens.Add(new(TokenKind.Word, ReadBracketed(code, ref i))); continue; }
                tokens.Add(new(TokenKind.Word, ReadWord(code, ref i)));
            }
            tokens.Add(new(TokenKind.EndOfInput, ""));
            return tokens;
        }

        private static int Skip(string code, int i, string terminator)
        {
            var end = code.IndexOf(terminator, i + 2, StringComparison.Ordinal);
            return end < 0 ? code.Length : end + terminator.Length;
        }

        private static string ReadName(string code, ref int i)
        {
            var start = i;
            while (i < code.Length && (char.IsLetterOrDigit(code[i]) || code[i] == '_')) i++;
            return code.Substring(start, i - start);
        }

        /// <summary>"-Name" or "-Confirm:$false": the name; a value after ':' becomes the next token.</summary>
        private static string ReadParameterName(string code, ref int i)
        {
            var start = i;
            while (i < code.Length && (char.IsLetterOrDigit(code[i]) || code[i] == '_' || code[i] == '?')) i++;
            var name = code.Substring(start, i - start);
            if (i < code.Length && code[i] == ':') i++;
            return name;
        }

        /// <summary>$name, $env:NAME, ${any name}, with member access ($_.Key, $x[0]) kept in the token.</summary>
        private static string ReadVariable(string code, ref int i)
        {
            if (i < code.Length && code[i] == '{')
            {
                var close = code.IndexOf('}', i);
                var braced = code.Substring(i + 1, (close < 0 ? code.Length : close) - i - 1);
                i = close < 0 ? code.Length : close + 1;
                return braced;
            }
            var name = new StringBuilder();
            while (i < code.Length && (char.IsLetterOrDigit(code[i]) || code[i] is '_' or ':' || code[i] == '?' && name.Length == 0)) name.Append(code[i++]);
            while (i < code.Length && (code[i] == '.' && i + 1 < code.Length && char.IsLetter(code[i + 1]) || code[i] == '['))
            {
                if (code[i] == '[') ReadBracketed(code, ref i);
                else { i++; ReadName(code, ref i); }
            }
            return name.ToString();
        }

        private static string ReadString(string code, ref int i)
        {
            var quote = code[i++];
            var text = new StringBuilder();
            while (i < code.Length)
            {
                var c = code[i];
                if (c == quote && i + 1 < code.Length && code[i + 1] == quote) { text.Append(c); i += 2; continue; }
                if (c == quote) { i++; break; }
                if (quote == '"' && c == '`' && i + 1 < code.Length) { text.Append(code[i + 1]); i += 2; continue; }
                text.Append(c);
                i++;
            }
            return text.ToString();
        }

        private static string ReadBracketed(string code, ref int i)
        {
            var start = i;
            var depth = 0;
            for (; i < code.Length; i++)
            {
                if (code[i] == '[') depth++;
                if (code[i] == ']' && --depth == 0) { i++; break; }
            }
            return code.Substring(start, i - start);
        }

        private static string ReadWord(string code, ref int i)
        {
            var start = i;
            while (i < code.Length && WordEnd.IndexOf(code[i]) < 0)
            {
                i += code[i] == '`' && i + 1 < code.Length ? 2 : 1;
            }
            return i == start ? code[i++].ToString() : code.Substring(start, i - start);
        }
    }
}
