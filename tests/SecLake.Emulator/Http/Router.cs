using SecLake.Emulator.Model;

namespace SecLake.Emulator.Http;

internal delegate OperationResult OperationHandler(OperationContext context);

/// <summary>
/// One operation of a service model: its HTTP binding (the model's method and requestUri) and, when the emulator
/// emulates it, the code that runs it (null: modeled, not emulated).
/// </summary>
internal sealed record Route(ServiceModule Module, OperationModel Operation, OperationHandler? Handler)
{
    public string Service => Module.SigningName;
    public string Method => Operation.Method;
    public string[] Segments { get; } = Operation.RequestPath.Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Literal segments win over labels when two templates match one path (most literals first).</summary>
    public int LiteralCount => Segments.Count(s => !IsLabel(s));

    public static bool IsLabel(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}

internal sealed record RouteMatch(Route Route, IReadOnlyDictionary<string, string> Labels);

/// <summary>
/// Maps (method, path) to an operation using the models' requestUri templates: every operation of every module's
/// model is routed, emulated or not. Labels are matched against the raw path segments and then percent-decoded, so
/// an encoded ARN (with %2F) stays one label; a greedy label ({name+}) takes the rest of the path.
/// </summary>
internal sealed class Router
{
    private readonly Dictionary<(string Method, int Segments), List<Route>> _routes = new();
    private readonly List<Route> _greedy = new();
    private readonly List<(string Prefix, string Service)> _servicePrefixes = new();

    /// <summary>Routes every operation of the module's model, and claims the paths its operations bind.</summary>
    public void Add(ServiceModule module)
    {
        foreach (var prefix in module.Model.PathPrefixes) _servicePrefixes.Add((prefix, module.SigningName));
        foreach (var operation in module.Model.Operations.Values)
        {
            module.Handlers.TryGetValue(operation.Name, out var handler);
            var route = new Route(module, operation, handler);
            if (route.Segments.Any(s => s.EndsWith("+}", StringComparison.Ordinal)))
            {
                _greedy.Add(route);
                continue;
            }
            var key = (route.Method, route.Segments.Length);
            if (!_routes.TryGetValue(key, out var list)) _routes[key] = list = new List<Route>();
            list.Add(route);
            list.Sort((a, b) => b.LiteralCount.CompareTo(a.LiteralCount));
        }
    }

    /// <summary>Every route, for checks and diagnostics.</summary>
    public IEnumerable<Route> Routes => _routes.Values.SelectMany(r => r).Concat(_greedy);

    /// <summary>The service a normalized path belongs to, or null when no service owns it.</summary>
    public string? ServiceOf(string normalizedPath)
    {
        foreach (var (prefix, service) in _servicePrefixes)
        {
            if (normalizedPath == prefix || normalizedPath.StartsWith(prefix + "/", StringComparison.Ordinal)) return service;
        }
        return null;
    }

    public RouteMatch? Match(string method, string normalizedPath)
    {
        var segments = normalizedPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (_routes.TryGetValue((method, segments.Length), out var candidates))
        {
            foreach (var route in candidates)
            {
                if (TryMatch(route, segments) is { } labels) return new RouteMatch(route, labels);
            }
        }
        foreach (var route in _greedy.Where(r => r.Method == method))
        {
            if (TryMatch(route, segments) is { } labels) return new RouteMatch(route, labels);
        }
        return null;
    }

    private static Dictionary<string, string>? TryMatch(Route route, string[] segments)
    {
        Dictionary<string, string>? labels = null;
        for (var i = 0; i < route.Segments.Length; i++)
        {
            var template = route.Segments[i];
            if (template.EndsWith("+}", StringComparison.Ordinal) && Route.IsLabel(template))
            {
                if (i >= segments.Length) return null;
                labels ??= new Dictionary<string, string>(StringComparer.Ordinal);
                labels[template[1..^2]] = Uri.UnescapeDataString(string.Join('/', segments[i..]));
                return labels;
            }
            if (i >= segments.Length) return null;
            if (Route.IsLabel(template))
            {
                labels ??= new Dictionary<string, string>(StringComparer.Ordinal);
                labels[template[1..^1]] = Uri.UnescapeDataString(segments[i]);
            }
            else if (template != segments[i])
            {
                return null;
            }
        }
        return route.Segments.Length == segments.Length ? labels ?? new Dictionary<string, string>() : null;
    }
}
