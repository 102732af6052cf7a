using System.Text.Json.Nodes;
using SecLake.Emulator.Http;
using SecLake.Emulator.State;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.Qldb;

/// <summary>The QLDB operations: input checks from the model, then the ledger state machine.</summary>
[OperationHandlers("qldb")]
internal sealed class QldbOperations(EmulatorOptions options, QldbState state)
{
    private const string PageKind = "ledgers";

    /// <summary>TagResource's documentation: "A resource can have up to 50 tags."</summary>
    private const int MaxTagsPerResource = 50;

    public OperationResult CreateLedger(OperationContext context)
    {
        var validator = new Validator();
        var body = context.Input(validator);
        var name = body.String("Name");
        var tags = body.StringMap("Tags");
        var permissionsMode = body.String("PermissionsMode");
        var deletionProtection = body.Boolean("DeletionProtection");
        var kmsKey = body.String("KmsKey");
        ThrowIfInvalid(validator);

        var keyArn = kmsKey is null ? null : KmsKeys.Resolve(kmsKey, context.AccountId, context.Region);
        return state.Use(ScopeOf(context), context.Now, ledgers =>
        {
            if (ledgers.ContainsKey(name!))
                throw QldbErrors.ResourceAlreadyExists(name!, $"A ledger named '{name}' already exists in this account and Region.");
            if (ledgers.Count >= options.LedgerLimit)
                throw QldbErrors.LimitExceeded($"You have reached the limit of {options.LedgerLimit} ledgers in this account and Region.");

            var ledger = new Ledger
            {
                Name = name!,
                Arn = $"arn:{ArnPartition.Of(context.Region)}:qldb:{context.Region}:{context.AccountId}:ledger/{name}",
                CreatedAt = context.Now,
                ActiveAt = context.Now + options.LedgerCreateDelay,
                PermissionsMode = permissionsMode!,
                DeletionProtection = deletionProtection ?? true, // the service's documented default
                EncryptionKey = keyArn,
            };
            foreach (var (key, value) in tags ?? new Dictionary<string, string?>()) ledger.Tags[key] = value;
            ledgers.Add(ledger);

            var response = new JsonObject
            {
                ["Name"] = ledger.Name,
                ["Arn"] = ledger.Arn,
                ["State"] = "CREATING", // what CreateLedger always answers, even with a zero create delay
                ["CreationDateTime"] = WireFormat.EpochSeconds(ledger.CreatedAt),
                ["PermissionsMode"] = ledger.PermissionsMode,
                ["DeletionProtection"] = ledger.DeletionProtection,
            };
            if (ledger.CustomerKeyArn is { } arn) response["KmsKeyArn"] = arn;
            return OperationResult.Ok(response);
        });
    }

    public OperationResult DescribeLedger(OperationContext context)
    {
        var name = LedgerNameLabel(context);
        return state.Use(ScopeOf(context), context.Now, ledgers =>
        {
            var ledger = Find(ledgers, name);
            var response = new JsonObject
            {
                ["Name"] = ledger.Name,
                ["Arn"] = ledger.Arn,
                ["State"] = ledger.StateAt(context.Now),
                ["CreationDateTime"] = WireFormat.EpochSeconds(ledger.CreatedAt),
                ["PermissionsMode"] = ledger.PermissionsMode,
                ["DeletionProtection"] = ledger.DeletionProtection,
            };
            AddEncryptionDescription(response, ledger);
            return OperationResult.Ok(response);
        });
    }

    public OperationResult ListLedgers(OperationContext context)
    {
        var validator = new Validator();
        var maxResults = context.QueryIntegerMember(validator, "MaxResults") ?? 100;
        var nextToken = context.QueryMember(validator, "NextToken");
        ThrowIfInvalid(validator);

        string? after = null;
        if (nextToken is not null)
            after = PageToken.TryRead(PageKind, nextToken) ?? throw QldbErrors.InvalidParameter("The pagination token is invalid.", "NextToken");

        return state.Use(ScopeOf(context), context.Now, ledgers =>
        {
            var page = ledgers.Page(after, maxResults);
            var items = new JsonArray();
            foreach (var ledger in page)
            {
                items.Add(new JsonObject
                {
                    ["Name"] = ledger.Name,
                    ["State"] = ledger.StateAt(context.Now),
                    ["CreationDateTime"] = WireFormat.EpochSeconds(ledger.CreatedAt),
                });
            }
            var response = new JsonObject { ["Ledgers"] = items };
            if (page.Count > 0 && ledgers.AnyAfter(page[^1].Name)) response["NextToken"] = PageToken.Create(PageKind, page[^1].Name);
            return OperationResult.Ok(response);
        });
    }

    public OperationResult UpdateLedger(OperationContext context)
    {
        var name = LedgerNameLabel(context);
        var validator = new Validator();
        var body = context.Input(validator);
        var deletionProtection = body.Boolean("DeletionProtection");
        var kmsKey = body.String("KmsKey");
        ThrowIfInvalid(validator);

        var keyArn = kmsKey is null ? null : KmsKeys.Resolve(kmsKey, context.AccountId, context.Region);
        return state.Use(ScopeOf(context), context.Now, ledgers =>
        {
            var ledger = FindActive(ledgers, name, context.Now);
            if (deletionProtection is { } protection) ledger.DeletionProtection = protection;
            if (kmsKey is not null)
            {
                // Switching a customer-key ledger back to an AWS owned key shows AWS_OWNED_KMS_KEY from then on.
                ledger.EncryptionKey = keyArn ?? (ledger.EncryptionKey is null ? null : Ledger.AwsOwnedKey);
            }

            var response = new JsonObject
            {
                ["Name"] = ledger.Name,
                ["Arn"] = ledger.Arn,
                ["State"] = ledger.StateAt(context.Now),
                ["CreationDateTime"] = WireFormat.EpochSeconds(ledger.CreatedAt),
                ["DeletionProtection"] = ledger.DeletionProtection,
            };
            AddEncryptionDescription(response, ledger);
            return OperationResult.Ok(response);
        });
    }

    public OperationResult UpdateLedgerPermissionsMode(OperationContext context)
    {
        var name = LedgerNameLabel(context);
        var validator = new Validator();
        var permissionsMode = context.Input(validator).String("PermissionsMode");
        ThrowIfInvalid(validator);

        return state.Use(ScopeOf(context), context.Now, ledgers =>
        {
            var ledger = FindActive(ledgers, name, context.Now);
            ledger.PermissionsMode = permissionsMode!;
            return OperationResult.Ok(new JsonObject
            {
                ["Name"] = ledger.Name,
                ["Arn"] = ledger.Arn,
                ["PermissionsMode"] = ledger.PermissionsMode,
            });
        });
    }

    public OperationResult DeleteLedger(OperationContext context)
    {
        var name = LedgerNameLabel(context);
        return state.Use(ScopeOf(context), context.Now, ledgers =>
        {
            var ledger = FindActive(ledgers, name, context.Now);
            if (ledger.DeletionProtection)
            {
                throw QldbErrors.ResourcePreconditionNotMet(name,
                    $"The ledger '{name}' has deletion protection enabled. Disable it with UpdateLedger (DeletionProtection false) before deleting the ledger.");
            }
            ledgers.MarkDeleting(ledger, context.Now + options.LedgerDeleteDelay);
            return OperationResult.Empty(); // DeleteLedger has no output shape
        });
    }

    public OperationResult TagResource(OperationContext context)
    {
        var arn = ResourceArnLabel(context);
        var validator = new Validator();
        var tags = context.Input(validator).StringMap("Tags");
        ThrowIfInvalid(validator);

        return state.Use(ScopeOf(context), context.Now, ledgers =>
        {
            var ledger = FindByArn(ledgers, arn, context);
            // The model's documentation: "If you specify a key that already exists for the resource, your request fails".
            var existing = tags!.Keys.Where(ledger.Tags.ContainsKey).ToList();
            if (existing.Count > 0)
                throw QldbErrors.InvalidParameter($"The resource already has tags with these keys: {string.Join(", ", existing)}.", "Tags");
            if (ledger.Tags.Count + tags.Count > MaxTagsPerResource)
                throw QldbErrors.InvalidParameter($"A resource can have up to {MaxTagsPerResource} tags.", "Tags");
            foreach (var (key, value) in tags) ledger.Tags[key] = value;
            return OperationResult.Ok(new JsonObject());
        });
    }

    public OperationResult UntagResource(OperationContext context)
    {
        var arn = ResourceArnLabel(context);
        var validator = new Validator();
        var keys = context.QueryListMember(validator, "TagKeys");
        ThrowIfInvalid(validator);

        return state.Use(ScopeOf(context), context.Now, ledgers =>
        {
            var ledger = FindByArn(ledgers, arn, context);
            foreach (var key in keys!) ledger.Tags.Remove(key);
            return OperationResult.Ok(new JsonObject());
        });
    }

    public OperationResult ListTagsForResource(OperationContext context)
    {
        var arn = ResourceArnLabel(context);
        return state.Use(ScopeOf(context), context.Now, ledgers =>
        {
            var ledger = FindByArn(ledgers, arn, context);
            var tags = new JsonObject();
            foreach (var (key, value) in ledger.Tags) tags[key] = value;
            return OperationResult.Ok(new JsonObject { ["Tags"] = tags });
        });
    }

    private static Scope ScopeOf(OperationContext context) => new(context.AccountId, context.Region);

    private static void ThrowIfInvalid(Validator validator)
    {
        if (validator.HasErrors) throw QldbErrors.FromValidation(validator);
    }

    private static string LedgerNameLabel(OperationContext context)
    {
        var validator = new Validator();
        var name = context.UriMember(validator, "Name");
        ThrowIfInvalid(validator);
        return name!;
    }

    private static string ResourceArnLabel(OperationContext context)
    {
        var validator = new Validator();
        var arn = context.UriMember(validator, "ResourceArn");
        ThrowIfInvalid(validator);
        return arn!;
    }

    private static Ledger Find(LedgerSet ledgers, string name) =>
        ledgers.TryGetValue(name, out var ledger)
            ? ledger
            : throw QldbErrors.ResourceNotFound(name, $"The ledger '{name}' does not exist in this account and Region.");

    /// <summary>Changes need an ACTIVE ledger: one still CREATING or already DELETING is in use.</summary>
    private static Ledger FindActive(LedgerSet ledgers, string name, DateTimeOffset now)
    {
        var ledger = Find(ledgers, name);
        var current = ledger.StateAt(now);
        if (current != "ACTIVE")
            throw QldbErrors.ResourceInUse(name, $"The ledger '{name}' is {current}; it can be changed only while ACTIVE.");
        return ledger;
    }

    private static Ledger FindByArn(LedgerSet ledgers, string arnText, OperationContext context)
    {
        var arn = Arn.TryParse(arnText);
        if (arn is null || arn.Service != "qldb")
            throw QldbErrors.InvalidParameter($"'{arnText}' is not a valid QLDB resource ARN.", "ResourceArn");
        var isHere = arn.AccountId == context.AccountId && arn.Region == context.Region && arn.Resource.StartsWith("ledger/", StringComparison.Ordinal);
        if (isHere && ledgers.TryGetValue(arn.Resource["ledger/".Length..], out var ledger) && ledger.Arn == arnText)
            return ledger;
        throw QldbErrors.ResourceNotFound(arnText, $"The resource '{arnText}' does not exist.");
    }

    private static void AddEncryptionDescription(JsonObject response, Ledger ledger)
    {
        // The model: KmsKeyArn undefined = AWS owned key; EncryptionDescription requires KmsKeyArn, so it is absent then.
        if (ledger.EncryptionKey is null) return;
        response["EncryptionDescription"] = new JsonObject
        {
            ["KmsKeyArn"] = ledger.EncryptionKey,
            ["EncryptionStatus"] = "ENABLED",
        };
    }
}
