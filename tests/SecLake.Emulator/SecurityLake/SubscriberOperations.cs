using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SecLake.Emulator.Http;
using SecLake.Emulator.State;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.SecurityLake;

/// <summary>Subscribers live in the region the request is signed for, which must have a data lake.</summary>
[OperationHandlers("securitylake")]
internal sealed class SubscriberOperations(SecurityLakeState state)
{
    private const string PageKind = "subscribers";

    public OperationResult CreateSubscriber(OperationContext context)
    {
        var validator = new Validator();
        var body = context.Input(validator);
        var accessTypes = body.StringList("accessTypes");
        var sources = SecurityLakeInputs.Sources(body, validator);
        var description = body.String("subscriberDescription");
        var identity = SecurityLakeInputs.Identity(body);
        var name = body.String("subscriberName");
        var tags = SecurityLakeInputs.Tags(body);
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);

        return state.Use(context.AccountId, account =>
        {
            if (!account.DataLakes.TryGetValue(context.Region, out var dataLake))
                throw DataLakeOperations.NotEnabled(context.Region, context.AccountId);

            var id = Guid.NewGuid().ToString("D");
            var lakeFormation = accessTypes?.Contains("LAKEFORMATION") == true;
            var subscriber = new Subscriber
            {
                Id = id,
                Arn = $"arn:{ArnPartition.Of(context.Region)}:securitylake:{context.Region}:{context.AccountId}:subscriber/{id}",
                RoleArn = $"arn:{ArnPartition.Of(context.Region)}:iam::{context.AccountId}:role/AmazonSecurityLake-{id}",
                S3BucketArn = dataLake.S3BucketArn,
                CreatedAt = context.Now,
                UpdatedAt = context.Now,
                Name = name!,
                Description = description,
                Identity = identity!,
                Sources = sources!,
                AccessTypes = accessTypes is null ? null : new JsonArray(accessTypes.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray()),
                // Lake Formation access is granted through an AWS RAM resource share.
                ResourceShareArn = lakeFormation ? $"arn:{ArnPartition.Of(context.Region)}:ram:{context.Region}:{context.AccountId}:resource-share/{DerivedId(id)}" : null,
                ResourceShareName = lakeFormation ? $"LakeFormation-V3-{id.Replace("-", "")[..12].ToUpperInvariant()}-{identity!["principal"]}" : null,
            };
            account.SubscribersIn(context.Region).Add(subscriber);
            if (tags is not null) account.Tags[subscriber.Arn] = tags;
            return OperationResult.Ok(new JsonObject { ["subscriber"] = subscriber.ToResource() });
        });
    }

    public OperationResult GetSubscriber(OperationContext context)
    {
        var id = SubscriberIdLabel(context);
        return state.Use(context.AccountId, account =>
            OperationResult.Ok(new JsonObject { ["subscriber"] = Find(account, context, id).ToResource() }));
    }

    public OperationResult ListSubscribers(OperationContext context)
    {
        var validator = new Validator();
        var maxResults = context.QueryIntegerMember(validator, "maxResults") ?? 100;
        var nextToken = context.QueryMember(validator, "nextToken");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);

        var skip = 0;
        if (!string.IsNullOrEmpty(nextToken))
        {
            var position = PageToken.TryRead(PageKind, nextToken);
            if (position is null || !int.TryParse(position, out skip) || skip < 0)
                throw SecurityLakeErrors.BadRequest("The nextToken is not valid.");
        }

        return state.Use(context.AccountId, account =>
        {
            var all = account.SubscribersIn(context.Region);
            var page = all.Page(skip, maxResults);
            var response = new JsonObject { ["subscribers"] = new JsonArray(page.Select(s => (JsonNode)s.ToResource()).ToArray()) };
            if (skip + page.Count < all.Count) response["nextToken"] = PageToken.Create(PageKind, (skip + page.Count).ToString());
            return OperationResult.Ok(response);
        });
    }

    public OperationResult UpdateSubscriber(OperationContext context)
    {
        var id = SubscriberIdLabel(context);
        var validator = new Validator();
        var body = context.Input(validator);
        var sources = SecurityLakeInputs.Sources(body, validator);
        var description = body.String("subscriberDescription");
        var identity = SecurityLakeInputs.Identity(body);
        var name = body.String("subscriberName");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);

        return state.Use(context.AccountId, account =>
        {
            var subscriber = Find(account, context, id);
            if (sources is not null) subscriber.Sources = sources;
            if (description is not null) subscriber.Description = description;
            if (identity is not null) subscriber.Identity = identity;
            if (name is not null) subscriber.Name = name;
            subscriber.UpdatedAt = context.Now;
            return OperationResult.Ok(new JsonObject { ["subscriber"] = subscriber.ToResource() });
        });
    }

    public OperationResult DeleteSubscriber(OperationContext context)
    {
        var id = SubscriberIdLabel(context);
        return state.Use(context.AccountId, account =>
        {
            var subscriber = Find(account, context, id);
            account.SubscribersIn(context.Region).Remove(subscriber);
            account.Tags.Remove(subscriber.Arn);
            return OperationResult.Ok(new JsonObject());
        });
    }

    private static string SubscriberIdLabel(OperationContext context)
    {
        var validator = new Validator();
        var id = context.UriMember(validator, "subscriberId");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        return id!;
    }

    private static Subscriber Find(SecurityLakeAccount account, OperationContext context, string id) =>
        account.SubscribersIn(context.Region).Find(id)
        ?? throw SecurityLakeErrors.ResourceNotFound(id, SecurityLakeErrors.SubscriberType,
            $"The subscriber {id} does not exist in {context.Region}.");

    private static string DerivedId(string id) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("resource-share|" + id)).AsSpan(0, 16)).ToString("D");
}
