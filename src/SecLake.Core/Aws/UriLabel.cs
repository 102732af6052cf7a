using System.Text;

namespace SecLake.Aws;

/// <summary>RFC 3986 encoding of a URI label as restJson1 requires (a greedy label keeps its slashes).</summary>
public static class UriLabel
{
    public static string Encode(string value, bool greedy = false)
    {
        var sb = new StringBuilder(value.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~' || (greedy && c == '/');
            if (unreserved) sb.Append(c);
            else sb.Append('%').Append(((int)b).ToString("X2"));
        }
        return sb.ToString();
    }
}
