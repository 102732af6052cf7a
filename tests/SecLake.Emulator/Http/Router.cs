using System;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.Emulator.Http;

internal delegate OperationResult OperationHandler(OperationContext context);

/// <summary>One modeled operation: its HTTP binding (method and requestUri) and the code that runs it.</summary>
internal sealed record Route(string Service, string Operation, string Method, string Template, OperationHandler Handler)
{
    public string[] Segments { get; } = Template.Split('/', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed record RouteMatch(Route Route, IReadOnlyDictionary<string, string> Labels);

/// <summary>
/// Maps (method, path) to an operation using the models' requestUri templates. Labels are matched against the raw
/// path segments and then percent-decoded, so an encoded ARN (with %2F) stays one label.
/// </summary>
internal sealed class Router
{
    private readonly List<Route> _routes = new();
    private readonly List<(string Prefix, string Service)> _servicePrefixes = new();

    /// <summary>Paths under <paramref name="prefix"/> belong to <paramref name="service"/> (checked against the signing scope).</summary>
    public void AddServicePrefix(string prefix, string service) => _servicePrefixes.Add((prefix, service));

    public void Add(string service, string operation, string method, string template, OperationHandler handler) =>
        _routes.Add(new Route(service, operation, method, template, handler));

    /// <summary>The service a normalized path belongs to, or null when no service owns it.</summary>
    public string? ServiceOf(string normalizedPath) =>
        _servicePrefixes
            .Where(p => normalizedPath == p.Prefix || normalizedPath.StartsWith(p.Prefix + "/", StringComparison.Ordinal))
            .Select(p => p.Service)
            .FirstOrDefault();

    public RouteMatch? Match(string method, string normalizedPath)
    {
        var segments = normalizedPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var route in _routes)
        {
            if (route.Method != method || route.Segments.Length != segments.Length) continue;
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            var matched = true;
            for (var i = 0; i < segments.Length && matched; i++)
            {
                var template = route.Segments[i];
                if (template.StartsWith('{') && template.EndsWith('}'))
                    labels[template[1..^1]] = Uri.UnescapeDataString(segments[i]);
                else
                    matched = template == segments[i];
            }
            if (matched) return new RouteMatch(route, labels);
        }
        return null;
    }
}
