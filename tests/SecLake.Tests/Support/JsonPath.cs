using System.Text.Json.Nodes;

namespace SecLake.Tests.Support;

/// <summary>Short reads of JSON members in assertions: <c>json.Str("EncryptionDescription.KmsKeyArn")</c>.</summary>
public static class JsonPath
{
    /// <summary>The node at a dotted path (array items as numbers), or null when any step is missing.</summary>
    public static JsonNode? At(this JsonNode? node, string path)
    {
        foreach (var step in path.Split('.'))
        {
            node = node switch
            {
                JsonArray array when int.TryParse(step, out var index) => index < array.Count ? array[index] : null,
                JsonObject obj => obj[step],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }

    public static string? Str(this JsonNode? node, string path) => node.At(path)?.GetValue<string>();

    public static bool Has(this JsonNode? node, string path) => node.At(path) is not null;
}
