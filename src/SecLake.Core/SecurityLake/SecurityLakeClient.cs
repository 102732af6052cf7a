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
        var lakes = InRegions(requested, await ListDataLakesAsync(requested, cancellationToken).ConfigureAwait(false), l => l.Region);
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

    // ---------------- log sources ----------------

    /// <summary>
    /// CreateAwsLogSource: every source name of <paramref name="spec"/> in its Regions for its accounts, in one request.
    /// The result names the accounts the service answered as failed; the others were added.
    /// </summary>
    public async Task<AwsLogSourceResult> CreateAwsLogSourceAsync(AwsLogSourceSpec spec, CancellationToken cancellationToken = default)
    {
        var configurations = LogSourceMapper.ToConfigurations(spec, _partition);
        var body = await SendAsync(SecurityLakeRequests.CreateAwsLogSource(configurations), cancellationToken).ConfigureAwait(false);
        return new AwsLogSourceResult(configurations, SecurityLakeResponses.FailedAccounts(body));
    }

    /// <summary>DeleteAwsLogSource, as <see cref="CreateAwsLogSourceAsync"/> takes and answers it.</summary>
    public async Task<AwsLogSourceResult> DeleteAwsLogSourceAsync(AwsLogSourceSpec spec, CancellationToken cancellationToken = default)
    {
        var configurations = LogSourceMapper.ToConfigurations(spec, _partition);
        var body = await SendAsync(SecurityLakeRequests.DeleteAwsLogSource(configurations), cancellationToken).ConfigureAwait(false);
        return new AwsLogSourceResult(configurations, SecurityLakeResponses.FailedAccounts(body));
    }

    /// <summary>One page of ListLogSources: one object per source of each account and Region on the page.</summary>
    public async Task<Page<LogSource>> ListLogSourcesPageAsync(LogSourceFilter? filter = null, int? maxResults = null, string? nextToken = null, CancellationToken cancellationToken = default)
    {
        CheckMaxResults(maxResults, LogSourceParameters.MaxResults);
        var input = LogSourceMapper.ToListInput(filter, _partition);
        var body = await SendAsync(SecurityLakeRequests.ListLogSources(input, maxResults, nextToken), cancellationToken).ConfigureAwait(false);
        return SecurityLakeResponses.LogSourcePage(body);
    }

    /// <summary>Every log source the filter selects, page after page.</summary>
    public async Task<IReadOnlyList<LogSource>> ListLogSourcesAsync(LogSourceFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        // Checked once, before the first page, so a bad filter sends nothing.
        LogSourceMapper.ToListInput(filter, _partition);
        CheckMaxResults(pageSize, LogSourceParameters.MaxResults);
        return await Paging.ReadAllAsync("ListLogSources", (token, ct) => ListLogSourcesPageAsync(filter, pageSize, token, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// CreateCustomLogSource in the client's Region: the source as the service made it (provider role and location, Glue
    /// crawler, database and table), with the event classes given.
    /// </summary>
    public async Task<CustomLogSource> CreateCustomLogSourceAsync(CustomLogSourceInput input, CancellationToken cancellationToken = default)
    {
        var checkedInput = LogSourceMapper.CheckCustomInput(input);
        var request = SecurityLakeRequests.CreateCustomLogSource(checkedInput);
        var created = SecurityLakeResponses.CreatedCustomLogSource(await SendAsync(request, cancellationToken).ConfigureAwait(false), Region)
            ?? throw new InvalidOperationException($"The {request.OperationName} response has no source.");
        created.EventClasses = checkedInput.EventClasses;
        return created;
    }

    /// <summary>DeleteCustomLogSource in the client's Region; with <paramref name="sourceVersion"/>, only that version.</summary>
    public async Task DeleteCustomLogSourceAsync(string sourceName, string? sourceVersion = null, CancellationToken cancellationToken = default)
    {
        var name = LogSourceMapper.CustomName(sourceName, LogSourceParameters.SourceName, LogSourceParameters.SourceName);
        var version = sourceVersion == null ? null : LogSourceMapper.CustomVersion(sourceVersion, LogSourceParameters.SourceVersion);
        await SendAsync(SecurityLakeRequests.DeleteCustomLogSource(name, version), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One page of GetDataLakeSources: the client's Region's sources of the given accounts (all, when none given), with their status.</summary>
    public async Task<Page<DataLakeSource>> GetDataLakeSourcesPageAsync(IEnumerable<string>? accounts = null, int? maxResults = null, string? nextToken = null, CancellationToken cancellationToken = default)
    {
        CheckMaxResults(maxResults, LogSourceParameters.MaxResults);
        var checkedAccounts = LogSourceMapper.Accounts(accounts, LogSourceParameters.AccountId);
        var request = SecurityLakeRequests.GetDataLakeSources(checkedAccounts.Count == 0 ? null : checkedAccounts, maxResults, nextToken);
        return SecurityLakeResponses.DataLakeSourcePage(await SendAsync(request, cancellationToken).ConfigureAwait(false), Region);
    }

    /// <summary>Every source of the given accounts (all, when none given) in the client's Region, page after page.</summary>
    public async Task<IReadOnlyList<DataLakeSource>> GetDataLakeSourcesAsync(IEnumerable<string>? accounts = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var checkedAccounts = LogSourceMapper.Accounts(accounts, LogSourceParameters.AccountId);
        CheckMaxResults(pageSize, LogSourceParameters.MaxResults);
        return await Paging.ReadAllAsync("GetDataLakeSources", (token, ct) => GetDataLakeSourcesPageAsync(checkedAccounts, pageSize, token, ct), cancellationToken).ConfigureAwait(false);
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

    // The tag cmdlets of every service call these (Security Lake's tags have no null values: -Tag refuses them).
    Task IResourceTagging.TagResourceAsync(string resourceArn, IReadOnlyDictionary<string, string?> tags, CancellationToken cancellationToken) =>
        TagResourceAsync(resourceArn, tags.ToDictionary(t => t.Key, t => t.Value!, StringComparer.Ordinal), cancellationToken);

    Task IResourceTagging.UntagResourceAsync(string resourceArn, IReadOnlyCollection<string> tagKeys, CancellationToken cancellationToken) =>
        UntagResourceAsync(resourceArn, tagKeys, cancellationToken);

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

    private static void CheckMaxResults(int? maxResults, string parameterName)
    {
        if (maxResults.HasValue && (maxResults < SecurityLakeConstraints.MaxResultsMin || maxResults > SecurityLakeConstraints.MaxResultsMax))
            throw new InputValidationException(parameterName,
                $"MaxResults is {maxResults}; it must be {SecurityLakeConstraints.MaxResultsMin} to {SecurityLakeConstraints.MaxResultsMax}.");
    }

    private static Subscriber RequireSubscriber(System.Text.Json.JsonElement body, RestRequest request) =>
        SecurityLakeResponses.Subscriber(body)
        ?? throw new InvalidOperationException($"The {request.OperationName} response has no subscriber.");

    // ---------------- organization ----------------

    /// <summary>
    /// CreateDataLakeOrganizationConfiguration: new accounts of the organization get these sources in these Regions.
    /// The service merges them into the configuration it has; see <see cref="OrganizationConfigurationInput.Checked"/>.
    /// </summary>
    public async Task CreateDataLakeOrganizationConfigurationAsync(IEnumerable<DataLakeOrganizationConfiguration> autoEnableNewAccount, CancellationToken cancellationToken = default)
    {
        var entries = OrganizationConfigurationInput.Checked(autoEnableNewAccount, _partition);
        await SendAsync(SecurityLakeRequests.CreateDataLakeOrganizationConfiguration(entries), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// GetDataLakeOrganizationConfiguration: one configuration per Region, for the given Regions (in their order) or
    /// (null/empty) every Region configured. A Region without one is left out: it auto-enables nothing.
    /// </summary>
    public async Task<IReadOnlyList<DataLakeOrganizationConfiguration>> GetDataLakeOrganizationConfigurationAsync(IEnumerable<string>? regions = null, CancellationToken cancellationToken = default)
    {
        var requested = regions == null ? null : CheckRegions(regions);
        return InRegions(requested, SecurityLakeResponses.OrganizationConfiguration(
            await SendAsync(SecurityLakeRequests.GetDataLakeOrganizationConfiguration(), cancellationToken).ConfigureAwait(false)), c => c.DataLakeRegion);
    }

    /// <summary>The items of the <paramref name="requested"/> Regions, in the order requested; every item when none is.</summary>
    private static IReadOnlyList<T> InRegions<T>(IReadOnlyList<string>? requested, IReadOnlyList<T> items, Func<T, string?> region) =>
        requested == null || requested.Count == 0 ? items : requested.SelectMany(r => items.Where(i => region(i) == r)).ToList();

    /// <summary>DeleteDataLakeOrganizationConfiguration: new accounts no longer get these sources in these Regions.</summary>
    public async Task DeleteDataLakeOrganizationConfigurationAsync(IEnumerable<DataLakeOrganizationConfiguration> autoEnableNewAccount, CancellationToken cancellationToken = default)
    {
        var entries = OrganizationConfigurationInput.Checked(autoEnableNewAccount, _partition);
        await SendAsync(SecurityLakeRequests.DeleteDataLakeOrganizationConfiguration(entries), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>RegisterDataLakeDelegatedAdministrator: makes <paramref name="accountId"/> the organization's Security Lake administrator.</summary>
    public async Task RegisterDataLakeDelegatedAdministratorAsync(string accountId, CancellationToken cancellationToken = default) =>
        await SendAsync(SecurityLakeRequests.RegisterDataLakeDelegatedAdministrator(Rules.DelegatedAdministratorAccountId(accountId)), cancellationToken)
            .ConfigureAwait(false);

    /// <summary>DeregisterDataLakeDelegatedAdministrator: the organization's delegated administrator, whichever it is, stops being one.</summary>
    public async Task DeregisterDataLakeDelegatedAdministratorAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(SecurityLakeRequests.DeregisterDataLakeDelegatedAdministrator(), cancellationToken).ConfigureAwait(false);
    // ---------------- subscriber notifications and data lake exceptions ----------------

    /// <summary>
    /// CreateSubscriberNotification: the subscriber's one notification (SQS queue or HTTPS endpoint). Returns the
    /// configuration sent (without the API key value) with the service's <c>subscriberEndpoint</c>.
    /// </summary>
    public async Task<SubscriberNotification> CreateSubscriberNotificationAsync(SubscriberNotificationInput input, CancellationToken cancellationToken = default)
    {
        var checkedInput = NotificationChecks.Notification(input);
        var body = await SendAsync(SecurityLakeRequests.CreateSubscriberNotification(checkedInput), cancellationToken).ConfigureAwait(false);
        return Notification(checkedInput, body);
    }

    /// <summary>UpdateSubscriberNotification: replaces the subscriber's notification (it may switch between SQS and HTTPS).</summary>
    public async Task<SubscriberNotification> UpdateSubscriberNotificationAsync(SubscriberNotificationInput input, CancellationToken cancellationToken = default)
    {
        var checkedInput = NotificationChecks.Notification(input);
        var body = await SendAsync(SecurityLakeRequests.UpdateSubscriberNotification(checkedInput), cancellationToken).ConfigureAwait(false);
        return Notification(checkedInput, body);
    }

    public async Task DeleteSubscriberNotificationAsync(string subscriptionId, CancellationToken cancellationToken = default) =>
        await SendAsync(SecurityLakeRequests.DeleteSubscriberNotification(Rules.SubscriberId(subscriptionId, NotificationParameters.SubscriptionId)), cancellationToken)
            .ConfigureAwait(false);

    /// <summary>
    /// CreateDataLakeExceptionSubscription for the client's account and Region, then the subscription as the service
    /// now has it (GetDataLakeExceptionSubscription: the create itself answers nothing).
    /// </summary>
    public async Task<DataLakeExceptionSubscription> CreateDataLakeExceptionSubscriptionAsync(DataLakeExceptionSubscriptionInput input, CancellationToken cancellationToken = default)
    {
        await SendAsync(SecurityLakeRequests.CreateDataLakeExceptionSubscription(NotificationChecks.ExceptionSubscription(input)), cancellationToken).ConfigureAwait(false);
        return await GetDataLakeExceptionSubscriptionAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<DataLakeExceptionSubscription> GetDataLakeExceptionSubscriptionAsync(CancellationToken cancellationToken = default) =>
        SecurityLakeResponses.ExceptionSubscription(
            await SendAsync(SecurityLakeRequests.GetDataLakeExceptionSubscription(), cancellationToken).ConfigureAwait(false), Region);

    /// <summary>UpdateDataLakeExceptionSubscription, then the subscription read back (the update answers nothing).</summary>
    public async Task<DataLakeExceptionSubscription> UpdateDataLakeExceptionSubscriptionAsync(DataLakeExceptionSubscriptionInput input, CancellationToken cancellationToken = default)
    {
        await SendAsync(SecurityLakeRequests.UpdateDataLakeExceptionSubscription(NotificationChecks.ExceptionSubscription(input)), cancellationToken).ConfigureAwait(false);
        return await GetDataLakeExceptionSubscriptionAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteDataLakeExceptionSubscriptionAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(SecurityLakeRequests.DeleteDataLakeExceptionSubscription(), cancellationToken).ConfigureAwait(false);

    /// <summary>One page of ListDataLakeExceptions, for the given Regions or (null/empty) every Region.</summary>
    public async Task<Page<DataLakeExceptionInfo>> ListDataLakeExceptionsPageAsync(IEnumerable<string>? regions = null, int? maxResults = null, string? nextToken = null,
        CancellationToken cancellationToken = default)
    {
        var checkedRegions = regions == null ? null : CheckRegions(regions);
        if (maxResults.HasValue && (maxResults < SecurityLakeConstraints.MaxResultsMin || maxResults > SecurityLakeConstraints.MaxResultsMax))
            throw new InputValidationException(NotificationParameters.PageSize,
                $"PageSize is {maxResults}; it must be {SecurityLakeConstraints.MaxResultsMin} to {SecurityLakeConstraints.MaxResultsMax}.");
        var request = SecurityLakeRequests.ListDataLakeExceptions(checkedRegions == null || checkedRegions.Count == 0 ? null : checkedRegions, maxResults, nextToken);
        return SecurityLakeResponses.DataLakeExceptionPage(await SendAsync(request, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Every exception of the given Regions (or of every Region), page after page.</summary>
    public async Task<IReadOnlyList<DataLakeExceptionInfo>> ListDataLakeExceptionsAsync(IEnumerable<string>? regions = null, int? pageSize = null,
        CancellationToken cancellationToken = default)
    {
        // Checked once, before the first page, so a bad Region is refused before any request.
        var checkedRegions = regions == null ? null : CheckRegions(regions);
        return await Paging.ReadAllAsync("ListDataLakeExceptions", (token, ct) => ListDataLakeExceptionsPageAsync(checkedRegions, pageSize, token, ct), cancellationToken)
            .ConfigureAwait(false);
    }

    private SubscriberNotification Notification(SubscriberNotificationInput input, System.Text.Json.JsonElement body)
    {
        var https = input.HttpsConfiguration;
        return new SubscriberNotification(input.SubscriberId, input.NotificationType)
        {
            SubscriberEndpoint = SecurityLakeResponses.SubscriberEndpoint(body),
            HttpsEndpoint = https?.Endpoint,
            HttpMethod = https?.HttpMethod,
            TargetRoleArn = https?.TargetRoleArn,
            AuthorizationApiKeyName = https?.AuthorizationApiKeyName,
            HasAuthorizationApiKeyValue = https?.AuthorizationApiKeyValue != null,
            Region = Region,
        };
    }
}
