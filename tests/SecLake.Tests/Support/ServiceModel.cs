using System.Text.Json;

namespace SecLake.Tests.Support;

/// <summary>The AWS service models in specs/models, copied beside the tests (models/): the contract tests check against.</summary>
public sealed class ServiceModel
{
    private static readonly Dictionary<string, ServiceModel> Cache = new();
    private readonly JsonElement _root;

    private ServiceModel(JsonElement root) => _root = root;

    public static ServiceModel Qldb => Load("qldb-2019-01-02.service-2.json");
    public static ServiceModel SecurityLake => Load("securitylake-2018-05-10.service-2.json");
    public static ServiceModel SecurityLakePreview => Load("securitylake-2018-05-10-preview.service-2.json");

    /// <summary>A model by its file name in specs/models.</summary>
    public static ServiceModel Load(string file)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(file, out var model))
            {
                var path = Path.Combine(AppContext.BaseDirectory, "models", file);
                using var doc = JsonDocument.Parse(File.ReadAllText(path));
                Cache[file] = model = new ServiceModel(doc.RootElement.Clone());
            }
            return model;
        }
    }

    public JsonElement Shape(string name) => _root.GetProperty("shapes").GetProperty(name);
    public JsonElement Operation(string name) => _root.GetProperty("operations").GetProperty(name);

    /// <summary>Every shape that has a pattern, with the pattern as the model writes it (ECMAScript).</summary>
    public IEnumerable<(string Shape, string Pattern)> Patterns() =>
        _root.GetProperty("shapes").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("pattern", out _))
            .Select(s => (s.Name, s.Value.GetProperty("pattern").GetString()!));

    public string? Pattern(string shape) => Shape(shape).TryGetProperty("pattern", out var p) ? p.GetString() : null;
    public long? Min(string shape) => Shape(shape).TryGetProperty("min", out var p) ? p.GetInt64() : null;
    public long? Max(string shape) => Shape(shape).TryGetProperty("max", out var p) ? p.GetInt64() : null;
    public string[] Enum(string shape) => Shape(shape).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();

    public (string Method, string Uri) Http(string operation)
    {
        var http = Operation(operation).GetProperty("http");
        return (http.GetProperty("method").GetString()!, http.GetProperty("requestUri").GetString()!);
    }

    public int ErrorStatus(string errorShape) => Shape(errorShape).GetProperty("error").GetProperty("httpStatusCode").GetInt32();

    public IEnumerable<string> ErrorShapes() =>
        _root.GetProperty("shapes").EnumerateObject().Where(s => s.Value.TryGetProperty("exception", out _)).Select(s => s.Name);
}
