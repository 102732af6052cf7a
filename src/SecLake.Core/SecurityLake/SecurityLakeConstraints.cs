namespace SecLake.SecurityLake;

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
    public const int AwsLogSourceConfigurationListMinCount = 1;
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

    /// <summary>GA <c>SourceCollectionStatus</c> enum (GetDataLakeSources).</summary>
    public static readonly string[] SourceCollectionStatuses = { "COLLECTING", "MISCONFIGURED", "NOT_COLLECTING" };

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
