using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Security;
using System.Text.Json;
using SecLake.Aws;

namespace SecLake.SecurityLake;

// The Security Lake model's shapes as SecLake sends and reads them: their constraints, the requests and the responses
// (the inputs the client takes are in Models/).

/// <summary>
/// Patterns and limits from the Security Lake GA model (securitylake-2018-05-10.service-2.json) and, where the
/// cmdlets keep the documented vocabulary, from the documents. Constants so cmdlet ValidateModelPattern/ValidateLength
/// attributes and the core's own checks use the very same values; a test compares each with the model file. Each
/// <c>*Pattern</c> has a <c>*Rule</c>: the rule in words that refusals say.
/// </summary>
/// <remarks>
/// The model writes its patterns in ECMAScript syntax; each <c>*Pattern</c> here is the .NET pattern with the same
/// meaning, to run case-sensitively (the cmdlets' ValidateModelPattern, the core through
/// <see cref="SecLake.ModelRegex"/>): <c>\d</c>, <c>\w</c>, <c>\s</c> written out as ECMAScript's ASCII sets
/// (.NET's are Unicode), <c>$</c> as <c>\z</c> (.NET's <c>$</c> also matches before a final newline), <c>.</c> as
/// ECMAScript's "not a line terminator", and identity escapes .NET refuses (<c>\_</c>) as the plain character. The
/// tests translate the model's text with the same rules and compare.
/// </remarks>
public static class SecurityLakeConstraints
{
    // ---- GA model shapes ----

    /// <summary>Shape <c>Region</c>: <c>^(us(-gov)?|af|ap|ca|eu|me|sa)-(central|north|(north(?:east|west))|south|south(?:east|west)|east|west)-\d+$</c>.</summary>
    public const string RegionPattern = @"^(us(-gov)?|af|ap|ca|eu|me|sa)-(central|north|(north(?:east|west))|south|south(?:east|west)|east|west)-[0-9]+\z";
    /// <summary>The rule of <see cref="RegionPattern"/> in words, for refusals.</summary>
    public const string RegionRule = "give a Region code in lower case, such as us-east-1";

    /// <summary>Shape <c>RoleArn</c> (metaStoreManagerRoleArn, replicationConfiguration.roleArn): <c>^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$</c>.</summary>
    public const string RoleArnPattern = @"^arn:(aws[a-zA-Z-]*)?:iam::[0-9]{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+\z";
    /// <summary>The rule of <see cref="RoleArnPattern"/> in words, for refusals.</summary>
    public const string RoleArnRule = "give an IAM role ARN, such as arn:aws:iam::123456789012:role/name";

    /// <summary>
    /// Shape <c>AmazonResourceName</c> (data lake and subscriber ARNs, tag operations):
    /// <c>^arn:(aws|aws-us-gov|aws-cn):securitylake:[A-Za-z0-9_/.\-]{0,63}:[A-Za-z0-9_/.\-]{0,63}:[A-Za-z0-9][A-Za-z0-9_/.\-]{0,127}$</c>.
    /// </summary>
    public const string AmazonResourceNamePattern = @"^arn:(aws|aws-us-gov|aws-cn):securitylake:[A-Za-z0-9_/.\-]{0,63}:[A-Za-z0-9_/.\-]{0,63}:[A-Za-z0-9][A-Za-z0-9_/.\-]{0,127}\z";
    /// <summary>The rule of <see cref="AmazonResourceNamePattern"/> in words, for refusals.</summary>
    public const string AmazonResourceNameRule = "give a Security Lake ARN, such as arn:aws:securitylake:us-east-1:123456789012:data-lake/default";
    public const int AmazonResourceNameMinLength = 1;
    public const int AmazonResourceNameMaxLength = 1011;

    /// <summary>Shapes <c>TagKey</c>, <c>TagValue</c>, <c>TagList</c>, <c>TagKeyList</c> (no pattern in the GA model).</summary>
    public const int TagKeyMinLength = 1;
    public const int TagKeyMaxLength = 128;
    public const int TagValueMinLength = 0;
    public const int TagValueMaxLength = 256;
    public const int TagListMaxCount = 50;
    public const int TagKeyListMaxCount = 50;

    /// <summary>Shapes <c>DataLakeLifecycleExpirationDaysInteger</c> and <c>DataLakeLifecycleTransitionDaysInteger</c>.</summary>
    public const int LifecycleDaysMin = 1;

    /// <summary>Shape <c>ExternalId</c> (subscriberIdentity.externalId): <c>^[\w+=,.@:\/-]*$</c>.</summary>
    public const string ExternalIdPattern = @"^[A-Za-z0-9_+=,.@:\/-]*\z";
    /// <summary>The rule of <see cref="ExternalIdPattern"/> in words, for refusals.</summary>
    public const string ExternalIdRule = "use letters, digits and _ + = , . @ : / - only";
    public const int ExternalIdMinLength = 2;
    public const int ExternalIdMaxLength = 1224;

    /// <summary>Shape <c>AwsPrincipal</c> (subscriberIdentity.principal): <c>^([0-9]{12}|[a-z0-9\.\-]*\.(amazonaws|amazon)\.com)$</c>.</summary>
    public const string AwsPrincipalPattern = @"^([0-9]{12}|[a-z0-9\.\-]*\.(amazonaws|amazon)\.com)\z";
    /// <summary>The rule of <see cref="AwsPrincipalPattern"/> in words, for refusals.</summary>
    public const string AwsPrincipalRule = "give a 12-digit account ID or a service principal such as securitylake.amazonaws.com";

    /// <summary>Shapes <c>CreateSubscriberRequestSubscriberNameString</c> and <c>UpdateSubscriberRequestSubscriberNameString</c>.</summary>
    public const int SubscriberNameMinLength = 0;
    public const int SubscriberNameMaxLength = 64;

    /// <summary>Shape <c>SafeString</c>; also the pattern of UpdateSubscriber's subscriberName: <c>^[\\\w\-_:/.@=+]*$</c>.</summary>
    public const string SafeStringPattern = @"^[\\A-Za-z0-9_\-_:/.@=+]*\z";
    /// <summary>The rule of <see cref="SafeStringPattern"/> in words, for refusals.</summary>
    public const string SafeStringRule = "use letters, digits and \\ - _ : / . @ = + only, without spaces";

    /// <summary>
    /// Shape <c>DescriptionString</c> (subscriberDescription): <c>^[\\\w\s\-_:/,.@=+]*$</c>. ECMAScript's <c>\s</c> is
    /// TAB, LF, VT, FF, CR, SP, NBSP, U+1680, U+2000-U+200A, LS, PS, U+202F, U+205F, U+3000 and U+FEFF (.NET's adds U+0085 and lacks U+FEFF).
    /// </summary>
    public const string DescriptionPattern = @"^[\\A-Za-z0-9_\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\-_:/,.@=+]*\z";
    /// <summary>The rule of <see cref="DescriptionPattern"/> in words, for refusals.</summary>
    public const string DescriptionRule = "use letters, digits, spaces and \\ - _ : / , . @ = + only";

    /// <summary>Shape <c>UUID</c> (subscriberId): <c>^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$</c>, lower case only.</summary>
    public const string UuidPattern = @"^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\z";
    /// <summary>The rule of <see cref="UuidPattern"/> in words, for refusals.</summary>
    public const string UuidRule = "give an ID in lower-case GUID form, such as 0e8e35bc-5f0d-4658-8f88-7b5d78f61d61";

    /// <summary>Shape <c>AwsLogSourceVersion</c>: <c>^(latest|[0-9]\.[0-9])$</c>.</summary>
    public const string AwsLogSourceVersionPattern = @"^(latest|[0-9]\.[0-9])\z";
    /// <summary>The rule of <see cref="AwsLogSourceVersionPattern"/> in words, for refusals.</summary>
    public const string AwsLogSourceVersionRule = "give 'latest' or a version such as 2.0";

    /// <summary>Shape <c>CustomLogSourceName</c>: <c>^[\w\-\_\:\.]*$</c> (.NET refuses the escape <c>\_</c>).</summary>
    public const string CustomLogSourceNamePattern = @"^[A-Za-z0-9_\-_\:\.]*\z";
    /// <summary>The rule of <see cref="CustomLogSourceNamePattern"/> in words, for refusals.</summary>
    public const string CustomLogSourceNameRule = "use letters, digits and _ - : . only";
    public const int CustomLogSourceNameMinLength = 1;
    public const int CustomLogSourceNameMaxLength = 64;

    /// <summary>Shape <c>CustomLogSourceVersion</c>: <c>^[A-Za-z0-9\-\.\_]*$</c> (.NET refuses the escape <c>\_</c>).</summary>
    public const string CustomLogSourceVersionPattern = @"^[A-Za-z0-9\-\._]*\z";
    /// <summary>The rule of <see cref="CustomLogSourceVersionPattern"/> in words, for refusals.</summary>
    public const string CustomLogSourceVersionRule = "use letters, digits and - . _ only";
    public const int CustomLogSourceVersionMinLength = 1;
    public const int CustomLogSourceVersionMaxLength = 32;

    /// <summary>Shape <c>AwsAccountId</c> (the accounts of log sources): <c>^[0-9]{12}$</c>, fixed length 12.</summary>
    public const string AwsAccountIdPattern = @"^[0-9]{12}\z";
    /// <summary>The rule of <see cref="AwsAccountIdPattern"/> in words, for refusals.</summary>
    public const string AwsAccountIdRule = "give a 12-digit AWS account ID, digits only";
    public const int AwsAccountIdLength = 12;

    /// <summary>Shape <c>OcsfEventClass</c> (a custom source's eventClasses): <c>^[A-Z\_0-9]*$</c> (.NET refuses the escape <c>\_</c>).</summary>
    public const string OcsfEventClassPattern = @"^[A-Z_0-9]*\z";
    /// <summary>The rule of <see cref="OcsfEventClassPattern"/> in words, for refusals.</summary>
    public const string OcsfEventClassRule = "use upper-case letters, digits and _ only, such as FILE_ACTIVITY";

    /// <summary>Shape <c>AwsLogSourceConfigurationList</c> (CreateAwsLogSource and DeleteAwsLogSource <c>sources</c>).</summary>
    public const int AwsLogSourceConfigurationListMaxCount = 50;

    /// <summary>Shape <c>MaxResults</c> (ListSubscribers, ListLogSources, GetDataLakeSources).</summary>
    public const int MaxResultsMin = 1;
    public const int MaxResultsMax = 100;

    /// <summary>Shape <c>NextToken</c>.</summary>
    public const int NextTokenMaxLength = 2048;

    // ---- documented (preview) vocabulary the cmdlets keep ----

    /// <summary>Documented <c>accountId</c> (preview shape <c>AwsAccountId</c>): fixed length 12, pattern <c>^\d+$</c>, ASCII digits.</summary>
    public const string AccountIdPattern = @"^[0-9]+\z";
    /// <summary>The rule of <see cref="AccountIdPattern"/> in words, for refusals.</summary>
    public const string AccountIdRule = "give a 12-digit AWS account ID, digits only";
    public const int AccountIdLength = 12;

    /// <summary>
    /// Documented pattern of <c>metaStoreManagerRoleArn</c>, <c>replicationRoleArn</c> and <c>roleArn</c> (preview shape
    /// <c>RoleArn</c>): <c>^arn:.*</c>, where ECMAScript's <c>.</c> is any character but LF, CR, U+2028 and U+2029.
    /// </summary>
    public const string DocumentedArnPattern = @"^arn:[^\n\r\u2028\u2029]*";
    /// <summary>The rule of <see cref="DocumentedArnPattern"/> in words, for refusals.</summary>
    public const string DocumentedArnRule = "give an ARN, starting with arn:";

    /// <summary>Documented <c>retentionSettings[].retentionPeriod</c> minimum (days).</summary>
    public const int RetentionPeriodMin = 1;

    // ---- enums ----

    /// <summary>Documented <c>StorageClass</c> enum; EXPIRE is the expiration, the others S3 transitions.</summary>
    public static readonly string[] StorageClasses =
        { "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE", "EXPIRE" };

    /// <summary>The documented storage class that maps to <c>lifecycleConfiguration.expiration</c>.</summary>
    public const string ExpireStorageClass = "EXPIRE";

    /// <summary>GA <c>AwsLogSourceName</c> enum.</summary>
    public static readonly string[] AwsLogSourceNames =
        { "ROUTE53", "VPC_FLOW", "SH_FINDINGS", "CLOUD_TRAIL_MGMT", "LAMBDA_EXECUTION", "S3_DATA", "EKS_AUDIT", "WAF" };

    /// <summary>Documented <c>AwsLogSourceType</c> enum (preview), accepted beside the GA names.</summary>
    public static readonly string[] DocumentedAwsSourceTypes = { "ROUTE53", "VPC_FLOW", "CLOUD_TRAIL", "SH_FINDINGS" };

    /// <summary>Every value <c>-AwsSourceType</c> accepts: the documented names plus the GA ones.</summary>
    public static readonly string[] AcceptedAwsSourceTypes =
        { "ROUTE53", "VPC_FLOW", "CLOUD_TRAIL", "SH_FINDINGS", "CLOUD_TRAIL_MGMT", "LAMBDA_EXECUTION", "S3_DATA", "EKS_AUDIT", "WAF" };

    /// <summary><c>AccessType</c> enum (same in the documents and GA).</summary>
    public static readonly string[] AccessTypes = { "LAKEFORMATION", "S3" };

    /// <summary>GA <c>DataLakeStatus</c> enum.</summary>
    public static readonly string[] DataLakeStatuses = { "INITIALIZED", "PENDING", "COMPLETED", "FAILED" };

    /// <summary>
    /// The OCSF event classes the documents list (preview enum <c>OcsfEventClass</c>). GA takes any value of
    /// <see cref="OcsfEventClassPattern"/>, so these are what Tab offers, not a closed set.
    /// </summary>
    public static readonly string[] DocumentedOcsfEventClasses =
    {
        "ACCESS_ACTIVITY", "FILE_ACTIVITY", "KERNEL_ACTIVITY", "KERNEL_EXTENSION", "MEMORY_ACTIVITY", "MODULE_ACTIVITY",
        "PROCESS_ACTIVITY", "REGISTRY_KEY_ACTIVITY", "REGISTRY_VALUE_ACTIVITY", "RESOURCE_ACTIVITY", "SCHEDULED_JOB_ACTIVITY",
        "SECURITY_FINDING", "ACCOUNT_CHANGE", "AUTHENTICATION", "AUTHORIZATION", "ENTITY_MANAGEMENT_AUDIT", "DHCP_ACTIVITY",
        "NETWORK_ACTIVITY", "DNS_ACTIVITY", "FTP_ACTIVITY", "HTTP_ACTIVITY", "RDP_ACTIVITY", "SMB_ACTIVITY", "SSH_ACTIVITY",
        "CLOUD_API", "CONTAINER_LIFECYCLE", "DATABASE_LIFECYCLE", "CONFIG_STATE", "CLOUD_STORAGE", "INVENTORY_INFO",
        "RFB_ACTIVITY", "SMTP_ACTIVITY", "VIRTUAL_MACHINE_ACTIVITY",
    };

    /// <summary>GA <c>SubscriberStatus</c> enum.</summary>
    public static readonly string[] SubscriberStatuses = { "ACTIVE", "DEACTIVATED", "PENDING", "READY" };

    // ---- subscriber notifications and the exception subscription ----

    /// <summary>
    /// Shape <c>HttpsNotificationConfigurationEndpointString</c> (httpsNotificationConfiguration.endpoint): <c>^https?://.+$</c>,
    /// where ECMAScript's <c>.</c> is any character but LF, CR, U+2028 and U+2029.
    /// </summary>
    public const string HttpsNotificationEndpointPattern = @"^https?://[^\n\r\u2028\u2029]+\z";
    /// <summary>The rule of <see cref="HttpsNotificationEndpointPattern"/> in words, for refusals.</summary>
    public const string HttpsNotificationEndpointRule = "give an http:// or https:// URL, such as https://example.com/security-lake, on one line";

    /// <summary>GA <c>HttpMethod</c> enum (httpsNotificationConfiguration.httpMethod).</summary>
    public static readonly string[] HttpMethods = { "POST", "PUT" };

    /// <summary>Shape <c>SubscriptionProtocol</c> (the exception subscription's protocol): <c>^[a-z\-]*$</c>.</summary>
    public const string SubscriptionProtocolPattern = @"^[a-z\-]*\z";
    /// <summary>The rule of <see cref="SubscriptionProtocolPattern"/> in words, for refusals.</summary>
    public const string SubscriptionProtocolRule = "give an Amazon SNS protocol in lower case, such as email or https (letters and - only)";

    /// <summary>
    /// Shapes <c>CreateDataLakeExceptionSubscriptionRequestExceptionTimeToLiveLong</c> and
    /// <c>UpdateDataLakeExceptionSubscriptionRequestExceptionTimeToLiveLong</c> (days; no maximum in the model).
    /// </summary>
    public const long ExceptionTimeToLiveMin = 1;
}

/// <summary>
/// The GA model's http traits and member locations, one builder per operation. Body members are written in the
/// model's member order and only when set. A write that lands in the same state when sent twice says so
/// (<see cref="Resend.Safe"/>); creates and deletes get their lookup in <see cref="SecurityLakeClient"/> (docs/RETRIES.md).
/// </summary>
internal static class SecurityLakeRequests
{
    public static RestRequest CreateDataLake(CreateDataLakeInput input) =>
        new RestRequest("CreateDataLake", "POST", "/v1/datalake")
        {
            Body = Json.Object(w =>
            {
                Configurations(w, input.Configurations);
                w.WriteString("metaStoreManagerRoleArn", input.MetaStoreManagerRoleArn);
                if (input.Tags != null) w.TagList("tags", input.Tags);
            }),
        };

    public static RestRequest UpdateDataLake(UpdateDataLakeInput input) =>
        new RestRequest("UpdateDataLake", "PUT", "/v1/datalake")
        {
            Resend = Resend.Safe,
            Body = Json.Object(w =>
            {
                Configurations(w, input.Configurations);
                w.StringIfSet("metaStoreManagerRoleArn", input.MetaStoreManagerRoleArn);
            }),
        };

    public static RestRequest DeleteDataLake(IEnumerable<string> regions) =>
        new RestRequest("DeleteDataLake", "POST", "/v1/datalake/delete")
        {
            Body = Json.Object(w => w.StringArray("regions", regions)),
        };

    /// <summary>ListDataLakes: <c>regions</c> is a querystring list, so the name repeats per Region.</summary>
    public static RestRequest ListDataLakes(IEnumerable<string>? regions)
    {
        var request = new RestRequest("ListDataLakes", "GET", "/v1/datalakes");
        foreach (var region in regions ?? Enumerable.Empty<string>()) request.AddQuery("regions", region);
        return request;
    }

    public static RestRequest CreateSubscriber(CreateSubscriberInput input) =>
        new RestRequest("CreateSubscriber", "POST", "/v1/subscribers")
        {
            Body = Json.Object(w =>
            {
                if (input.AccessTypes != null) w.StringArray("accessTypes", input.AccessTypes);
                Sources(w, input.Sources);
                w.StringIfSet("subscriberDescription", input.SubscriberDescription);
                Identity(w, input.Principal, input.ExternalId);
                w.WriteString("subscriberName", input.SubscriberName);
                if (input.Tags != null) w.TagList("tags", input.Tags);
            }),
        };

    public static RestRequest GetSubscriber(string subscriberId) =>
        new RestRequest("GetSubscriber", "GET", SubscriberPath(subscriberId));

    public static RestRequest ListSubscribers(int? maxResults, string? nextToken) =>
        new RestRequest("ListSubscribers", "GET", "/v1/subscribers")
            .AddQuery("maxResults", maxResults?.ToString(CultureInfo.InvariantCulture))
            .AddQuery("nextToken", nextToken);

    public static RestRequest UpdateSubscriber(UpdateSubscriberInput input) =>
        new RestRequest("UpdateSubscriber", "PUT", SubscriberPath(input.SubscriberId))
        {
            Resend = Resend.Safe,
            Body = Json.Object(w =>
            {
                if (input.Sources != null) Sources(w, input.Sources);
                w.StringIfSet("subscriberDescription", input.SubscriberDescription);
                if (input.Principal != null && input.ExternalId != null) Identity(w, input.Principal, input.ExternalId);
                w.StringIfSet("subscriberName", input.SubscriberName);
            }),
        };

    public static RestRequest DeleteSubscriber(string subscriberId) =>
        new RestRequest("DeleteSubscriber", "DELETE", SubscriberPath(subscriberId));

    public static RestRequest CreateAwsLogSource(IEnumerable<AwsLogSourceConfiguration> sources) =>
        new RestRequest("CreateAwsLogSource", "POST", "/v1/datalake/logsources/aws")
        {
            Body = Json.Object(w => AwsLogSources(w, sources)),
        };

    public static RestRequest DeleteAwsLogSource(IEnumerable<AwsLogSourceConfiguration> sources) =>
        new RestRequest("DeleteAwsLogSource", "POST", "/v1/datalake/logsources/aws/delete")
        {
            Body = Json.Object(w => AwsLogSources(w, sources)),
        };

    /// <summary>ListLogSources: every member is in the body, paging included.</summary>
    public static RestRequest ListLogSources(ListLogSourcesInput input, int? maxResults, string? nextToken) =>
        new RestRequest("ListLogSources", "POST", "/v1/datalake/logsources/list")
        {
            Body = Json.Object(w =>
            {
                if (input.Accounts != null) w.StringArray("accounts", input.Accounts);
                if (maxResults.HasValue) w.WriteNumber("maxResults", maxResults.Value);
                w.StringIfSet("nextToken", nextToken);
                if (input.Regions != null) w.StringArray("regions", input.Regions);
                if (input.Sources != null) Sources(w, input.Sources);
            }),
        };

    public static RestRequest CreateCustomLogSource(CustomLogSourceInput input) =>
        new RestRequest("CreateCustomLogSource", "POST", "/v1/datalake/logsources/custom")
        {
            Body = Json.Object(w =>
            {
                w.WriteStartObject("configuration");
                w.WriteStartObject("crawlerConfiguration");
                w.WriteString("roleArn", input.CrawlerRoleArn);
                w.WriteEndObject();
                w.WriteStartObject("providerIdentity");
                w.WriteString("externalId", input.ExternalId);
                w.WriteString("principal", input.ProviderPrincipal);
                w.WriteEndObject();
                w.WriteEndObject();
                if (input.EventClasses != null) w.StringArray("eventClasses", input.EventClasses);
                w.WriteString("sourceName", input.SourceName);
                w.StringIfSet("sourceVersion", input.SourceVersion);
            }),
        };

    /// <summary>DeleteCustomLogSource: the name is a URI label, the version a querystring member; no body.</summary>
    public static RestRequest DeleteCustomLogSource(string sourceName, string? sourceVersion) =>
        new RestRequest("DeleteCustomLogSource", "DELETE", "/v1/datalake/logsources/custom/" + UriLabel.Encode(sourceName))
            .AddQuery("sourceVersion", sourceVersion);

    public static RestRequest GetDataLakeSources(IEnumerable<string>? accounts, int? maxResults, string? nextToken) =>
        new RestRequest("GetDataLakeSources", "POST", "/v1/datalake/sources")
        {
            Body = Json.Object(w =>
            {
                if (accounts != null) w.StringArray("accounts", accounts);
                if (maxResults.HasValue) w.WriteNumber("maxResults", maxResults.Value);
                w.StringIfSet("nextToken", nextToken);
            }),
        };

    public static RestRequest TagResource(string resourceArn, IReadOnlyDictionary<string, string> tags) =>
        new RestRequest("TagResource", "POST", TagsPath(resourceArn))
        {
            // Security Lake replaces the value of a key the resource already has.
            Resend = Resend.Safe,
            Body = Json.Object(w => w.TagList("tags", tags)),
        };

    /// <summary>UntagResource: <c>tagKeys</c> is a querystring list, so the name repeats per key.</summary>
    public static RestRequest UntagResource(string resourceArn, IEnumerable<string> tagKeys)
    {
        var request = new RestRequest("UntagResource", "DELETE", TagsPath(resourceArn)) { Resend = Resend.Safe };
        foreach (var key in tagKeys) request.AddQuery("tagKeys", key);
        return request;
    }

    public static RestRequest ListTagsForResource(string resourceArn) =>
        new RestRequest("ListTagsForResource", "GET", TagsPath(resourceArn));

    private static string SubscriberPath(string subscriberId) => "/v1/subscribers/" + UriLabel.Encode(subscriberId);

    private static string TagsPath(string resourceArn) => "/v1/tags/" + UriLabel.Encode(resourceArn);

    private static void Configurations(Utf8JsonWriter w, IEnumerable<DataLakeConfiguration> configurations)
    {
        w.WriteStartArray("configurations");
        foreach (var c in configurations)
        {
            w.WriteStartObject();
            if (c.EncryptionConfiguration != null)
            {
                w.WriteStartObject("encryptionConfiguration");
                w.StringIfSet("kmsKeyId", c.EncryptionConfiguration.KmsKeyId);
                w.WriteEndObject();
            }
            if (c.LifecycleConfiguration != null) Lifecycle(w, c.LifecycleConfiguration);
            w.WriteString("region", c.Region);
            if (c.ReplicationConfiguration != null)
            {
                w.WriteStartObject("replicationConfiguration");
                if (c.ReplicationConfiguration.Regions != null) w.StringArray("regions", c.ReplicationConfiguration.Regions);
                w.StringIfSet("roleArn", c.ReplicationConfiguration.RoleArn);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Lifecycle(Utf8JsonWriter w, DataLakeLifecycleConfiguration lifecycle)
    {
        w.WriteStartObject("lifecycleConfiguration");
        if (lifecycle.ExpirationDays.HasValue)
        {
            w.WriteStartObject("expiration");
            w.WriteNumber("days", lifecycle.ExpirationDays.Value);
            w.WriteEndObject();
        }
        if (lifecycle.Transitions != null)
        {
            w.WriteStartArray("transitions");
            foreach (var t in lifecycle.Transitions)
            {
                w.WriteStartObject();
                if (t.Days.HasValue) w.WriteNumber("days", t.Days.Value);
                w.StringIfSet("storageClass", t.StorageClass);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Sources(Utf8JsonWriter w, IEnumerable<SourceType> sources)
    {
        w.WriteStartArray("sources");
        foreach (var source in sources)
        {
            // LogSourceResource is a union: exactly one of awsLogSource / customLogSource.
            w.WriteStartObject();
            w.WriteStartObject(source.AwsSourceType != null ? "awsLogSource" : "customLogSource");
            w.WriteString("sourceName", source.AwsSourceType ?? source.CustomSourceType);
            w.StringIfSet("sourceVersion", source.SourceVersion);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>AwsLogSourceConfigurationList, members in the model's order (accounts, regions, sourceName, sourceVersion).</summary>
    private static void AwsLogSources(Utf8JsonWriter w, IEnumerable<AwsLogSourceConfiguration> sources)
    {
        w.WriteStartArray("sources");
        foreach (var source in sources)
        {
            w.WriteStartObject();
            if (source.Accounts != null) w.StringArray("accounts", source.Accounts);
            w.StringArray("regions", source.Regions);
            w.WriteString("sourceName", source.SourceName);
            w.StringIfSet("sourceVersion", source.SourceVersion);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Identity(Utf8JsonWriter w, string principal, string externalId)
    {
        w.WriteStartObject("subscriberIdentity");
        w.WriteString("externalId", externalId);
        w.WriteString("principal", principal);
        w.WriteEndObject();
    }

    // ---- organization ----

    public static RestRequest CreateDataLakeOrganizationConfiguration(IEnumerable<DataLakeOrganizationConfiguration> autoEnableNewAccount) =>
        new RestRequest("CreateDataLakeOrganizationConfiguration", "POST", "/v1/datalake/organization/configuration")
        {
            Body = Json.Object(w => AutoEnableNewAccount(w, autoEnableNewAccount)),
        };

    public static RestRequest GetDataLakeOrganizationConfiguration() =>
        new RestRequest("GetDataLakeOrganizationConfiguration", "GET", "/v1/datalake/organization/configuration");

    public static RestRequest DeleteDataLakeOrganizationConfiguration(IEnumerable<DataLakeOrganizationConfiguration> autoEnableNewAccount) =>
        new RestRequest("DeleteDataLakeOrganizationConfiguration", "POST", "/v1/datalake/organization/configuration/delete")
        {
            Body = Json.Object(w => AutoEnableNewAccount(w, autoEnableNewAccount)),
        };

    public static RestRequest RegisterDataLakeDelegatedAdministrator(string accountId) =>
        new RestRequest("RegisterDataLakeDelegatedAdministrator", "POST", "/v1/datalake/delegate")
        {
            Body = Json.Object(w => w.WriteString("accountId", accountId)),
        };

    /// <summary>DeregisterDataLakeDelegatedAdministrator: no input; the organization has one delegated administrator.</summary>
    public static RestRequest DeregisterDataLakeDelegatedAdministrator() =>
        new RestRequest("DeregisterDataLakeDelegatedAdministrator", "DELETE", "/v1/datalake/delegate");

    /// <summary><c>autoEnableNewAccount[]</c>: DataLakeAutoEnableNewAccountConfiguration {region, sources[AwsLogSourceResource]}.</summary>
    private static void AutoEnableNewAccount(Utf8JsonWriter w, IEnumerable<DataLakeOrganizationConfiguration> entries)
    {
        w.WriteStartArray("autoEnableNewAccount");
        foreach (var entry in entries)
        {
            w.WriteStartObject();
            w.WriteString("region", entry.DataLakeRegion);
            w.WriteStartArray("sources");
            foreach (var source in entry.Sources)
            {
                w.WriteStartObject();
                w.WriteString("sourceName", source.AwsSourceType);
                w.StringIfSet("sourceVersion", source.SourceVersion);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // ---- subscriber notifications and data lake exceptions ----

    public static RestRequest CreateSubscriberNotification(SubscriberNotificationInput input) =>
        new RestRequest("CreateSubscriberNotification", "POST", NotificationPath(input.SubscriberId)) { Body = NotificationBody(input) };

    public static RestRequest UpdateSubscriberNotification(SubscriberNotificationInput input) =>
        new RestRequest("UpdateSubscriberNotification", "PUT", NotificationPath(input.SubscriberId)) { Body = NotificationBody(input) };

    public static RestRequest DeleteSubscriberNotification(string subscriberId) =>
        new RestRequest("DeleteSubscriberNotification", "DELETE", NotificationPath(subscriberId));

    public static RestRequest CreateDataLakeExceptionSubscription(DataLakeExceptionSubscriptionInput input) =>
        new RestRequest("CreateDataLakeExceptionSubscription", "POST", ExceptionSubscriptionPath) { Body = ExceptionSubscriptionBody(input) };

    public static RestRequest GetDataLakeExceptionSubscription() =>
        new RestRequest("GetDataLakeExceptionSubscription", "GET", ExceptionSubscriptionPath);

    public static RestRequest UpdateDataLakeExceptionSubscription(DataLakeExceptionSubscriptionInput input) =>
        new RestRequest("UpdateDataLakeExceptionSubscription", "PUT", ExceptionSubscriptionPath) { Body = ExceptionSubscriptionBody(input) };

    public static RestRequest DeleteDataLakeExceptionSubscription() =>
        new RestRequest("DeleteDataLakeExceptionSubscription", "DELETE", ExceptionSubscriptionPath);

    /// <summary>
    /// ListDataLakeExceptions is a POST whose members all travel in the body, so the body is a JSON object even when
    /// no member is set (<c>{}</c>, as every AWS SDK sends it).
    /// </summary>
    public static RestRequest ListDataLakeExceptions(IEnumerable<string>? regions, int? maxResults, string? nextToken) =>
        new RestRequest("ListDataLakeExceptions", "POST", "/v1/datalake/exceptions")
        {
            Body = Json.Object(w =>
            {
                if (maxResults.HasValue) w.WriteNumber("maxResults", maxResults.Value);
                w.StringIfSet("nextToken", nextToken);
                if (regions != null) w.StringArray("regions", regions);
            }),
        };

    private const string ExceptionSubscriptionPath = "/v1/datalake/exceptions/subscription";

    private static string NotificationPath(string subscriberId) => SubscriberPath(subscriberId) + "/notification";

    /// <summary><c>configuration</c>, a union: exactly one of its members.</summary>
    private static byte[] NotificationBody(SubscriberNotificationInput input) =>
        Json.Object(w =>
        {
            w.WriteStartObject("configuration");
            if (input.HttpsConfiguration is HttpsNotificationConfiguration https)
            {
                w.WriteStartObject("httpsNotificationConfiguration");
                w.StringIfSet("authorizationApiKeyName", https.AuthorizationApiKeyName);
                if (https.AuthorizationApiKeyValue != null) SecretString(w, "authorizationApiKeyValue", https.AuthorizationApiKeyValue);
                w.WriteString("endpoint", https.Endpoint);
                w.StringIfSet("httpMethod", https.HttpMethod);
                w.WriteString("targetRoleArn", https.TargetRoleArn);
                w.WriteEndObject();
            }
            else
            {
                w.WriteStartObject("sqsNotificationConfiguration");
                w.WriteEndObject();
            }
            w.WriteEndObject();
        });

    private static byte[] ExceptionSubscriptionBody(DataLakeExceptionSubscriptionInput input) =>
        Json.Object(w =>
        {
            if (input.ExceptionTimeToLive.HasValue) w.WriteNumber("exceptionTimeToLive", input.ExceptionTimeToLive.Value);
            w.WriteString("notificationEndpoint", input.NotificationEndpoint);
            w.WriteString("subscriptionProtocol", input.SubscriptionProtocol);
        });

    /// <summary>
    /// Writes a secret as a JSON string without making it a managed string: its characters are copied from the
    /// SecureString into a buffer that is cleared (and the unmanaged copy zeroed) as soon as the writer has encoded them.
    /// </summary>
    private static void SecretString(Utf8JsonWriter w, string name, SecureString secret)
    {
        var unmanaged = Marshal.SecureStringToGlobalAllocUnicode(secret);
        var characters = new char[secret.Length];
        try
        {
            Marshal.Copy(unmanaged, characters, 0, characters.Length);
            w.WriteString(name, characters.AsSpan());
        }
        finally
        {
            Array.Clear(characters, 0, characters.Length);
            Marshal.ZeroFreeGlobalAllocUnicode(unmanaged);
        }
    }
}

/// <summary>GA response bodies to SecLake models, by the model's member names.</summary>
internal static class SecurityLakeResponses
{
    /// <summary>CreateDataLake, UpdateDataLake and ListDataLakes: <c>dataLakes[]</c>.</summary>
    public static IReadOnlyList<DataLake> DataLakes(JsonElement body) =>
        body.Array("dataLakes").Select(DataLake).ToList();

    /// <summary>CreateSubscriber, GetSubscriber and UpdateSubscriber: <c>subscriber</c>.</summary>
    public static Subscriber? Subscriber(JsonElement body) =>
        body.Member("subscriber") is JsonElement subscriber ? SubscriberResource(subscriber) : null;

    public static Page<Subscriber> SubscriberPage(JsonElement body) =>
        new Page<Subscriber>(body.Array("subscribers").Select(SubscriberResource).ToList(), body.String("nextToken"));

    /// <summary>CreateAwsLogSource and DeleteAwsLogSource: <c>failed</c>, the accounts the request did not go through for.</summary>
    public static IReadOnlyList<string> FailedAccounts(JsonElement body) =>
        body.StringList("failed")?.ToList() ?? new List<string>();

    /// <summary>ListLogSources: each <c>sources[]</c> entry (an account and Region) flattened into one object per source.</summary>
    public static Page<LogSource> LogSourcePage(JsonElement body) =>
        new Page<LogSource>(body.Array("sources").SelectMany(LogSources).ToList(), body.String("nextToken"));

    /// <summary>CreateCustomLogSource: <c>source</c>, placed in <paramref name="region"/> (the Region the request went to).</summary>
    public static CustomLogSource? CreatedCustomLogSource(JsonElement body, string? region)
    {
        if (!(body.Member("source") is JsonElement source)) return null;
        var created = CustomLogSourceResource(source, null, region);
        // The response names no account, but Security Lake makes the source's Glue crawler and provider role in the
        // account that called (the data lake's): their ARNs say which, as ListLogSources would.
        created.AccountId = ArnAccount(created.CrawlerArn) ?? ArnAccount(created.ProviderRoleArn);
        return created;
    }

    /// <summary>The account field of an ARN (arn:partition:service:region:account:resource), when it is 12 digits.</summary>
    private static string? ArnAccount(string? arn)
    {
        var parts = arn?.Split(':');
        return parts != null && parts.Length > 5 && parts[0] == "arn" && Rules.Matches(parts[4], SecurityLakeConstraints.AwsAccountIdPattern) ? parts[4] : null;
    }

    /// <summary>GetDataLakeSources: <c>dataLakeSources[]</c> of the Region <paramref name="region"/>, each with the response's <c>dataLakeArn</c>.</summary>
    public static Page<DataLakeSource> DataLakeSourcePage(JsonElement body, string? region)
    {
        var dataLakeArn = body.String("dataLakeArn");
        var sources = body.Array("dataLakeSources").Select(e => new DataLakeSource(
                e.String("account"),
                e.String("sourceName"),
                e.Array("sourceStatuses").Select(s => new DataLakeSourceStatus(s.String("resource"), s.String("status"))).ToList())
        {
            EventClasses = e.StringList("eventClasses"),
            Region = region,
            DataLakeArn = dataLakeArn,
        })
            .ToList();
        return new Page<DataLakeSource>(sources, body.String("nextToken"));
    }

    /// <summary>ListTagsForResource: <c>tags[]</c>.</summary>
    public static IDictionary<string, string> Tags(JsonElement body) => body.TagList("tags");

    public static DataLake DataLake(JsonElement e)
    {
        var region = e.String("region") ?? "";
        var configuration = new DataLakeConfiguration(region)
        {
            EncryptionConfiguration = e.Member("encryptionConfiguration") is JsonElement enc
                ? new DataLakeEncryptionConfiguration { KmsKeyId = enc.String("kmsKeyId") }
                : null,
            LifecycleConfiguration = e.Member("lifecycleConfiguration") is JsonElement life
                ? new DataLakeLifecycleConfiguration
                {
                    ExpirationDays = life.Member("expiration") is JsonElement exp ? exp.Int("days") : null,
                    Transitions = life.Member("transitions") is JsonElement
                        ? life.Array("transitions").Select(t => new DataLakeLifecycleTransition(t.Int("days"), t.String("storageClass"))).ToList()
                        : null,
                }
                : null,
            ReplicationConfiguration = e.Member("replicationConfiguration") is JsonElement rep
                ? new DataLakeReplicationConfiguration { Regions = rep.StringList("regions"), RoleArn = rep.String("roleArn") }
                : null,
        };
        var update = e.Member("updateStatus");
        var failure = update?.Member("exception");
        var settings = DataLakeSettingsMapper.ToSettings(configuration);
        return new DataLake(region, e.String("dataLakeArn") ?? "", configuration,
            settings.EncryptionKey, settings.ReplicationDestinationRegions, settings.ReplicationRoleArn, settings.RetentionSettings)
        {
            S3BucketArn = e.String("s3BucketArn"),
            CreateStatus = e.String("createStatus"),
            UpdateStatus = update?.String("status"),
            UpdateRequestId = update?.String("requestId"),
            UpdateExceptionCode = failure?.String("code"),
            UpdateExceptionReason = failure?.String("reason"),
        };
    }

    private static Subscriber SubscriberResource(JsonElement e)
    {
        var identity = e.Member("subscriberIdentity");
        return new Subscriber(e.String("subscriberId") ?? "", e.String("subscriberArn") ?? "")
        {
            SubscriberName = e.String("subscriberName"),
            SubscriberDescription = e.String("subscriberDescription"),
            AccountId = identity?.String("principal"),
            ExternalId = identity?.String("externalId"),
            Sources = e.Array("sources").Select(Source).Where(s => s != null).Select(s => s!).ToList(),
            AccessTypes = e.StringList("accessTypes"),
            Status = e.String("subscriberStatus"),
            RoleArn = e.String("roleArn"),
            S3BucketArn = e.String("s3BucketArn"),
            ResourceShareArn = e.String("resourceShareArn"),
            ResourceShareName = e.String("resourceShareName"),
            SubscriberEndpoint = e.String("subscriberEndpoint"),
            CreatedAt = e.Timestamp("createdAt"),
            UpdatedAt = e.Timestamp("updatedAt"),
        };
    }

    private static IEnumerable<LogSource> LogSources(JsonElement e)
    {
        var account = e.String("account");
        var region = e.String("region");
        foreach (var resource in e.Array("sources"))
        {
            if (resource.Member("awsLogSource") is JsonElement aws)
                yield return new AwsLogSource(aws.String("sourceName") ?? "") { AccountId = account, Region = region, SourceVersion = aws.String("sourceVersion") };
            else if (resource.Member("customLogSource") is JsonElement custom)
                yield return CustomLogSourceResource(custom, account, region);
            // else: a union member this model version does not know
        }
    }

    private static CustomLogSource CustomLogSourceResource(JsonElement e, string? account, string? region)
    {
        var attributes = e.Member("attributes");
        var provider = e.Member("provider");
        return new CustomLogSource(e.String("sourceName") ?? "")
        {
            AccountId = account,
            Region = region,
            SourceVersion = e.String("sourceVersion"),
            ProviderRoleArn = provider?.String("roleArn"),
            ProviderLocation = provider?.String("location"),
            CrawlerArn = attributes?.String("crawlerArn"),
            DatabaseArn = attributes?.String("databaseArn"),
            TableArn = attributes?.String("tableArn"),
        };
    }

    private static SourceType? Source(JsonElement e)
    {
        if (e.Member("awsLogSource") is JsonElement aws)
            return SourceType.Aws(aws.String("sourceName") ?? "", aws.String("sourceVersion"));
        if (e.Member("customLogSource") is JsonElement custom)
            return SourceType.Custom(custom.String("sourceName") ?? "", custom.String("sourceVersion"));
        return null; // a union member this model version does not know
    }

    // ---- organization ----

    /// <summary>GetDataLakeOrganizationConfiguration: <c>autoEnableNewAccount[]</c>, one configuration per Region (absent: none).</summary>
    public static IReadOnlyList<DataLakeOrganizationConfiguration> OrganizationConfiguration(JsonElement body) =>
        body.Array("autoEnableNewAccount")
            .Select(e => new DataLakeOrganizationConfiguration(
                e.String("region") ?? "",
                e.Array("sources").Select(s => SourceType.Aws(s.String("sourceName") ?? "", s.String("sourceVersion")))))
            .ToList();
    // ---- subscriber notifications and data lake exceptions ----

    /// <summary>CreateSubscriberNotification and UpdateSubscriberNotification: <c>subscriberEndpoint</c>.</summary>
    public static string? SubscriberEndpoint(JsonElement body) => body.String("subscriberEndpoint");

    /// <summary>GetDataLakeExceptionSubscription; <paramref name="region"/> is the client's (the subscription's own) Region.</summary>
    public static DataLakeExceptionSubscription ExceptionSubscription(JsonElement body, string? region) =>
        new DataLakeExceptionSubscription
        {
            NotificationEndpoint = body.String("notificationEndpoint"),
            SubscriptionProtocol = body.String("subscriptionProtocol"),
            ExceptionTimeToLive = Long(body, "exceptionTimeToLive"),
            Region = region,
        };

    /// <summary>ListDataLakeExceptions: <c>exceptions[]</c> and <c>nextToken</c>.</summary>
    public static Page<DataLakeExceptionInfo> DataLakeExceptionPage(JsonElement body) =>
        new Page<DataLakeExceptionInfo>(
            body.Array("exceptions").Select(e => new DataLakeExceptionInfo
            {
                Region = e.String("region"),
                Timestamp = e.Timestamp("timestamp"),
                Exception = e.String("exception"),
                Remediation = e.String("remediation"),
            }).ToList(),
            body.String("nextToken"));

    /// <summary>A model <c>long</c> member (the shared JSON helper reads 32-bit integers only).</summary>
    private static long? Long(JsonElement element, string name) =>
        element.Member(name) is JsonElement value && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : (long?)null;
}
