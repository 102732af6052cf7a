using System.Text.Json.Nodes;
using SecLake.Emulator.Http;
using SecLake.Emulator.State;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.SecurityLake;

/// <summary>Tagging of data lakes and subscribers, addressed by ARN (whose region names where the resource lives).</summary>
[OperationHandlers("securitylake")]
internal sealed class SecurityLakeTagOperations(SecurityLakeState state)
{
    /// <summary>TagList's maximum size, also the most tags one resource can carry.</summary>
    private const int MaxTagsPerResource = 50;

    public OperationResult TagResource(OperationContext context)
    {
        var arn = ResourceArnLabel(context);
        var validator = new Validator();
        var tags = SecurityLakeInputs.Tags(context.Input(validator));
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);

        return state.Use(context.AccountId, account =>
        {
            var current = TagsOf(account, arn, context);
            var merged = new List<KeyValuePair<string, string>>(current);
            foreach (var tag in tags!)
            {
                // Tagging an existing key replaces its value.
                var index = merged.FindIndex(t => t.Key == tag.Key);
                if (index >= 0) merged[index] = tag;
                else merged.Add(tag);
            }
            if (merged.Count > MaxTagsPerResource)
                throw SecurityLakeErrors.BadRequest($"A resource can have at most {MaxTagsPerResource} tags.");
            current.Clear();
            current.AddRange(merged);
            return OperationResult.Ok(new JsonObject());
        });
    }

    public OperationResult UntagResource(OperationContext context)
    {
        var arn = ResourceArnLabel(context);
        var validator = new Validator();
        var keys = context.QueryListMember(validator, "tagKeys");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);

        return state.Use(context.AccountId, account =>
        {
            TagsOf(account, arn, context).RemoveAll(t => keys!.Contains(t.Key));
            return OperationResult.Ok(new JsonObject());
        });
    }

    public OperationResult ListTagsForResource(OperationContext context)
    {
        var arn = ResourceArnLabel(context);
        return state.Use(context.AccountId, account =>
        {
            var tags = new JsonArray();
            foreach (var tag in TagsOf(account, arn, context))
                tags.Add(new JsonObject { ["key"] = tag.Key, ["value"] = tag.Value });
            return OperationResult.Ok(new JsonObject { ["tags"] = tags });
        });
    }

    private static string ResourceArnLabel(OperationContext context)
    {
        var validator = new Validator();
        var arn = context.UriMember(validator, "resourceArn");
        if (validator.HasErrors) throw SecurityLakeErrors.Validation(validator);
        return arn!;
    }

    /// <summary>The tag list of an existing data lake or subscriber of the caller's account; 404 otherwise.</summary>
    private static List<KeyValuePair<string, string>> TagsOf(SecurityLakeAccount account, string arnText, OperationContext context)
    {
        var arn = Arn.TryParse(arnText);
        var exists = arn is not null && arn.AccountId == context.AccountId && (
            (arn.Resource == "data-lake/default" && account.DataLakes.TryGetValue(arn.Region, out var lake) && lake.Arn == arnText) ||
            (arn.Resource.StartsWith("subscriber/", StringComparison.Ordinal) &&
             account.SubscribersIn(arn.Region).Find(arn.Resource["subscriber/".Length..])?.Arn == arnText));
        if (!exists)
            throw SecurityLakeErrors.ResourceNotFound(arnText, ResourceTypeOf(arn), $"The resource {arnText} does not exist.");

        if (!account.Tags.TryGetValue(arnText, out var tags)) account.Tags[arnText] = tags = new List<KeyValuePair<string, string>>();
        return tags;
    }

    private static string ResourceTypeOf(Arn? arn) =>
        arn?.Resource.StartsWith("subscriber/", StringComparison.Ordinal) == true ? SecurityLakeErrors.SubscriberType : SecurityLakeErrors.DataLakeType;
}
