using System.Text.Json.Nodes;
using SecLake.Emulator.Http;
using SecLake.Emulator.State;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.SecurityLake;

/// <summary>
/// CreateAwsLogSource, DeleteAwsLogSource, ListLogSources, CreateCustomLogSource, DeleteCustomLogSource and
/// GetDataLakeSources. A source lives in a Region's data lake: AWS sources in the Regions a request names, custom
/// sources in the Region the request is signed for; each of those Regions needs a data lake (else 404 naming it), and
/// deleting a data lake takes its sources with it. AWS sources are kept per member account: the caller's own account
/// always goes through, another account fails (the response's <c>failed</c>) when the emulator is told it is outside the
/// caller's organization (<see cref="EmulatorOptions.AccountsOutsideOrganization"/>).
/// </summary>
[OperationHandlers("securitylake")]
internal sealed class LogSourceOperations(EmulatorOptions options, SecurityLakeState state)
{
    /// <summary>The version an AWS source gets when a request names none, or <c>latest</c>.</summary>
    public const string LatestAwsSourceVersion = "2.0";

    /// <summary>The version a custom source gets when CreateCustomLogSource names none.</summary>
    public const string DefaultCustomSourceVersion = "1.0";

    public const string CustomLogSourceType = "CustomLogSource";
    public const string AwsLogSourceType = "AwsLogSource";

    private const string LogSourcesPage = "logsources";
    private const string DataLakeSourcesPage = "datalakesources";
    private const int DefaultPageSize = 100;

    public OperationResult CreateAwsLogSource(OperationContext context)
    {
        var configurations = AwsConfigurations(context);
        return state.Use(context.AccountId, account =>
        {
            RequireDataLakes(account, context, configurations);
            var failed = new List<string>();
            var additions = new Dictionary<(string Account, string Region, string Name), string>();
            foreach (var configuration in configurations)
            {
                var version = configuration.Version is null or "latest" ? LatestAwsSourceVersion : configuration.Version;
                foreach (var member in Members(configuration, context, failed))
                {
                    foreach (var region in configuration.Regions)
                    {
                        var enabled = account.LogSources.AwsVersion(member, region, configuration.SourceName);
                        if (enabled is not null && enabled != version)
                            throw SecurityLakeErrors.Conflict(configuration.SourceName, AwsLogSourceType,
                                $"{configuration.SourceName} {enabled} is already enabled for account {member} in {region}; remove it before enabling version {version}.");
                        if (additions.TryGetValue((member, region, configuration.SourceName), out var other) && other != version)
                            throw SecurityLakeErrors.BadRequest($"The sources name {configuration.SourceName} for account {member} in {region} twice, with versions {other} and {version}.");
                        additions[(member, region, configuration.SourceName)] = version;
                    }
                }
            }
            // All or nothing: the checks above ran before anything changed.
            foreach (var ((member, region, name), version) in additions) account.LogSources.AddAws(member, region, name, version);
            return OperationResult.Ok(Failed(failed));
        });
    }

    public OperationResult DeleteAwsLogSource(OperationContext context)
    {
        var configurations = AwsConfigurations(context);
        return state.Use(context.AccountId, account =>
        {
            RequireDataLakes(account, context, configurations);
            var failed = new List<string>();
            foreach (var configuration in configurations)
            {
                var version = configuration.Version == "latest" ? null : configuration.Version;
                foreach (var member in Members(configuration, context, failed))
                    foreach (var region in configuration.Regions)
                        // Removing a source that is not enabled leaves nothing to do: the account ends without it either way.
                        account.LogSources.RemoveAws(member, region, configuration.SourceName, version);
            }
            return OperationResult.Ok(Failed(failed));
        });
    }

    public OperationResult ListLogSources(OperationContext context)
    {
        var validator = new Validator();
        var body = context.Input(validator);
        var accounts = body.StringList("accounts");
        var maxResults = body.Integer("maxResults") ?? DefaultPageSize;
        var nextToken = body.String("nextToken");
        var regions = body.StringList("regions");
        var filters = SecurityLakeInputs.Sources(body, validator);
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        (string Account, string Region)? after = null;
        if (!string.IsNullOrEmpty(nextToken))
        {
            var position = PageToken.TryRead(LogSourcesPage, nextToken)?.Split('|');
            if (position is not [var a, var r]) throw SecurityLakeErrors.BadRequest("The nextToken is not valid.");
            after = (a, r);
        }

        return state.Use(context.AccountId, account =>
        {
            var entries = account.LogSources.Entries(context.AccountId)
                .Where(e => after is null || LogSourceSet.Order.Compare((e.Account, e.Region), after.Value) > 0)
                .Where(e => (accounts is null || accounts.Contains(e.Account)) && (regions is null || regions.Contains(e.Region)))
                .Select(e => (e.Account, e.Region, Sources: filters is null ? e.Sources : e.Sources.Where(s => Selected(s, filters)).ToList()))
                .Where(e => e.Sources.Count > 0)
                .Take(maxResults + 1)
                .ToList();
            var page = entries.Take(maxResults).ToList();
            var response = new JsonObject
            {
                ["sources"] = new JsonArray(page.Select(e => (JsonNode)new JsonObject
                {
                    ["account"] = e.Account,
                    ["region"] = e.Region,
                    ["sources"] = new JsonArray(e.Sources.Select(s => (JsonNode)s).ToArray()),
                }).ToArray()),
            };
            if (entries.Count > maxResults) response["nextToken"] = PageToken.Create(LogSourcesPage, $"{page[^1].Account}|{page[^1].Region}");
            return OperationResult.Ok(response);
        });
    }

    public OperationResult CreateCustomLogSource(OperationContext context)
    {
        var validator = new Validator();
        var body = context.Input(validator);
        var configuration = body.Structure("configuration");
        var crawlerRoleArn = configuration?.Structure("crawlerConfiguration")?.String("roleArn");
        var identity = configuration?.Structure("providerIdentity");
        var externalId = identity?.String("externalId");
        var principal = identity?.String("principal");
        var eventClasses = body.StringList("eventClasses");
        var name = body.String("sourceName");
        var version = body.String("sourceVersion") ?? DefaultCustomSourceVersion;
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);

        return state.Use(context.AccountId, account =>
        {
            if (!account.DataLakes.TryGetValue(context.Region, out var dataLake))
                throw DataLakeOperations.NotEnabled(context.Region, context.AccountId);
            if (account.LogSources.Custom(context.Region, name!) is not null)
                throw SecurityLakeErrors.Conflict(name!, CustomLogSourceType, $"The custom log source {name} already exists in {context.Region}.");

            var partition = ArnPartition.Of(context.Region);
            var glue = $"arn:{partition}:glue:{context.Region}:{context.AccountId}";
            var database = "amazon_security_lake_glue_db_" + context.Region.Replace('-', '_');
            var bucket = dataLake.S3BucketArn[(dataLake.S3BucketArn.LastIndexOf(':') + 1)..];
            var source = new CustomLogSource
            {
                Region = context.Region,
                SourceName = name!,
                SourceVersion = version,
                CrawlerArn = $"{glue}:crawler/{name}",
                DatabaseArn = $"{glue}:database/{database}",
                TableArn = $"{glue}:table/{database}/amazon_security_lake_table_{context.Region.Replace('-', '_')}_ext_{GlueName(name!)}",
                ProviderLocation = $"s3://{bucket}/ext/{name}/{version}/",
                ProviderRoleArn = $"arn:{partition}:iam::{context.AccountId}:role/AmazonSecurityLake-Provider-{name}-{context.Region}",
                EventClasses = eventClasses,
                ProviderIdentity = new JsonObject { ["externalId"] = externalId, ["principal"] = principal },
                CrawlerRoleArn = crawlerRoleArn!,
            };
            account.LogSources.AddCustom(source);
            return OperationResult.Ok(new JsonObject { ["source"] = source.ToResource() });
        });
    }

    public OperationResult DeleteCustomLogSource(OperationContext context)
    {
        var validator = new Validator();
        var name = context.UriMember(validator, "sourceName");
        var version = context.QueryMember(validator, "sourceVersion");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);

        return state.Use(context.AccountId, account =>
        {
            if (!account.DataLakes.ContainsKey(context.Region)) throw DataLakeOperations.NotEnabled(context.Region, context.AccountId);
            var source = account.LogSources.Custom(context.Region, name!);
            if (source is null || (version is not null && version != source.SourceVersion))
                throw SecurityLakeErrors.ResourceNotFound(name!, CustomLogSourceType,
                    $"The custom log source {name}{(version is null ? "" : " version " + version)} does not exist in {context.Region}.");
            account.LogSources.RemoveCustom(source);
            return OperationResult.Ok(new JsonObject());
        });
    }

    public OperationResult GetDataLakeSources(OperationContext context)
    {
        var validator = new Validator();
        var body = context.Input(validator);
        var accounts = body.StringList("accounts");
        var maxResults = body.Integer("maxResults") ?? DefaultPageSize;
        var nextToken = body.String("nextToken");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        string? after = null;
        if (!string.IsNullOrEmpty(nextToken))
            after = PageToken.TryRead(DataLakeSourcesPage, nextToken) ?? throw SecurityLakeErrors.BadRequest("The nextToken is not valid.");

        return state.Use(context.AccountId, account =>
        {
            if (!account.DataLakes.TryGetValue(context.Region, out var dataLake))
                throw DataLakeOperations.NotEnabled(context.Region, context.AccountId);
            var bucket = dataLake.S3BucketArn[(dataLake.S3BucketArn.LastIndexOf(':') + 1)..];
            var all = accounts is null
                ? account.LogSources.AccountsIn(context.Region, context.AccountId)
                : new SortedSet<string>(accounts, StringComparer.Ordinal);
            var remaining = all.Where(a => after is null || string.CompareOrdinal(a, after) > 0).ToList();
            var page = remaining.Take(maxResults).ToList();

            var sources = new JsonArray();
            foreach (var member in page)
            {
                foreach (var (name, version) in account.LogSources.AwsSources(member, context.Region))
                    sources.Add(new JsonObject
                    {
                        ["account"] = member,
                        ["sourceName"] = name,
                        ["sourceStatuses"] = Collecting($"s3://{bucket}/aws/{name}/{version}/region={context.Region}/accountId={member}/"),
                    });
                if (member != context.AccountId) continue;
                foreach (var custom in account.LogSources.CustomSources(context.Region))
                {
                    var entry = new JsonObject { ["account"] = member };
                    if (custom.EventClasses is not null) entry["eventClasses"] = new JsonArray(custom.EventClasses.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray());
                    entry["sourceName"] = custom.SourceName;
                    entry["sourceStatuses"] = Collecting(custom.ProviderLocation);
                    sources.Add(entry);
                }
            }
            var response = new JsonObject { ["dataLakeArn"] = dataLake.Arn, ["dataLakeSources"] = sources };
            if (remaining.Count > page.Count) response["nextToken"] = PageToken.Create(DataLakeSourcesPage, page[^1]);
            return OperationResult.Ok(response);
        });
    }

    /// <summary>One validated AwsLogSourceConfiguration.</summary>
    private sealed record AwsConfiguration(List<string>? Accounts, List<string> Regions, string SourceName, string? Version);

    private static List<AwsConfiguration> AwsConfigurations(OperationContext context)
    {
        var validator = new Validator();
        var items = context.Input(validator).StructureList("sources");
        var result = new List<AwsConfiguration>();
        foreach (var item in items ?? new List<JsonMembers>())
        {
            var accounts = item.StringList("accounts");
            var regions = item.StringList("regions");
            var name = item.String("sourceName");
            var version = item.String("sourceVersion");
            if (regions is not null && name is not null) result.Add(new AwsConfiguration(accounts, regions, name, version));
        }
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        var empty = result.FirstOrDefault(c => c.Regions.Count == 0);
        if (empty is not null) throw SecurityLakeErrors.BadRequest($"The regions of {empty.SourceName} are empty; name at least one Region.");
        return result;
    }

    /// <summary>Every Region a request names must have a data lake: the first that has none is the 404.</summary>
    private static void RequireDataLakes(SecurityLakeAccount account, OperationContext context, IEnumerable<AwsConfiguration> configurations)
    {
        var missing = configurations.SelectMany(c => c.Regions).FirstOrDefault(r => !account.DataLakes.ContainsKey(r));
        if (missing is not null) throw DataLakeOperations.NotEnabled(missing, context.AccountId);
    }

    /// <summary>The accounts a configuration goes through for (the caller's when it names none); the others are added to <paramref name="failed"/>.</summary>
    private IEnumerable<string> Members(AwsConfiguration configuration, OperationContext context, List<string> failed)
    {
        foreach (var member in (configuration.Accounts ?? [context.AccountId]).Distinct(StringComparer.Ordinal))
        {
            if (member != context.AccountId && options.AccountsOutsideOrganization.Contains(member))
            {
                if (!failed.Contains(member)) failed.Add(member);
                continue;
            }
            yield return member;
        }
    }

    private static JsonObject Failed(IEnumerable<string> failed) =>
        new() { ["failed"] = new JsonArray(failed.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray()) };

    /// <summary>True when a source (a LogSourceResource) matches one of the filters: same kind and name, and the filter's version if it has one.</summary>
    private static bool Selected(JsonObject source, JsonArray filters) =>
        filters.OfType<JsonObject>().Any(filter => new[] { "awsLogSource", "customLogSource" }.Any(kind =>
            source[kind] is JsonObject s && filter[kind] is JsonObject f
            && (string?)s["sourceName"] == (string?)f["sourceName"]
            && (f["sourceVersion"] is null || (string?)s["sourceVersion"] == (string?)f["sourceVersion"])));

    private static JsonArray Collecting(string resource) =>
        new(new JsonObject { ["resource"] = resource, ["status"] = "COLLECTING" });

    /// <summary>A name as Glue spells it: lower case, anything but letters and digits as _.</summary>
    private static string GlueName(string name) =>
        new(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}
