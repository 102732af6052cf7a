using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake;

/// <summary>
/// The documented <c>CreateSubscriber</c> vocabulary to GA requests: accountId/externalId become
/// <c>subscriberIdentity{principal, externalId}</c>; each source type becomes a <c>sources[]</c> union member
/// (<c>awsLogSource</c> or <c>customLogSource</c>), the documented CLOUD_TRAIL as CLOUD_TRAIL_MGMT and the other
/// documented names (ROUTE53, VPC_FLOW, SH_FINDINGS) as the same GA names. Everything is checked against the
/// documents and the GA model before a request is built.
/// </summary>
public static class SubscriberMapper
{
    /// <summary>Documented AWS source names whose GA name differs.</summary>
    private static readonly Dictionary<string, string> DocumentedToGa = new Dictionary<string, string>
    {
        ["CLOUD_TRAIL"] = "CLOUD_TRAIL_MGMT",
    };

    public static CreateSubscriberInput ToCreateInput(SubscriberSpec spec)
    {
        var principal = AccountId(spec.AccountId);
        var externalId = ExternalId(spec.ExternalId);
        var sources = Sources(spec.AwsSourceTypes, spec.CustomSourceTypes, spec.SourceTypes);
        if (sources.Count == 0)
            throw new InputValidationException(SubscriberParameters.SourceType,
                "At least one source is required: give AwsSourceType, CustomSourceType or SourceType.");
        if (spec.SubscriberName == null)
            throw new InputValidationException(SubscriberParameters.SubscriberName, "SubscriberName is required.");
        Rules.Length(spec.SubscriberName, SecurityLakeConstraints.SubscriberNameMinLength, SecurityLakeConstraints.SubscriberNameMaxLength,
            SubscriberParameters.SubscriberName, SubscriberParameters.SubscriberName);

        return new CreateSubscriberInput(principal, externalId, sources, spec.SubscriberName)
        {
            AccessTypes = spec.AccessTypes == null ? null : AccessTypes(spec.AccessTypes),
            SubscriberDescription = Description(spec.SubscriberDescription),
            Tags = spec.Tags == null ? null : Rules.Tags(spec.Tags, SubscriberParameters.Tag, SubscriberParameters.Tag),
        };
    }

    public static UpdateSubscriberInput ToUpdateInput(SubscriberUpdateSpec spec)
    {
        var input = new UpdateSubscriberInput(Rules.SubscriberId(spec.SubscriptionId, SubscriberParameters.SubscriptionId));

        if ((spec.AccountId == null) != (spec.ExternalId == null))
            throw new InputValidationException(spec.AccountId == null ? SubscriberParameters.AccountId : SubscriberParameters.ExternalId,
                "AccountId and ExternalId must be given together: the service replaces the subscriber identity as a whole.");
        if (spec.AccountId != null)
        {
            input.Principal = AccountId(spec.AccountId);
            input.ExternalId = ExternalId(spec.ExternalId);
        }

        if (spec.AwsSourceTypes != null || spec.CustomSourceTypes != null || spec.SourceTypes != null)
        {
            input.Sources = Sources(spec.AwsSourceTypes, spec.CustomSourceTypes, spec.SourceTypes);
            if (input.Sources.Count == 0)
                throw new InputValidationException(SubscriberParameters.SourceType,
                    "The sources given are empty; a subscriber needs at least one source.");
        }

        if (spec.SubscriberName != null)
        {
            // GA UpdateSubscriber constrains the name further than CreateSubscriber does.
            Rules.Length(spec.SubscriberName, SecurityLakeConstraints.SubscriberNameMinLength, SecurityLakeConstraints.SubscriberNameMaxLength,
                SubscriberParameters.SubscriberName, SubscriberParameters.SubscriberName);
            Rules.Pattern(spec.SubscriberName, SecurityLakeConstraints.SafeStringPattern, SecurityLakeConstraints.SafeStringRule, SubscriberParameters.SubscriberName, SubscriberParameters.SubscriberName);
            input.SubscriberName = spec.SubscriberName;
        }
        input.SubscriberDescription = Description(spec.SubscriberDescription);
        return input;
    }

    /// <summary>A documented or GA AWS source name, as the GA enum spells it.</summary>
    public static string GaAwsSourceName(string name, string parameterName, string label)
    {
        var accepted = Rules.OneOf(name, SecurityLakeConstraints.AcceptedAwsSourceTypes, "an AWS source type", parameterName, label);
        return DocumentedToGa.TryGetValue(accepted, out var ga) ? ga : accepted;
    }

    private static string AccountId(string? accountId)
    {
        const string p = SubscriberParameters.AccountId;
        if (string.IsNullOrEmpty(accountId)) throw new InputValidationException(p, "AccountId is required.");
        if (accountId!.Length != SecurityLakeConstraints.AccountIdLength
            || !Rules.Matches(accountId, SecurityLakeConstraints.AccountIdPattern)
            || !Rules.Matches(accountId, SecurityLakeConstraints.AwsPrincipalPattern))
            throw new InputValidationException(p, $"AccountId '{accountId}' must be exactly {SecurityLakeConstraints.AccountIdLength} digits.");
        return accountId;
    }

    private static string ExternalId(string? externalId)
    {
        const string p = SubscriberParameters.ExternalId;
        if (externalId == null) throw new InputValidationException(p, "ExternalId is required.");
        Rules.Length(externalId, SecurityLakeConstraints.ExternalIdMinLength, SecurityLakeConstraints.ExternalIdMaxLength, p, p);
        Rules.Pattern(externalId, SecurityLakeConstraints.ExternalIdPattern, SecurityLakeConstraints.ExternalIdRule, p, p);
        return externalId;
    }

    private static string? Description(string? description)
    {
        if (description != null)
            Rules.Pattern(description, SecurityLakeConstraints.DescriptionPattern, SecurityLakeConstraints.DescriptionRule, SubscriberParameters.SubscriberDescription, SubscriberParameters.SubscriberDescription);
        return description;
    }

    private static IReadOnlyList<string> AccessTypes(IList<string> accessTypes) =>
        accessTypes
            .Select((a, i) => Rules.OneOf(a ?? "", SecurityLakeConstraints.AccessTypes, "an access type", SubscriberParameters.AccessType, $"AccessType[{i}]"))
            .Distinct()
            .ToList();

    private static IReadOnlyList<SourceType> Sources(IList<string>? aws, IList<string>? custom, IList<SourceType>? objects)
    {
        var sources = new List<SourceType>();
        if (aws != null)
            for (var i = 0; i < aws.Count; i++)
                sources.Add(AwsSource(aws[i] ?? "", null, SubscriberParameters.AwsSourceType, $"AwsSourceType[{i}]"));
        if (custom != null)
            for (var i = 0; i < custom.Count; i++)
                sources.Add(CustomSource(custom[i] ?? "", null, SubscriberParameters.CustomSourceType, $"CustomSourceType[{i}]"));
        if (objects != null)
            for (var i = 0; i < objects.Count; i++)
                sources.Add(FromObject(objects[i], $"SourceType[{i}]"));

        // The same source given twice (say by -AwsSourceType and -SourceType) is one source.
        return sources
            .GroupBy(s => (s.AwsSourceType, s.CustomSourceType, s.SourceVersion))
            .Select(g => g.First())
            .ToList();
    }

    private static SourceType FromObject(SourceType? source, string label)
    {
        const string p = SubscriberParameters.SourceType;
        if (source == null) throw new InputValidationException(p, $"{label} is empty.");
        if ((source.AwsSourceType == null) == (source.CustomSourceType == null))
            throw new InputValidationException(p, $"{label} must have exactly one of awsSourceType and customSourceType.");
        return source.AwsSourceType != null
            ? AwsSource(source.AwsSourceType, source.SourceVersion, p, label + ".awsSourceType")
            : CustomSource(source.CustomSourceType!, source.SourceVersion, p, label + ".customSourceType");
    }

    private static SourceType AwsSource(string name, string? version, string parameterName, string label)
    {
        var gaName = GaAwsSourceName(name, parameterName, label);
        if (version != null)
            Rules.Pattern(version, SecurityLakeConstraints.AwsLogSourceVersionPattern, SecurityLakeConstraints.AwsLogSourceVersionRule, parameterName, label + " sourceVersion");
        return SourceType.Aws(gaName, version);
    }

    private static SourceType CustomSource(string name, string? version, string parameterName, string label)
    {
        Rules.Length(name, SecurityLakeConstraints.CustomLogSourceNameMinLength, SecurityLakeConstraints.CustomLogSourceNameMaxLength, parameterName, label);
        Rules.Pattern(name, SecurityLakeConstraints.CustomLogSourceNamePattern, SecurityLakeConstraints.CustomLogSourceNameRule, parameterName, label);
        if (version != null)
        {
            Rules.Length(version, SecurityLakeConstraints.CustomLogSourceVersionMinLength, SecurityLakeConstraints.CustomLogSourceVersionMaxLength, parameterName, label + " sourceVersion");
            Rules.Pattern(version, SecurityLakeConstraints.CustomLogSourceVersionPattern, SecurityLakeConstraints.CustomLogSourceVersionRule, parameterName, label + " sourceVersion");
        }
        return SourceType.Custom(name, version);
    }
}
