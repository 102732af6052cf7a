using System.Text;
using System.Text.Json;
using SecLake.Aws;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// A fake <see cref="IRestInvoker"/>: records every request and answers from per-operation queues of scripted
/// responses (JSON bodies or exceptions). A request nobody scripted fails the test.
/// </summary>
internal sealed class ScriptedInvoker : IRestInvoker
{
    private readonly Dictionary<string, Queue<Func<RestRequest, RestResponse>>> _script = new();

    public List<RestRequest> Requests { get; } = new();

    public IEnumerable<string> Operations => Requests.Select(r => r.OperationName);

    public ScriptedInvoker On(string operation, string json) => On(operation, _ => Ok(json));

    public ScriptedInvoker Throw(string operation, Exception exception) => On(operation, _ => throw exception);

    public ScriptedInvoker On(string operation, Func<RestRequest, RestResponse> respond)
    {
        if (!_script.TryGetValue(operation, out var queue)) _script[operation] = queue = new Queue<Func<RestRequest, RestResponse>>();
        queue.Enqueue(respond);
        return this;
    }

    public Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Requests.Add(request);
        if (!_script.TryGetValue(request.OperationName, out var queue) || queue.Count == 0)
            throw new InvalidOperationException($"Unscripted request: {request.OperationName} {request.Method} {request.Path}");
        return Task.FromResult(queue.Dequeue()(request));
    }

    public static RestResponse Ok(string json) =>
        new(200, "req-1", JsonDocument.Parse(json).RootElement.Clone(), new Dictionary<string, string>());
}

internal static class Wire
{
    public static string? Body(this RestRequest request) => request.Body == null ? null : Encoding.UTF8.GetString(request.Body);

    public static string QueryString(this RestRequest request) => string.Join("&", request.Query.Select(q => q.Key + "=" + q.Value));
}
