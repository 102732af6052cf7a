using System.Text.Json.Nodes;
using SecLake.Emulator.Http;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.SecurityLake;

/// <summary>One source auto-enabled in a Region (GA <c>AwsLogSourceResource</c>).</summary>
internal sealed record AutoEnableSource(string SourceName, string? SourceVersion)
{
    public JsonObject ToResource()
    {
        var source = new JsonObject { ["sourceName"] = SourceName };
        if (SourceVersion is not null) source["sourceVersion"] = SourceVersion;
        return source;
    }
}

/// <summary>
/// The organization: its configuration for new accounts (Create-, Get- and DeleteDataLakeOrganizationConfiguration)
/// and its delegated Security Lake administrator (Register- and DeregisterDataLakeDelegatedAdministrator).
/// </summary>
/// <remarks>
/// The emulator has no AWS Organizations, so every account stands for its own organization, as its management account:
/// <list type="bullet">
/// <item>Register and Deregister are for the management account only: an account that is another account's delegated
/// administrator gets 403. The management account cannot delegate to itself (400, as the model's documentation says),
/// nor to an account that administers another organization (409); while one account is delegated, another is a 409
/// and the same one again changes nothing. Deregister without a delegated administrator succeeds: the model marks it
/// idempotent, so a retry after a lost answer must not fail.</item>
/// <item>"Only the delegated Security Lake administrator for an organization" may change the configuration: a
/// management account that has delegated gets 403; any other account (a delegated administrator, or one that never
/// delegated and so administers its own organization) keeps the configuration in its own state. Create merges into
/// what is there, as the model's documentation says (a source named again takes the new version), and needs the
/// caller's data lake in every Region it names (404 otherwise: new accounts would feed a data lake that does not
/// exist). Delete removes the sources named, all or nothing (404 for one not auto-enabled there), and a Region left
/// without sources goes; Delete without <c>autoEnableNewAccount</c>, which the model does not require, removes it all.</item>
/// </list>
/// </remarks>
[OperationHandlers("securitylake")]
internal sealed class OrganizationOperations(SecurityLakeState state)
{
    public OperationResult CreateDataLakeOrganizationConfiguration(OperationContext context)
    {
        var validator = new Validator();
        var entries = Entries(context.Input(validator), validator);
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        if (entries is null)
            throw SecurityLakeErrors.BadRequest("autoEnableNewAccount is required: give the Regions and the sources to enable there for new accounts.");

        return state.Use(context.AccountId, account =>
        {
            RequireAdministrator(account, context);
            var missing = entries.Select(e => e.Region).FirstOrDefault(r => !account.DataLakes.ContainsKey(r));
            if (missing is not null) throw DataLakeOperations.NotEnabled(missing, context.AccountId);
            foreach (var (region, sources) in entries)
            {
                if (!account.AutoEnableNewAccount.TryGetValue(region, out var configured))
                    account.AutoEnableNewAccount[region] = configured = new List<AutoEnableSource>();
                foreach (var source in sources)
                {
                    var at = configured.FindIndex(s => s.SourceName == source.SourceName);
                    if (at >= 0) configured[at] = source;
                    else configured.Add(source);
                }
            }
            return OperationResult.Ok(new JsonObject());
        });
    }

    public OperationResult GetDataLakeOrganizationConfiguration(OperationContext context) =>
        state.Use(context.AccountId, account =>
        {
            RequireAdministrator(account, context);
            var response = new JsonObject();
            // DataLakeAutoEnableNewAccountConfigurationList has min 1: no configuration, no member.
            if (account.AutoEnableNewAccount.Count > 0)
            {
                response["autoEnableNewAccount"] = new JsonArray(account.AutoEnableNewAccount
                    .Select(c => (JsonNode)new JsonObject
                    {
                        ["region"] = c.Key,
                        ["sources"] = new JsonArray(c.Value.Select(s => (JsonNode)s.ToResource()).ToArray()),
                    })
                    .ToArray());
            }
            return OperationResult.Ok(response);
        });

    public OperationResult DeleteDataLakeOrganizationConfiguration(OperationContext context)
    {
        var validator = new Validator();
        var entries = Entries(context.Input(validator), validator);
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);

        return state.Use(context.AccountId, account =>
        {
            RequireAdministrator(account, context);
            if (entries is null)
            {
                account.AutoEnableNewAccount.Clear();
                return OperationResult.Ok(new JsonObject());
            }
            foreach (var (region, sources) in entries)
            {
                var configured = account.AutoEnableNewAccount.GetValueOrDefault(region);
                var absent = sources.FirstOrDefault(s => configured?.Any(c => c.SourceName == s.SourceName) != true);
                if (absent is not null)
                    throw SecurityLakeErrors.ResourceNotFound(region, SecurityLakeErrors.OrganizationConfigurationType,
                        $"New accounts are not auto-enabled for {absent.SourceName} in {region}.");
            }
            foreach (var (region, sources) in entries)
            {
                var configured = account.AutoEnableNewAccount[region];
                configured.RemoveAll(c => sources.Any(s => s.SourceName == c.SourceName));
                if (configured.Count == 0) account.AutoEnableNewAccount.Remove(region);
            }
            return OperationResult.Ok(new JsonObject());
        });
    }

    public OperationResult RegisterDataLakeDelegatedAdministrator(OperationContext context)
    {
        var validator = new Validator();
        var accountId = context.Input(validator).String("accountId");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        // SafeString lets much through; the documentation says it is an account ID.
        if (accountId!.Length != 12 || !accountId.All(char.IsAsciiDigit))
            throw SecurityLakeErrors.BadRequest($"accountId '{accountId}' is not an AWS account ID (12 digits).");

        return state.UseAcrossAccounts(context.AccountId, (account, accounts) =>
        {
            RequireManagementAccount(context, accounts);
            if (accountId == context.AccountId)
                throw SecurityLakeErrors.BadRequest("The organization management account cannot be the delegated administrator account.");
            if (account.DelegatedAdministrator is { } current && current != accountId)
                throw SecurityLakeErrors.Conflict(current, SecurityLakeErrors.DelegatedAdministratorType,
                    $"Account {current} is already the organization's delegated Security Lake administrator; deregister it first.");
            var other = ManagementAccountOf(accountId, accounts);
            if (other is not null && other != context.AccountId)
                throw SecurityLakeErrors.Conflict(accountId, SecurityLakeErrors.DelegatedAdministratorType,
                    $"Account {accountId} is already the delegated Security Lake administrator of another organization.");
            account.DelegatedAdministrator = accountId;
            return OperationResult.Ok(new JsonObject());
        });
    }

    public OperationResult DeregisterDataLakeDelegatedAdministrator(OperationContext context) =>
        state.UseAcrossAccounts(context.AccountId, (account, accounts) =>
        {
            RequireManagementAccount(context, accounts);
            account.DelegatedAdministrator = null;
            return OperationResult.Ok(new JsonObject());
        });

    /// <summary>autoEnableNewAccount, checked against the model; null when absent.</summary>
    private static List<(string Region, List<AutoEnableSource> Sources)>? Entries(JsonMembers body, Validator validator)
    {
        var items = body.StructureList("autoEnableNewAccount");
        if (items is null) return null;
        var entries = new List<(string Region, List<AutoEnableSource> Sources)>();
        for (var i = 0; i < items.Count; i++)
        {
            var region = items[i].String("region");
            var sources = new List<AutoEnableSource>();
            var list = items[i].StructureList("sources") ?? new List<JsonMembers>();
            for (var j = 0; j < list.Count; j++)
            {
                var name = list[j].String("sourceName");
                var version = list[j].String("sourceVersion");
                // AwsLogSourceResource requires nothing, but a source without a name enables nothing.
                if (name is null) validator.Missing($"autoEnableNewAccount[{i}].sources[{j}].sourceName");
                else if (sources.Any(s => s.SourceName == name))
                    validator.Fail($"autoEnableNewAccount[{i}].sources[{j}].sourceName", "Member must be unique in its Region", $"'{name}'");
                else sources.Add(new AutoEnableSource(name, version));
            }
            if (region is null) continue;
            if (entries.Any(e => e.Region == region))
                validator.Fail($"autoEnableNewAccount[{i}].region", "Member must be unique in the list", $"'{region}'");
            else entries.Add((region, sources));
        }
        return entries;
    }

    private static void RequireAdministrator(SecurityLakeAccount account, OperationContext context)
    {
        if (account.DelegatedAdministrator is { } delegated)
            throw SecurityLakeErrors.AccessDenied("DelegatedAdministratorOnly",
                $"Only the organization's delegated Security Lake administrator (account {delegated}) can call {context.Operation.Name}.");
    }

    private static void RequireManagementAccount(OperationContext context, IReadOnlyDictionary<string, SecurityLakeAccount> accounts)
    {
        if (ManagementAccountOf(context.AccountId, accounts) is { } management)
            throw SecurityLakeErrors.AccessDenied("ManagementAccountOnly",
                $"Only the organization management account can call {context.Operation.Name}; account {context.AccountId} is the delegated Security Lake administrator of account {management}'s organization.");
    }

    /// <summary>The management account that made <paramref name="accountId"/> its delegated administrator, or null.</summary>
    private static string? ManagementAccountOf(string accountId, IReadOnlyDictionary<string, SecurityLakeAccount> accounts) =>
        accounts.Where(a => a.Value.DelegatedAdministrator == accountId).Select(a => a.Key).FirstOrDefault();
}
