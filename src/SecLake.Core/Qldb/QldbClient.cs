using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Aws;

namespace SecLake.Qldb;

/// <summary>
/// QLDB's control plane in SecLake's terms. Validates input as the service model does before anything is sent,
/// so a value the service would reject fails locally with a message that names the parameter.
/// </summary>
public sealed class QldbClient : IResourceTagging
{
    private readonly IRestInvoker _invoker;

    public QldbClient(IRestInvoker invoker, string? region)
    {
        _invoker = invoker;
        Region = region;
    }

    /// <summary>The region requests go to; copied onto every ledger returned.</summary>
    public string? Region { get; }

    /// <summary>How the connection was resolved (for -Verbose); null for clients built on a given invoker.</summary>
    public ConnectionInfo? Connection { get; internal set; }

    /// <summary>How often ledger waits poll DescribeLedger: creation takes a minute or two on AWS, seconds on the emulator.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(2);

    /// <summary>How long the cmdlets wait for a ledger by default (-Wait, Wait-QLDBLedger).</summary>
    public static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Where the waiter sleeps and how it measures time; tests replace it.</summary>
    internal PollingClock Clock { get; set; } = PollingClock.Real;

    public async Task<QldbLedger> CreateLedgerAsync(CreateLedgerInput input, CancellationToken cancellationToken = default)
    {
        ValidateName(input.Name);
        ValidatePermissionsMode(input.PermissionsMode);
        ValidateKmsKey(input.KmsKey);
        if (input.Tags != null) QldbConstraints.Tags.Validate("Tag", input.Tags);
        var request = QldbRequests.CreateLedger(input);
        // No client token: after a lost answer, a ledger of this name created since the request went out is its doing.
        request.Resend = Resend.AfterCheck($"ledger '{input.Name}' exists", (unknown, token) => LedgerCreatedSinceAsync(input.Name, unknown, token));
        return QldbResponses.Ledger(await SendAsync(request, cancellationToken).ConfigureAwait(false), Region);
    }

    public async Task<QldbLedger> DescribeLedgerAsync(string name, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        return QldbResponses.Ledger(await SendAsync(QldbRequests.DescribeLedger(name), cancellationToken).ConfigureAwait(false), Region);
    }

    /// <summary>Every ledger summary (name, state, creation time), page after page.</summary>
    public Task<List<QldbLedger>> ListLedgersAsync(int? pageSize = null, CancellationToken cancellationToken = default)
    {
        if (pageSize is int size && (size < QldbConstraints.MaxResultsMin || size > QldbConstraints.MaxResultsMax))
            throw new InputValidationException("MaxResults", $"The page size must be {QldbConstraints.MaxResultsMin} to {QldbConstraints.MaxResultsMax}; got {size}.");
        return Paging.ReadAllAsync("ListLedgers", async (token, ct) =>
            QldbResponses.LedgerPage(await SendAsync(QldbRequests.ListLedgers(pageSize, token), ct).ConfigureAwait(false), Region), cancellationToken);
    }

    public async Task<QldbLedger> UpdateLedgerAsync(string name, bool? deletionProtection, string? kmsKey, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        ValidateKmsKey(kmsKey);
        return QldbResponses.Ledger(await SendAsync(QldbRequests.UpdateLedger(name, deletionProtection, kmsKey), cancellationToken).ConfigureAwait(false), Region);
    }

    public async Task<QldbLedger> UpdateLedgerPermissionsModeAsync(string name, string permissionsMode, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        ValidatePermissionsMode(permissionsMode);
        return QldbResponses.Ledger(await SendAsync(QldbRequests.UpdateLedgerPermissionsMode(name, permissionsMode), cancellationToken).ConfigureAwait(false), Region);
    }

    public async Task DeleteLedgerAsync(string name, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        var request = QldbRequests.DeleteLedger(name);
        // Sent again after it was carried out, it would answer 404 (or 409 while DELETING).
        request.Resend = Resend.AfterCheck($"ledger '{name}' is deleted or being deleted", async (unknown, token) =>
            await TryDescribeAsync(name, token).ConfigureAwait(false) is RestResponse found
            && found.Body.String("State") is string state && state != "DELETING" && state != "DELETED" ? null : RestResponse.Empty());
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async Task TagResourceAsync(string resourceArn, IReadOnlyDictionary<string, string?> tags, CancellationToken cancellationToken = default)
    {
        ValidateArn(resourceArn);
        if (tags.Count == 0) throw new InputValidationException("Tag", "-Tag needs at least one tag to add.");
        QldbConstraints.Tags.Validate("Tag", tags);
        var request = QldbRequests.TagResource(resourceArn, tags);
        // QLDB refuses a key the resource already has, so a repeat of a carried-out request would fail with 400.
        request.Resend = Resend.AfterCheck($"{resourceArn} has the tags {string.Join(", ", tags.Select(t => t.Key + "=" + t.Value))}", async (unknown, token) =>
        {
            var current = QldbResponses.Tags((await SendRawAsync(QldbRequests.ListTagsForResource(resourceArn), token).ConfigureAwait(false)).Body);
            return tags.All(t => current.TryGetValue(t.Key, out var value) && (value ?? "") == (t.Value ?? "")) ? RestResponse.Empty() : null;
        });
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async Task UntagResourceAsync(string resourceArn, IReadOnlyCollection<string> tagKeys, CancellationToken cancellationToken = default)
    {
        ValidateArn(resourceArn);
        if (tagKeys.Count > QldbConstraints.TagKeyListMaxCount)
            throw new InputValidationException("TagKey", $"-TagKey has {tagKeys.Count} keys; at most {QldbConstraints.TagKeyListMaxCount} can be removed at once.");
        foreach (var key in tagKeys)
        {
            if (key.Length < QldbConstraints.TagKeyMinLength || key.Length > QldbConstraints.TagKeyMaxLength)
                throw new InputValidationException("TagKey", $"-TagKey '{key}' is {key.Length} characters long; tag keys must be {QldbConstraints.TagKeyMinLength} to {QldbConstraints.TagKeyMaxLength} characters.");
        }
        await SendAsync(QldbRequests.UntagResource(resourceArn, tagKeys), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The resource's tags, one object per tag, sorted by key.</summary>
    public async Task<IReadOnlyList<ResourceTag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken = default)
    {
        ValidateArn(resourceArn);
        return QldbResponses.Tags(await SendAsync(QldbRequests.ListTagsForResource(resourceArn), cancellationToken).ConfigureAwait(false))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new ResourceTag(resourceArn, t.Key, t.Value))
            .ToList();
    }

    /// <summary>
    /// Polls DescribeLedger until the ledger is in one of <paramref name="targetStates"/>. A ledger that disappears
    /// (404) counts as DELETED. Throws <see cref="WaitTimeoutException"/> after <paramref name="timeout"/>.
    /// </summary>
    public Task<QldbLedger> WaitForLedgerAsync(string name, IReadOnlyCollection<string> targetStates, TimeSpan timeout, TimeSpan pollInterval,
        IProgress<WaitProgress>? progress, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        var wanted = string.Join(" or ", targetStates);
        return Polling.UntilAsync(
            async token =>
            {
                QldbLedger ledger;
                try
                {
                    ledger = await DescribeLedgerAsync(name, token).ConfigureAwait(false);
                }
                catch (ResourceNotFoundException) when (targetStates.Contains("DELETED"))
                {
                    return PollResult<QldbLedger>.Done(new QldbLedger { Name = name, State = "DELETED", Region = Region });
                }
                return ledger.State != null && targetStates.Contains(ledger.State)
                    ? PollResult<QldbLedger>.Done(ledger)
                    : PollResult<QldbLedger>.Pending($"State {ledger.State}", ledger.State);
            },
            $"Waiting for ledger '{name}' to be {wanted}",
            pollInterval,
            timeout,
            lastState => $"Ledger '{name}' was still {lastState} after {timeout.TotalSeconds:0} seconds (waiting for {wanted}). Wait longer with -TimeoutSec.",
            progress,
            Clock,
            cancellationToken);
    }

    private async Task<JsonElement> SendAsync(RestRequest request, CancellationToken cancellationToken) =>
        (await SendRawAsync(request, cancellationToken).ConfigureAwait(false)).Body;

    private Task<RestResponse> SendRawAsync(RestRequest request, CancellationToken cancellationToken) => _invoker.SendAsync(request, cancellationToken);

    /// <summary>DescribeLedger's answer, or null when there is no such ledger.</summary>
    private async Task<RestResponse?> TryDescribeAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await SendRawAsync(QldbRequests.DescribeLedger(name), cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// DescribeLedger's answer when ledger <paramref name="name"/> exists and was created no earlier than the request
    /// could have made it (an older ledger of that name means the create was refused, and a repeat says so).
    /// </summary>
    private async Task<RestResponse?> LedgerCreatedSinceAsync(string name, UnknownOutcome unknown, CancellationToken cancellationToken)
    {
        var found = await TryDescribeAsync(name, cancellationToken).ConfigureAwait(false);
        if (found == null) return null;
        var created = found.Body.Timestamp("CreationDateTime");
        return created == null || new DateTimeOffset(created.Value, TimeSpan.Zero) >= unknown.NotBefore ? found : null;
    }

    public static void ValidateName(string name)
    {
        if (name.Length < QldbConstraints.LedgerNameMinLength || name.Length > QldbConstraints.LedgerNameMaxLength)
            throw new InputValidationException("Name", $"The ledger name '{name}' is {name.Length} characters long; ledger names are {QldbConstraints.LedgerNameMinLength} to {QldbConstraints.LedgerNameMaxLength} characters.");
        if (!ModelRegex.IsMatch(name, QldbConstraints.LedgerNamePattern))
            throw new InputValidationException("Name", $"The ledger name '{name}' is not valid: {QldbConstraints.LedgerNameRule}.");
    }

    private static void ValidatePermissionsMode(string mode)
    {
        if (!QldbConstraints.PermissionsModes.Contains(mode))
            throw new InputValidationException("PermissionsMode", $"The permissions mode '{mode}' is not valid; use {string.Join(" or ", QldbConstraints.PermissionsModes)}.");
    }

    private static void ValidateKmsKey(string? kmsKey)
    {
        if (kmsKey != null && kmsKey.Length > QldbConstraints.KmsKeyMaxLength)
            throw new InputValidationException("KmsKey", $"-KmsKey is {kmsKey.Length} characters long; at most {QldbConstraints.KmsKeyMaxLength} are allowed.");
    }

    private static void ValidateArn(string arn)
    {
        if (arn.Length < QldbConstraints.ArnMinLength || arn.Length > QldbConstraints.ArnMaxLength)
            throw new InputValidationException("ResourceArn", $"The resource ARN '{arn}' is {arn.Length} characters long; ARNs are {QldbConstraints.ArnMinLength} to {QldbConstraints.ArnMaxLength} characters.");
    }
}
