using System.Collections.Concurrent;
using System.Text.Json;
using SecLake.Aws;

namespace SecLake.Tests.Support;

/// <summary>An IRestInvoker that records every request and answers from a script (JSON bodies or exceptions).</summary>
public sealed class ScriptedInvoker : IRestInvoker
{
    private readonly ConcurrentQueue<Func<RestRequest, RestResponse>> _answers = new();

    public List<RestRequest> Requests { get; } = new();

    public ScriptedInvoker Returns(string json)
    {
        _answers.Enqueue(_ => Response(json));
        return this;
    }

    public ScriptedInvoker Throws(Exception exception)
    {
        _answers.Enqueue(_ => throw exception);
        return this;
    }

    public Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (Requests) Requests.Add(request);
        var answer = _answers.TryDequeue(out var next) ? next : _ => Response("{}");
        return Task.FromResult(answer(request));
    }

    public static RestResponse Response(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return new RestResponse(200, "req-1", doc.RootElement.Clone(), new Dictionary<string, string>());
    }
}

public static class RestRequestText
{
    public static string Body(this RestRequest request) =>
        request.Body == null ? "" : System.Text.Encoding.UTF8.GetString(request.Body);

    public static string QueryString(this RestRequest request) =>
        string.Join("&", request.Query.Select(q => q.Key + "=" + q.Value));
}
