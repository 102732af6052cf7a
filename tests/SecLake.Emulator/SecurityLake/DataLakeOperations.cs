using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SecLake.Emulator.Http;
using SecLake.Emulator.State;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.SecurityLake;

/// <summary>CreateDataLake, UpdateDataLake, DeleteDataLake and ListDataLakes: one data lake per account and region.</summary>
[OperationHandlers("securitylake")]
internal sealed class DataLakeOperations(EmulatorOptions options, SecurityLakeState state)
{
    public static string DataLakeArn(string region, string accountId) => $"arn:{ArnPartition.Of(region)}:securitylake:{region}:{accountId}:data-lake/default";

    public OperationResult CreateDataLake(OperationContext context)
    {
        var validator = new Validator();
        var body = context.Input(validator);
        var configurations = SecurityLakeInputs.Configurations(body)!;
        var metaStoreManagerRoleArn = body.String("metaStoreManagerRoleArn");
        var tags = SecurityLakeInputs.Tags(body);
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        RejectDuplicateRegions(configurations.Select(c => c.Region));
        if (tags is not null && tags.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count() != tags.Count)
            throw SecurityLakeErrors.BadRequest("The tags contain the same key more than once.");

        return state.Use(context.AccountId, account =>
        {
            // All or nothing: one region that already has a data lake fails the whole request.
            var existing = configurations.FirstOrDefault(c => account.DataLakes.ContainsKey(c.Region));
            if (existing is not null)
            {
                var arn = DataLakeArn(existing.Region, context.AccountId);
                throw SecurityLakeErrors.Conflict(arn, SecurityLakeErrors.DataLakeType,
                    $"Security Lake is already enabled in {existing.Region}; use UpdateDataLake to change its configuration.");
            }

            account.MetaStoreManagerRoleArn = metaStoreManagerRoleArn;
            var created = new JsonArray();
            foreach (var configuration in configurations)
            {
                var dataLake = new DataLake
                {
                    Region = configuration.Region,
                    Arn = DataLakeArn(configuration.Region, context.AccountId),
                    S3BucketArn = BucketArn(configuration.Region, context.AccountId),
                    CreateCompletesAt = context.Now + options.DataLakeDelay,
                };
                Apply(dataLake, configuration);
                account.DataLakes[dataLake.Region] = dataLake;
                // The request's tags go to every data lake it creates.
                account.Tags[dataLake.Arn] = new List<KeyValuePair<string, string>>(tags ?? new());
                created.Add(dataLake.ToResource(context.Now, justCreated: true));
            }
            return OperationResult.Ok(new JsonObject { ["dataLakes"] = created });
        });
    }

    public OperationResult UpdateDataLake(OperationContext context)
    {
        var validator = new Validator();
        var body = context.Input(validator);
        var configurations = SecurityLakeInputs.Configurations(body)!;
        var metaStoreManagerRoleArn = body.String("metaStoreManagerRoleArn");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        RejectDuplicateRegions(configurations.Select(c => c.Region));

        return state.Use(context.AccountId, account =>
        {
            var missing = configurations.FirstOrDefault(c => !account.DataLakes.ContainsKey(c.Region));
            if (missing is not null) throw NotEnabled(missing.Region, context.AccountId);

            if (metaStoreManagerRoleArn is not null) account.MetaStoreManagerRoleArn = metaStoreManagerRoleArn;
            var requestId = Guid.NewGuid().ToString();
            var updated = new JsonArray();
            foreach (var configuration in configurations)
            {
                var dataLake = account.DataLakes[configuration.Region];
                Apply(dataLake, configuration);
                dataLake.UpdateRequestId = requestId;
                dataLake.UpdateCompletesAt = context.Now + options.DataLakeDelay;
                updated.Add(dataLake.ToResource(context.Now, justUpdated: true));
            }
            return OperationResult.Ok(new JsonObject { ["dataLakes"] = updated });
        });
    }

    public OperationResult DeleteDataLake(OperationContext context)
    {
        var validator = new Validator();
        var regions = context.Input(validator).StringList("regions");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);

        return state.Use(context.AccountId, account =>
        {
            var missing = regions!.FirstOrDefault(r => !account.DataLakes.ContainsKey(r));
            if (missing is not null) throw NotEnabled(missing, context.AccountId);
            foreach (var region in regions!.Distinct())
            {
                account.Tags.Remove(account.DataLakes[region].Arn);
                account.DataLakes.Remove(region);
                // Sources live in a Region's data lake: disabling Security Lake there stops them.
                account.LogSources.RemoveRegion(region);
            }
            return OperationResult.Ok(new JsonObject());
        });
    }

    public OperationResult ListDataLakes(OperationContext context)
    {
        var validator = new Validator();
        var regions = context.QueryListMember(validator, "regions");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);

        return state.Use(context.AccountId, account =>
        {
            var dataLakes = new JsonArray();
            foreach (var dataLake in account.DataLakes.Values.OrderBy(d => d.Region, StringComparer.Ordinal))
            {
                if (regions is null || regions.Contains(dataLake.Region)) dataLakes.Add(dataLake.ToResource(context.Now));
            }
            return OperationResult.Ok(new JsonObject { ["dataLakes"] = dataLakes });
        });
    }

    public static Http.ServiceError NotEnabled(string region, string accountId) =>
        SecurityLakeErrors.ResourceNotFound(DataLakeArn(region, accountId), SecurityLakeErrors.DataLakeType,
            $"Security Lake is not enabled in {region}: there is no data lake in that Region. Create one with CreateDataLake.");

    /// <summary>Bucket names are at most 63 characters; the suffix is derived from account and region so it is stable.</summary>
    public static string BucketArn(string region, string accountId)
    {
        var suffix = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{accountId}|{region}")))[..24];
        return $"arn:{ArnPartition.Of(region)}:s3:::aws-security-data-lake-{region}-{suffix}";
    }

    private static void RejectDuplicateRegions(IEnumerable<string> regions)
    {
        var duplicate = regions.GroupBy(r => r, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw SecurityLakeErrors.BadRequest($"The configurations name the Region {duplicate.Key} more than once.");
    }

    /// <summary>A configuration replaces the parts it carries and leaves the others as they are.</summary>
    private static void Apply(DataLake dataLake, DataLakeConfigurationInput configuration)
    {
        if (configuration.Encryption is not null)
        {
            // An encryption configuration without a key means Security Lake's default, S3 managed encryption.
            dataLake.Encryption = configuration.Encryption.ContainsKey("kmsKeyId")
                ? configuration.Encryption
                : new JsonObject { ["kmsKeyId"] = DataLake.S3ManagedKey };
        }
        if (configuration.Lifecycle is not null) dataLake.Lifecycle = configuration.Lifecycle;
        if (configuration.Replication is not null) dataLake.Replication = configuration.Replication;
    }
}
