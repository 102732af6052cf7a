using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace SecLake.Tests.Support;

/// <summary>One request as it went over the wire, to be signed again by botocore.</summary>
public sealed record WireRequestToSign(
    string Method,
    string Url,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    string AccessKey,
    string SecretKey,
    string Region,
    string Service,
    string AmzDate);

/// <summary>What botocore's <c>SigV4Auth</c> made of a request.</summary>
public sealed record BotocoreSignature(string Authorization, string CanonicalRequest, string PayloadSha256, string Version);

/// <summary>
/// Signs requests with botocore's <c>SigV4Auth</c> (the AWS CLI's signer), an implementation independent of the
/// AWS SDK for .NET. Found in the AWS CLI's own Python first (the pip CLI's shebang), then python3/python on PATH.
/// </summary>
public static class Botocore
{
    // Uses SigV4Auth's steps rather than add_auth, which would stamp its own clock's time: the canonical request,
    // string to sign and signature are computed for the x-amz-date the request was actually sent with. The payload
    // hash is computed here too, so the x-amz-content-sha256 the request declares can be checked against the body.
    private const string Script = """
        import hashlib, json, sys
        import botocore
        from botocore.auth import SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials
        r = json.load(sys.stdin)
        body = r['Body'].encode('utf-8')
        request = AWSRequest(method=r['Method'], url=r['Url'], headers=r['Headers'], data=body)
        request.context['timestamp'] = r['AmzDate']
        auth = SigV4Auth(Credentials(r['AccessKey'], r['SecretKey']), r['Service'], r['Region'])
        canonical = auth.canonical_request(request)
        signature = auth.signature(auth.string_to_sign(request, canonical), request)
        signed_headers = auth.signed_headers(auth.headers_to_sign(request))
        json.dump({
            'Authorization': 'AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=%s, Signature=%s'
                % (r['AccessKey'], auth.credential_scope(request), signed_headers, signature),
            'CanonicalRequest': canonical,
            'PayloadSha256': hashlib.sha256(body).hexdigest(),
            'Version': botocore.__version__,
        }, sys.stdout)
        """;

    private const string InstallHint =
        "Python with botocore not found (tried the AWS CLI's interpreter, python3, python): pip install botocore (or pip install awscli)";

    private static readonly Lazy<string?> Interpreter = new(() => Candidates().FirstOrDefault(HasBotocore));

    /// <summary>Null when botocore can be run, else why not and what to install.</summary>
    public static string? UnavailableReason => Interpreter.Value is null ? InstallHint : null;

    public static async Task<BotocoreSignature> SignAsync(WireRequestToSign request)
    {
        var python = Interpreter.Value ?? throw new InvalidOperationException(InstallHint);
        var start = new ProcessStartInfo(python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {python}.");
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(request));
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"botocore signing failed (exit {process.ExitCode}): {await stderr}");
        return JsonSerializer.Deserialize<BotocoreSignature>(await stdout)
               ?? throw new InvalidOperationException("botocore printed no signature.");
    }

    private static IEnumerable<string> Candidates()
    {
        foreach (var service in new[] { "securitylake", "qldb" })
        {
            if (ShebangInterpreter(AwsCli.Locate(service)) is { } fromCli) yield return fromCli;
        }
        yield return "python3";
        yield return "python";
    }

    /// <summary>The interpreter a pip-installed <c>aws</c> script names on its first line, if it is one.</summary>
    private static string? ShebangInterpreter(string? script)
    {
        if (script is null) return null;
        try
        {
            using var reader = new StreamReader(script);
            var first = reader.ReadLine();
            var path = first is not null && first.StartsWith("#!", StringComparison.Ordinal) ? first[2..].Trim() : null;
            return path is not null && Path.IsPathRooted(path) && File.Exists(path) ? path : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool HasBotocore(string python)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import botocore.auth, botocore.awsrequest, botocore.credentials");
        try
        {
            using var process = Process.Start(start);
            if (process is null) return false;
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A theory that needs Python with botocore; skipped, saying what to install, where there is none.</summary>
public sealed class BotocoreTheoryAttribute : TheoryAttribute
{
    public BotocoreTheoryAttribute()
    {
        // An exception here would break discovery of the whole assembly, so a failed probe becomes a skip.
        try
        {
            if (Botocore.UnavailableReason is { } reason) Skip = reason;
        }
        catch (Exception e)
        {
            Skip = $"Probing for Python with botocore failed: {e.Message}";
        }
    }
}
