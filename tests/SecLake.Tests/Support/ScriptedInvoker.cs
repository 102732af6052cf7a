using System.Text.Json;
using SecLake.Aws;

namespace SecLake.Tests.Support;

/// <summary>
/// A fake <see cref="IRestInvoker"/>: records every request and answers it from a script of JSON bodies or exceptions.
/// An answer is for the next request of one operation (<see cref="On(string, string)"/>, <see cref="Throw"/>) or for
/// the next request whatever its operation (<see cref="Returns"/>, <see cref="Throws"/>); each request takes the first
/// scripted answer that fits it. A request no answer fits fails the test: every test states the requests it expects.
/// </summary>
public sealed class ScriptedInvoker : IRestInvoker
{
    private readonly List<(string? Operation, Func<RestRequest, RestResponse> Respond)> _script = new();

    /// <summary>Every request sent, in order (a request the script could not answer included).</summary>
    public List<RestRequest> Requests { get; } = new();

    /// <summary>The operation names of <see cref="Requests"/>, in order.</summary>
    public IEnumerable<string> Operations => Requests.Select(r => r.OperationName);

    /// <summary>Answers the next request of <paramref name="operation"/> with a 200 and <paramref name="json"/>.</summary>
    public ScriptedInvoker On(string operation, string json) => On(operation, _ => Ok(json));

    /// <summary>Answers the next request of <paramref name="operation"/> by running <paramref name="respond"/>.</summary>
    public ScriptedInvoker On(string operation, Func<RestRequest, RestResponse> respond) => Add(operation, respond);

    /// <summary>Fails the next request of <paramref name="operation"/> with <paramref name="exception"/>.</summary>
    public ScriptedInvoker Throw(string operation, Exception exception) => Add(operation, _ => throw exception);

    /// <summary>Answers the next request, whatever its operation, with a 200 and <paramref name="json"/>.</summary>
    public ScriptedInvoker Returns(string json) => Add(null, _ => Ok(json));

    /// <summary>Fails the next request, whatever its operation, with <paramref name="exception"/>.</summary>
    public ScriptedInvoker Throws(Exception exception) => Add(null, _ => throw exception);

    public Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Func<RestRequest, RestResponse> respond;
        // Pollers may send from another thread than the test's.
        lock (_script)
        {
            Requests.Add(request);
            var next = _script.FindIndex(answer => answer.Operation is null || answer.Operation == request.OperationName);
            if (next < 0) throw new InvalidOperationException($"Unscripted request: {request.OperationName} {request.Method} {request.Path}");
            respond = _script[next].Respond;
            _script.RemoveAt(next);
        }
        return Task.FromResult(respond(request));
    }

    /// <summary>A 200 response with <paramref name="json"/> as its body.</summary>
    public static RestResponse Ok(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new RestResponse(200, "req-1", document.RootElement.Clone(), new Dictionary<string, string>());
    }

    private ScriptedInvoker Add(string? operation, Func<RestRequest, RestResponse> respond)
    {
        lock (_script) _script.Add((operation, respond));
        return this;
    }
}
