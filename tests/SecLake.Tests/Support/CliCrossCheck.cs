using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SecLake.Emulator;
using Xunit;
using Xunit.Abstractions;

namespace SecLake.Tests.Support;

/// <summary>
/// The request the AWS CLI (botocore) sent and the one SecLake's client sent for the same call, as the emulator
/// recorded them, compared for what the service sees: method, path, query pairs, JSON body, signed headers, payload hash,
/// content type and the answer.
/// </summary>
public static class CliCrossCheck
{
    /// <summary>Stands for a generated id (a subscriber's) that differs between the two runs.</summary>
    public const string IdPlaceholder = "{id}";

    // Headers only one client adds for its own bookkeeping (retry/invocation tracking); neither changes the request's
    // meaning. The .NET SDK also always signs x-amz-content-sha256 (botocore does not for QLDB): that is the payload
    // hash both canonical requests contain anyway; its value is checked against the body instead.
    private static readonly string[] BookkeepingHeaders = { "amz-sdk-invocation-id", "amz-sdk-request", "x-amz-user-agent", "user-agent", "x-amz-content-sha256" };

    /// <param name="cliId">An id in the CLI's path that stands where <paramref name="ourId"/> stands in ours.</param>
    public static void AssertEquivalent(RecordedRequest fromCli, RecordedRequest fromUs, ITestOutputHelper output, string? cliId = null, string? ourId = null)
    {
        output.WriteLine($"CLI: {fromCli.Method} {fromCli.Path}?{fromCli.QueryString} [{string.Join(";", fromCli.SignedHeaders)}] {fromCli.Body}");
        output.WriteLine($"us:  {fromUs.Method} {fromUs.Path}?{fromUs.QueryString} [{string.Join(";", fromUs.SignedHeaders)}] {fromUs.Body}");

        Assert.Equal(fromCli.Method, fromUs.Method);
        Assert.Equal(WithoutId(fromCli.Path, cliId), WithoutId(fromUs.Path, ourId));
        Assert.Equal(Normalize(fromCli.QueryString), Normalize(fromUs.QueryString));
        Assert.True(JsonEquivalent(fromCli.Body, fromUs.Body), $"bodies differ:\nCLI {fromCli.Body}\nus  {fromUs.Body}");
        Assert.Equal(Signed(fromCli), Signed(fromUs));
        if (fromUs.Headers.TryGetValue("x-amz-content-sha256", out var payloadHash))
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fromUs.Body))), payloadHash);
        Assert.Equal(fromCli.Headers.ContainsKey("content-type"), fromUs.Headers.ContainsKey("content-type"));
        Assert.Equal(fromCli.StatusCode, fromUs.StatusCode);
    }

    private static string WithoutId(string path, string? id) => id is null ? path : path.Replace(id, IdPlaceholder);

    private static string Normalize(string query) =>
        string.Join("&", query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).Order(StringComparer.Ordinal));

    private static IEnumerable<string> Signed(RecordedRequest r) => r.SignedHeaders.Except(BookkeepingHeaders).Order(StringComparer.Ordinal);

    private static bool JsonEquivalent(string a, string b) =>
        string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b) ? string.IsNullOrEmpty(a) && string.IsNullOrEmpty(b) : JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));
}
