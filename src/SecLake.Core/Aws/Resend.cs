using System;
using System.Threading;
using System.Threading.Tasks;

namespace SecLake.Aws;

/// <summary>How a request's outcome can be unknown, and what each operation does about it: the kinds of <see cref="Resend"/>.</summary>
public enum ResendKind
{
    /// <summary>Sent again freely: a repeat lands in the same state.</summary>
    Safe,

    /// <summary>Never sent again after an unknown outcome; that is reported as such.</summary>
    Never,

    /// <summary>After an unknown outcome the change is looked up first; sent again only when it is not there.</summary>
    AfterCheck,
}

/// <summary>
/// What SecLake may do after an attempt whose outcome is unknown: the request may have reached the service and been
/// carried out, but no answer says so (the connection broke after the request went out, the answer was cut off, none came
/// in time, or a 500/502/504). Answers that show nothing was done (throttling, 503, a connection never made) are sent
/// again whatever the rule. Every operation's rule is in docs/RETRIES.md; set it on the <see cref="RestRequest"/>:
/// <see cref="Safe"/> in the wire builder, <see cref="AfterCheck"/> in the client (it needs lookups). A request that is
/// not a GET and says nothing is <see cref="Never"/> sent again.
/// </summary>
public sealed class Resend
{
    private Resend(ResendKind kind, string? whether, Func<UnknownOutcome, CancellationToken, Task<RestResponse?>>? isDone)
    {
        Kind = kind;
        Whether = whether;
        IsDone = isDone;
    }

    /// <summary>Sending it again lands in the same state (reads, updates that set values, removing tags).</summary>
    public static readonly Resend Safe = new Resend(ResendKind.Safe, null, null);

    /// <summary>Not safe to send twice and nothing to look up: an unknown outcome is reported (OutcomeUnknown) at once.</summary>
    public static readonly Resend Never = new Resend(ResendKind.Never, null, null);

    /// <summary>
    /// Not safe to send twice (a create without a client token, a delete, an add the service refuses when repeated).
    /// After an unknown outcome, before sending again, and before reporting an error a repeat may have caused (409, 404,
    /// 400), <paramref name="isDone"/> looks the change up: it returns the answer to report (in the operation's response
    /// shape) when the change is there, or null when it is not, and then the request is sent again.
    /// </summary>
    /// <param name="whether">What the lookup finds out, in words, for -Verbose and errors: <c>ledger 'orders' exists</c>.</param>
    /// <param name="isDone">The lookup; it sends through the same client, so it is retried and bounded like any request.</param>
    public static Resend AfterCheck(string whether, Func<UnknownOutcome, CancellationToken, Task<RestResponse?>> isDone) =>
        new Resend(ResendKind.AfterCheck, whether ?? throw new ArgumentNullException(nameof(whether)), isDone ?? throw new ArgumentNullException(nameof(isDone)));

    public ResendKind Kind { get; }

    /// <summary>What <see cref="AfterCheck"/>'s lookup finds out, e.g. <c>ledger 'orders' exists</c>; null for the others.</summary>
    public string? Whether { get; }

    internal Func<UnknownOutcome, CancellationToken, Task<RestResponse?>>? IsDone { get; }

    /// <summary>The rule of <paramref name="request"/>: its own, else <see cref="Safe"/> for a GET and <see cref="Never"/> for anything else.</summary>
    public static Resend For(RestRequest request) =>
        request.Resend ?? (string.Equals(request.Method, "GET", StringComparison.Ordinal) ? Safe : Never);
}

/// <summary>What a lookup of <see cref="Resend.AfterCheck"/> knows about the request whose outcome it checks.</summary>
public sealed class UnknownOutcome
{
    public UnknownOutcome(DateTimeOffset notBefore, int attempts)
    {
        NotBefore = notBefore;
        Attempts = attempts;
    }

    /// <summary>
    /// The earliest the service can have carried the request out, by the service's own clock (from its Date headers,
    /// less their one-second resolution): a resource created before this was not created by this request.
    /// </summary>
    public DateTimeOffset NotBefore { get; }

    /// <summary>How many attempts have been sent so far.</summary>
    public int Attempts { get; }
}
