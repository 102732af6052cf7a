using System.Text;
using SecLake.Aws;
using Xunit;

namespace SecLake.Tests.Support;

/// <summary>A built <see cref="RestRequest"/> read as text, and the one exact check of one.</summary>
public static class RestRequestText
{
    /// <summary>The body as UTF-8 text, or null when the request has no body at all (not even an empty one).</summary>
    public static string? Body(this RestRequest request) => request.Body == null ? null : Encoding.UTF8.GetString(request.Body);

    /// <summary>The query members as name=value pairs joined with &amp;, in the order the request holds them, unencoded.</summary>
    public static string QueryString(this RestRequest request) => string.Join("&", request.Query.Select(q => q.Key + "=" + q.Value));

    /// <summary>The request is exactly this operation, method, path, query and body (null: no body at all).</summary>
    public static void AssertIs(this RestRequest request, string operation, string method, string path, string query, string? body)
    {
        Assert.Equal(operation, request.OperationName);
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal(query, request.QueryString());
        Assert.Equal(body, request.Body());
    }
}
