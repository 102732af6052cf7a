using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Aws;

namespace SecLake.SecurityLake;

/// <summary>
/// Amazon Security Lake over the GA API: one method per operation, list methods that page to the end, the
/// documented-vocabulary data-lake workflow (plan, apply) and a data-lake waiter. Values are checked against the
/// documents and the GA model before anything is sent (<see cref="InputValidationException"/>); service
/// errors arrive as <see cref="SecurityLakeException"/> subclasses from the invoker.
/// </summary>
public sealed class SecurityLakeClient : IResourceTagging
{
    /// <summary>Data lakes take minutes on AWS and seconds on an emulator; ListDataLakes is cheap.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromMinutes(30);

    private readonly IRestInvoker _invoker;
    private readonly string? _partition;

    // The subscribers this client created or found its lost creates had made: a lookup never reports one twice.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _madeHere = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);

    /// <param name="invoker">Sends the requests (signing, endpoint, retries).</param>
    /// <param name="region">
    /// The client's Region: its partition decides what <c>EnableAll</c> means and which Regions a request may
    /// name. Without it, EnableAll is refused and Regions of any partition pass.
    /// </param>
    public SecurityLakeClient(IRestInvoker invoker, string? region = null)
    {
        _invoker = invoker ?? throw new ArgumentNullException(nameof(invoker));
        Region = string.IsNullOrWhiteSpace(region) ? null : region!.Trim().ToLowerInvariant();
        _partition = Region == null ? null : ServiceRegions.PartitionOf(Region);
    }

    public string? Region { get; }

    /// <summary>How the connection was resolved (for -Verbose); null for clients built on a given invoker.</summary>
    public ConnectionInfo? Connection { get; internal set; }

    /// <summary>Where the waiter sleeps and how it measures time; tests replace it.</summary>
    internal PollingClock Clock { get; set; } = PollingClock.Real;

    // ---------------- data lakes ----------------

    public async Task<IReadOnlyList<DataLake>> CreateDataLakeAsync(CreateDataLakeInput input, CancellationToken cancellationToken = default)
    {
        var regions = input.Configurations.Select(c => c.Region).Distinct().ToList();
        var request = SecurityLakeRequests.CreateDataLake(input);
        // All or nothing per request; sent again after it was carried out, it would answer 409 (already enabled).
        request.Resend = Resend.AfterCheck($"Security Lake is enabled in {string.Join(", ", regions)}", async (unknown, token) =>
        {
            var listed = await SendRawAsync(SecurityLakeRequests.ListDataLakes(regions), token).ConfigureAwait(false);
            var enabled = SecurityLakeResponses.DataLakes(listed.Body).Select(l => l.Region).ToList();
            return regions.All(enabled.Contains) ? listed : null;
        });
        return SecurityLakeResponses.DataLakes(await SendAsync(request, cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<DataLake>> UpdateDataLakeAsync(UpdateDataLakeInput input, CancellationToken cancellationToken = default) =>
        SecurityLakeResponses.DataLakes(await SendAsync(SecurityLakeRequests.UpdateDataLake(input), cancellationToken).ConfigureAwait(false));

    /// <summary>DeleteDataLake for the given Regions (checked as Security Lake Regions first).</summary>
    public async Task DeleteDataLakeAsync(IEnumerable<string> regions, CancellationToken cancellationToken = default)
    {
        var checkedRegions = CheckRegions(regions);
        if (checkedRegions.Count == 0)
            throw new InputValidationException(DataLakeParameters.DataLakeRegion, "Specify at least one Region whose data lake to delete.");
        var request = SecurityLakeRequests.DeleteDataLake(checkedRegions);
        // Sent again after it was carried out, it would answer 404 (not enabled).
        request.Resend = Resend.AfterCheck($"Security Lake is disabled in {string.Join(", ", checkedRegions)}", async (unknown, token) =>
        {
            var listed = SecurityLakeResponses.DataLakes((await SendRawAsync(SecurityLakeRequests.ListDataLakes(checkedRegions), token).ConfigureAwait(false)).Body);
            return listed.Any(l => checkedRegions.Contains(l.Region)) ? null : RestResponse.Empty();
        });
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>ListDataLakes, for the given Regions or (null/empty) every Region the service reports.</summary>
    public async Task<IReadOnlyList<DataLake>> ListDataLakesAsync(IEnumerable<string>? regions = null, CancellationToken cancellationToken = default)
    {
        var checkedRegions = regions == null ? null : CheckRegions(regions);
        return SecurityLakeResponses.DataLakes(await SendAsync(SecurityLakeRequests.ListDataLakes(checkedRegions), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The data lakes (in the order of <paramref name="regions"/> when given), each with its tags read back
    /// unless <paramref name="includeTags"/> is false.
    /// </summary>
    public async Task<IReadOnlyList<DataLake>> GetDataLakesAsync(IEnumerable<string>? regions = null, bool includeTags = true, CancellationToken cancellationToken = default)
    {
        var requested = regions == null ? null : CheckRegions(regions);
        var lakes = await ListDataLakesAsync(requested, cancellationToken).ConfigureAwait(false);
        if (requested != null && requested.Count > 0)
            lakes = requested.SelectMany(r => lakes.Where(l => l.Region == r)).ToList();
        if (includeTags)
            foreach (var lake in lakes.Where(l => l.DataLakeArn.Length > 0))
                lake.Tags = await TagMapAsync(lake.DataLakeArn, cancellationToken).ConfigureAwait(false);
        return lakes;
    }

    /// <summary>
    /// Validates a documented-vocabulary request (no I/O), reads which of its Regions are enabled
    /// (ListDataLakes) and decides what to send. Nothing is changed; pass the plan to <see cref="ApplyDataLakePlanAsync"/>.
    /// </summary>
    public async Task<DataLakePlan> PlanDataLakesAsync(DataLakeRequestSpec spec, DataLakePlanMode mode, CancellationToken cancellationToken = default)
    {
        var request = DataLakePlanner.Resolve(spec, Region);
        var existing = await ListDataLakesAsync(request.Regions, cancellationToken).ConfigureAwait(false);
        return DataLakePlanner.Plan(request, existing, mode);
    }

    /// <summary>
    /// Sends a plan: each CreateDataLake, the UpdateDataLake, then the tag reconciliation of enabled Regions.
    /// Returns every selected Region's data lake as read back afterwards, tags included.
    /// </summary>
    public async Task<IReadOnlyList<DataLake>> ApplyDataLakePlanAsync(DataLakePlan plan, CancellationToken cancellationToken = default)
    {
        foreach (var create in plan.Creates)
            await CreateDataLakeAsync(create, cancellationToken).ConfigureAwait(false);
        if (plan.Update != null)
            await UpdateDataLakeAsync(plan.Update, cancellationToken).ConfigureAwait(false);
        foreach (var retag in plan.TagUpdates)
            await SetTagsAsync(retag.DataLakeArn, retag.Tags, cancellationToken).ConfigureAwait(false);
        return await GetDataLakesAsync(plan.Regions, includeTags: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Polls until every Region's data lake is COMPLETED; throws <see cref="DataLakeOperationFailedException"/>
    /// once all are finished if any FAILED, and <see cref="WaitTimeoutException"/> after <paramref name="timeout"/>.
    /// </summary>
    public Task<IReadOnlyList<DataLake>> WaitForDataLakesAsync(
        IEnumerable<string> regions,
        TimeSpan? pollInterval = null,
        TimeSpan? timeout = null,
        IProgress<WaitProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var checkedRegions = CheckRegions(regions);
        var limit = timeout ?? DefaultWaitTimeout;
        return Polling.UntilAsync(
            async token => DataLakeWait.Evaluate(checkedRegions, await ListDataLakesAsync(checkedRegions, token).ConfigureAwait(false)),
            $"Waiting for the data lakes in {string.Join(", ", checkedRegions)} to be COMPLETED",
            pollInterval ?? DefaultPollInterval,
            limit,
            pending => $"The data lakes in {pending} were not COMPLETED after {limit.TotalSeconds:0} seconds.",
            progress,
            Clock,
            cancellationToken);
    }

    // ---------------- subscribers ----------------

    public async Task<Subscriber> CreateSubscriberAsync(SubscriberSpec spec, CancellationToken cancellationToken = default)
    {
        var input = SubscriberMapper.ToCreateInput(spec);
        var request = SecurityLakeRequests.CreateSubscriber(input);
        // No client token and no unique name: a subscriber with this name and identity created since the request went
        // out, and not already another record's, is its doing (docs/RETRIES.md).
        request.Resend = Resend.AfterCheck(
            $"a subscriber '{input.SubscriberName}' for account {input.Principal} (external id {input.ExternalId}) was created by this request",
            (unknown, token) => SubscriberCreatedSinceAsync(input, unknown, token));
        var subscriber = RequireSubscriber(await SendAsync(request, cancellationToken).ConfigureAwait(false), request);
        _madeHere.TryAdd(subscriber.SubscriberId, 0);
        return subscriber;
    }

    public async Task<Subscriber> GetSubscriberAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        var request = SecurityLakeRequests.GetSubscriber(Rules.SubscriberId(subscriptionId, SubscriberParameters.SubscriptionId));
        return RequireSubscriber(await SendAsync(request, cancellationToken).ConfigureAwait(false), request);
    }

    public async Task<Page<Subscriber>> ListSubscribersPageAsync(int? maxResults = null, string? nextToken = null, CancellationToken cancellationToken = default)
    {
        if (maxResults.HasValue && (maxResults < SecurityLakeConstraints.MaxResultsMin || maxResults > SecurityLakeConstraints.MaxResultsMax))
            throw new InputValidationException(SubscriberParameters.MaxResults,
                $"MaxResults is {maxResults}; it must be {SecurityLakeConstraints.MaxResultsMin} to {SecurityLakeConstraints.MaxResultsMax}.");
        var body = await SendAsync(SecurityLakeRequests.ListSubscribers(maxResults, nextToken), cancellationToken).ConfigureAwait(false);
        return SecurityLakeResponses.SubscriberPage(body);
    }

    /// <summary>Every subscriber, page after page.</summary>
    public async Task<IReadOnlyList<Subscriber>> ListSubscribersAsync(int? pageSize = null, CancellationToken cancellationToken = default) =>
        await Paging.ReadAllAsync("ListSubscribers", (token, ct) => ListSubscribersPageAsync(pageSize, token, ct), cancellationToken).ConfigureAwait(false);

    public async Task<Subscriber> UpdateSubscriberAsync(SubscriberUpdateSpec spec, CancellationToken cancellationToken = default)
    {
        var request = SecurityLakeRequests.UpdateSubscriber(SubscriberMapper.ToUpdateInput(spec));
        return RequireSubscriber(await SendAsync(request, cancellationToken).ConfigureAwait(false), request);
    }

    public async Task DeleteSubscriberAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        var id = Rules.SubscriberId(subscriptionId, SubscriberParameters.SubscriptionId);
        var request = SecurityLakeRequests.DeleteSubscriber(id);
        // Sent again after it was carried out, it would answer 404.
        request.Resend = Resend.AfterCheck($"subscriber {id} is deleted", async (unknown, token) =>
        {
            try
            {
                await SendRawAsync(SecurityLakeRequests.GetSubscriber(id), token).ConfigureAwait(false);
                return null;
            }
            catch (ResourceNotFoundException)
            {
                return RestResponse.Empty();
            }
        });
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    // ---------------- tags ----------------

    public async Task TagResourceAsync(string resourceArn, IDictionary<string, string> tags, CancellationToken cancellationToken = default)
    {
        var arn = Rules.ResourceArn(resourceArn, TagParameters.ResourceArn, "ResourceArn");
        var checkedTags = Rules.Tags(tags, TagParameters.Tag, "Tag");
        await SendAsync(SecurityLakeRequests.TagResource(arn, checkedTags), cancellationToken).ConfigureAwait(false);
    }

    public async Task UntagResourceAsync(string resourceArn, IEnumerable<string> tagKeys, CancellationToken cancellationToken = default)
    {
        var arn = Rules.ResourceArn(resourceArn, TagParameters.ResourceArn, "ResourceArn");
        var keys = tagKeys.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > SecurityLakeConstraints.TagKeyListMaxCount)
            throw new InputValidationException(TagParameters.TagKey,
                $"TagKey has {keys.Count} keys; at most {SecurityLakeConstraints.TagKeyListMaxCount} are allowed.");
        foreach (var key in keys) Rules.TagKey(key ?? "", TagParameters.TagKey, "TagKey");
        await SendAsync(SecurityLakeRequests.UntagResource(arn, keys), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The resource's tags, one object per tag, sorted by key.</summary>
    public async Task<IReadOnlyList<ResourceTag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken = default) =>
        (await TagMapAsync(resourceArn, cancellationToken).ConfigureAwait(false))
            .Select(t => new ResourceTag(resourceArn, t.Key, t.Value))
            .ToList();

    /// <summary>
    /// Makes a resource's tags exactly <paramref name="tags"/>: UntagResource for keys it should not have (first,
    /// so the 50-tag limit is never crossed on the way), TagResource for keys missing or with another value.
    /// </summary>
    public async Task SetTagsAsync(string resourceArn, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default)
    {
        var current = await TagMapAsync(resourceArn, cancellationToken).ConfigureAwait(false);
        var extra = current.Keys.Where(k => !tags.ContainsKey(k)).ToList();
        var missing = tags.Where(t => !current.TryGetValue(t.Key, out var value) || value != t.Value)
            .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        if (extra.Count > 0) await UntagResourceAsync(resourceArn, extra, cancellationToken).ConfigureAwait(false);
        if (missing.Count > 0) await TagResourceAsync(resourceArn, missing, cancellationToken).ConfigureAwait(false);
    }

    // ---------------- plumbing ----------------

    private async Task<IDictionary<string, string>> TagMapAsync(string resourceArn, CancellationToken cancellationToken)
    {
        var arn = Rules.ResourceArn(resourceArn, TagParameters.ResourceArn, "ResourceArn");
        return SecurityLakeResponses.Tags(await SendAsync(SecurityLakeRequests.ListTagsForResource(arn), cancellationToken).ConfigureAwait(false));
    }

    private async Task<System.Text.Json.JsonElement> SendAsync(RestRequest request, CancellationToken cancellationToken) =>
        (await _invoker.SendAsync(request, cancellationToken).ConfigureAwait(false)).Body;

    private Task<RestResponse> SendRawAsync(RestRequest request, CancellationToken cancellationToken) => _invoker.SendAsync(request, cancellationToken);

    /// <summary>
    /// CreateSubscriber's answer for the subscriber <paramref name="input"/> made, when there is one: same name, principal
    /// and external id, created no earlier than the request could have made it, and not already reported by this client
    /// for another record (two identical rows make two subscribers). Claimed here, so concurrent records never share one.
    /// </summary>
    private async Task<RestResponse?> SubscriberCreatedSinceAsync(CreateSubscriberInput input, UnknownOutcome unknown, CancellationToken cancellationToken)
    {
        var candidates = new List<System.Text.Json.JsonElement>();
        string? token = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var page = (await SendRawAsync(SecurityLakeRequests.ListSubscribers(null, token), cancellationToken).ConfigureAwait(false)).Body;
            foreach (var resource in page.Array("subscribers"))
            {
                var identity = resource.Member("subscriberIdentity");
                var created = resource.Timestamp("createdAt");
                if (resource.String("subscriberName") == input.SubscriberName
                    && identity?.String("principal") == input.Principal && identity?.String("externalId") == input.ExternalId
                    && (created == null || new DateTimeOffset(created.Value, TimeSpan.Zero) >= unknown.NotBefore))
                    candidates.Add(resource.Clone());
            }
            token = page.String("nextToken");
            if (string.IsNullOrEmpty(token) || !seen.Add(token!)) token = null;
        }
        while (token != null);
        foreach (var resource in candidates.OrderBy(r => r.Timestamp("createdAt") ?? DateTime.MinValue))
        {
            if (resource.String("subscriberId") is string id && _madeHere.TryAdd(id, 0))
            {
                // CreateSubscriber's shape: { "subscriber": SubscriberResource }.
                using var answer = System.Text.Json.JsonDocument.Parse(Json.Object(w =>
                {
                    w.WritePropertyName("subscriber");
                    resource.WriteTo(w);
                }));
                return new RestResponse(200, null, answer.RootElement.Clone(), new Dictionary<string, string>());
            }
        }
        return null;
    }

    private IReadOnlyList<string> CheckRegions(IEnumerable<string> regions) =>
        regions.Select((r, i) => Rules.Region(r ?? "", _partition, DataLakeParameters.DataLakeRegion, $"DataLakeRegion[{i}]"))
            .Distinct()
            .ToList();

    private static Subscriber RequireSubscriber(System.Text.Json.JsonElement body, RestRequest request) =>
        SecurityLakeResponses.Subscriber(body)
        ?? throw new InvalidOperationException($"The {request.OperationName} response has no subscriber.");
}
