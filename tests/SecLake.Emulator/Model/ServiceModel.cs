using System.Collections.Concurrent;
using System.Text.Json;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.Model;

/// <summary>
/// One AWS service model (service-2.json), read at start from the copy embedded in this assembly from the repo's
/// specs/models: the operations with their HTTP bindings, and the shapes whose constraints requests are checked against.
/// </summary>
internal sealed class ServiceModel
{
    private readonly Dictionary<string, ShapeModel> _shapes;

    private ServiceModel(string signingName, string serviceName, Dictionary<string, OperationModel> operations, Dictionary<string, ShapeModel> shapes)
    {
        SigningName = signingName;
        ServiceName = serviceName;
        Operations = operations;
        _shapes = shapes;
    }

    /// <summary>The SigV4 signing name (metadata.signingName, else endpointPrefix): qldb, securitylake.</summary>
    public string SigningName { get; }

    /// <summary>The abbreviation or full name, for messages: QLDB, Amazon Security Lake.</summary>
    public string ServiceName { get; }

    public IReadOnlyDictionary<string, OperationModel> Operations { get; }

    /// <summary>The first literal segment of every requestUri (e.g. /ledgers, /tags, /v1): the paths this service owns.</summary>
    public IEnumerable<string> PathPrefixes =>
        Operations.Values
            .Select(o => "/" + o.RequestPath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault())
            .Where(p => p != "/")
            .Distinct(StringComparer.Ordinal);

    public ShapeModel Shape(string name) =>
        _shapes.TryGetValue(name, out var shape) ? shape : throw new KeyNotFoundException($"The {ServiceName} model has no shape {name}.");

    private static readonly ConcurrentDictionary<string, ServiceModel> Embedded = new(StringComparer.Ordinal);

    /// <summary>An embedded model by its file name, e.g. qldb-2019-01-02.service-2.json; read once per process (models are immutable).</summary>
    public static ServiceModel LoadEmbedded(string fileName) => Embedded.GetOrAdd(fileName, ReadEmbedded);

    private static ServiceModel ReadEmbedded(string fileName)
    {
        var resource = "SecLake.Emulator.Models." + fileName;
        using var stream = typeof(ServiceModel).Assembly.GetManifestResourceStream(resource)
                           ?? throw new FileNotFoundException($"The emulator assembly does not embed the model {resource}.");
        return Load(stream);
    }

    public static ServiceModel Load(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var metadata = root.GetProperty("metadata");
        var signingName = Text(metadata, "signingName") ?? Text(metadata, "endpointPrefix")
                          ?? throw new InvalidDataException("The model names no signingName or endpointPrefix.");
        var serviceName = Text(metadata, "serviceAbbreviation") ?? Text(metadata, "serviceFullName") ?? signingName;

        var shapes = new Dictionary<string, ShapeModel>(StringComparer.Ordinal);
        foreach (var shape in root.GetProperty("shapes").EnumerateObject())
            shapes[shape.Name] = ShapeModel.Read(shape.Name, shape.Value);

        var operations = new Dictionary<string, OperationModel>(StringComparer.Ordinal);
        foreach (var operation in root.GetProperty("operations").EnumerateObject())
        {
            var http = operation.Value.GetProperty("http");
            var input = operation.Value.TryGetProperty("input", out var i) ? Text(i, "shape") : null;
            var responseCode = http.TryGetProperty("responseCode", out var code) ? code.GetInt32() : 200;
            operations[operation.Name] = new OperationModel(
                operation.Name, Text(http, "method")!.ToUpperInvariant(), Text(http, "requestUri")!, input, responseCode);
        }
        return new ServiceModel(signingName, serviceName, operations, shapes);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>An operation's HTTP binding (the model's http trait) and its input shape.</summary>
internal sealed record OperationModel(string Name, string Method, string RequestUri, string? InputShape, int ResponseCode)
{
    /// <summary>The requestUri without a literal query part ("/path?x" binds only the path).</summary>
    public string RequestPath => RequestUri.Split('?')[0];
}

/// <summary>A member of a structure: its target shape and where it travels (body, uri label, querystring, header).</summary>
internal sealed record MemberModel(string Name, string Shape, string? Location, string? LocationName)
{
    /// <summary>The name on the wire: the label, query parameter or header name; the member name in a JSON body.</summary>
    public string WireName => LocationName ?? Name;
}

/// <summary>One shape: its type and the constraints the emulator checks (min, max, pattern, enum, required members).</summary>
internal sealed class ShapeModel
{
    private StringShape? _string;
    private IntegerShape? _integer;
    private SizeBounds? _size;

    public required string Name { get; init; }
    public required string Type { get; init; }
    public long? Min { get; init; }
    public long? Max { get; init; }
    public string? Pattern { get; init; }
    public IReadOnlyList<string>? Enum { get; init; }

    /// <summary>Structure members in the model's order.</summary>
    public IReadOnlyDictionary<string, MemberModel> Members { get; init; } = new Dictionary<string, MemberModel>();
    public IReadOnlySet<string> Required { get; init; } = new HashSet<string>();
    public bool IsUnion { get; init; }

    /// <summary>A list's item shape; a map's key and value shapes.</summary>
    public string? ListMember { get; init; }
    public string? MapKey { get; init; }
    public string? MapValue { get; init; }

    public StringShape AsString => _string ??= new StringShape(Bound(Min), Bound(Max), Pattern, Enum);
    public IntegerShape AsInteger => _integer ??= new IntegerShape(Bound(Min), Bound(Max));
    public SizeBounds AsSize => _size ??= new SizeBounds(Bound(Min), Bound(Max));

    public MemberModel Member(string name) =>
        Members.TryGetValue(name, out var member) ? member : throw new KeyNotFoundException($"The shape {Name} has no member {name}.");

    public bool IsRequired(string member) => Required.Contains(member);

    internal static ShapeModel Read(string name, JsonElement json)
    {
        var members = new Dictionary<string, MemberModel>(StringComparer.Ordinal);
        if (json.TryGetProperty("members", out var m))
        {
            foreach (var member in m.EnumerateObject())
            {
                members[member.Name] = new MemberModel(member.Name, member.Value.GetProperty("shape").GetString()!,
                    Str(member.Value, "location"), Str(member.Value, "locationName"));
            }
        }
        return new ShapeModel
        {
            Name = name,
            Type = Str(json, "type") ?? "structure",
            Min = Number(json, "min"),
            Max = Number(json, "max"),
            Pattern = Str(json, "pattern"),
            Enum = json.TryGetProperty("enum", out var e) ? e.EnumerateArray().Select(v => v.GetString()!).ToArray() : null,
            Members = members,
            Required = json.TryGetProperty("required", out var r)
                ? r.EnumerateArray().Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(),
            IsUnion = json.TryGetProperty("union", out var u) && u.ValueKind == JsonValueKind.True,
            ListMember = json.TryGetProperty("member", out var item) ? Str(item, "shape") : null,
            MapKey = json.TryGetProperty("key", out var key) ? Str(key, "shape") : null,
            MapValue = json.TryGetProperty("value", out var value) ? Str(value, "shape") : null,
        };
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.TryGetInt64(out var n) ? n : (long)Math.Clamp(value.GetDouble(), long.MinValue, long.MaxValue)
            : null;

    /// <summary>Bounds beyond int are no bound for the emulator's checks (lengths and the integers it reads are ints).</summary>
    private static int? Bound(long? value) => value is { } v && v >= int.MinValue && v <= int.MaxValue ? (int)v : null;
}
