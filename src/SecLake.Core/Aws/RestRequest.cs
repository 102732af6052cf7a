using System.Collections.Generic;

namespace SecLake.Aws;

/// <summary>
/// One REST-JSON call as the service model describes it, before signing: what the wire-shape tests assert on.
/// Service clients build these from SecLake models; <see cref="IRestInvoker"/> sends them through the AWS SDK pipeline.
/// </summary>
public sealed class RestRequest
{
    public RestRequest(string operationName, string method, string path)
    {
        OperationName = operationName;
        Method = method;
        Path = path;
    }

    /// <summary>The model's operation name, e.g. <c>CreateLedger</c>.</summary>
    public string OperationName { get; }

    /// <summary>GET, POST, PUT, PATCH or DELETE.</summary>
    public string Method { get; }

    /// <summary>Resource path with every URI label already percent-encoded (see <see cref="UriLabel.Encode"/>).</summary>
    public string Path { get; }

    /// <summary>Query parameters in the order they are added; a list member repeats its name.</summary>
    public List<KeyValuePair<string, string>> Query { get; } = new List<KeyValuePair<string, string>>();

    /// <summary>UTF-8 JSON body, or null for a body-less request (then no Content-Type is sent).</summary>
    public byte[]? Body { get; set; }

    /// <summary>
    /// What may be done when an attempt's outcome is unknown (see <see cref="Aws.Resend"/>, docs/RETRIES.md); null: a GET is
    /// sent again, anything else is not.
    /// </summary>
    public Resend? Resend { get; set; }

    public RestRequest AddQuery(string name, string? value)
    {
        if (value != null) Query.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }
}
