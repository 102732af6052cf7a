using System.Text;

namespace SecLake.Emulator.State;

/// <summary>
/// Opaque paging tokens: base64 of "kind:position" where position is the sort key of the last item returned,
/// so a page continues correctly even when items were added or removed in between.
/// </summary>
internal static class PageToken
{
    public static string Create(string kind, string position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{position}"));

    /// <summary>The position in a token of this kind, or null when the token is not one the emulator issued.</summary>
    public static string? TryRead(string kind, string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return text.StartsWith(kind + ":", StringComparison.Ordinal) ? text[(kind.Length + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
