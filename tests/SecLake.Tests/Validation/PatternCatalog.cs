using System.Reflection;
using SecLake.SecurityLake;

namespace SecLake.Tests.Validation;

/// <summary>
/// One pattern constant of the core: the model shape it renders and values the model's pattern accepts and refuses
/// (what the service would do with them, written from the model's ECMAScript meaning, not from the constant).
/// </summary>
internal sealed record PatternCase(Type Owner, string Constant, string ModelFile, string Shape, string[] Accepts, string[] Refuses)
{
    /// <summary>Other shapes of the same model with the same pattern that the constant also stands for.</summary>
    public string[] AlsoShapes { get; init; } = [];

    public string Name => Owner.Name + "." + Constant;

    public string Value => (string)Owner.GetField(Constant, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;

    public override string ToString() => Name;
}

/// <summary>Every pattern constant in SecLake.Core with its model source and its accept/refuse examples.</summary>
internal static class PatternCatalog
{
    public const string SecurityLakeModel = "securitylake-2018-05-10.service-2.json";
    public const string SecurityLakePreviewModel = "securitylake-2018-05-10-preview.service-2.json";
    public const string QldbModel = "qldb-2019-01-02.service-2.json";

    // Characters .NET's Unicode \d, \w, \s or IgnoreCase let through where the model means ASCII or exact case.
    internal const string ArabicIndicOne = "\u0661";
    internal const string FullwidthOne = "\uFF11";
    internal const string EAcute = "\u00E9";
    internal const string KelvinSign = "\u212A"; // matches [a-z] and [A-Z] under .NET IgnoreCase (it folds to 'k')
    internal const string NextLine = "\u0085"; // .NET \s, not ECMAScript's
    internal const string ByteOrderMark = "\uFEFF"; // ECMAScript \s, not .NET's

    public static readonly IReadOnlyList<PatternCase> All =
    [
        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.RegionPattern), SecurityLakeModel, "Region",
            Accepts: ["us-east-1", "us-gov-west-1", "eu-central-1", "ap-northeast-3", "ca-west-1", "sa-east-1", "me-south-12"],
            Refuses: ["us-east-1\n", "US-EAST-1", "Us-east-1", "us-east-" + ArabicIndicOne, "us-east-" + FullwidthOne, "us-east-1 ", " us-east-1",
                "useast1", "us-east-", "il-central-1", "", "us-east-1\r"]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.RoleArnPattern), SecurityLakeModel, "RoleArn",
            Accepts: ["arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager", "arn:aws-us-gov:iam::123456789012:role/path/a_b+=,.@-",
                "arn::iam::123456789012:role/x", "arn:aws:iam::123456789012:rolex", "arn:aws:iam::123456789012:role/"],
            Refuses: ["arn:aws:iam::123456789012:role/x\n", "ARN:aws:iam::123456789012:role/x", "arn:aws:IAM::123456789012:role/x",
                "arn:aws:iam::12345678901" + ArabicIndicOne + ":role/x", "arn:aws:iam::123456789012:role/" + EAcute,
                "arn:aws:iam::123456789012:role/" + KelvinSign, "arn:aws:iam::123456789012:user/x", "arn:aws:iam::123456789012:role"]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.AmazonResourceNamePattern), SecurityLakeModel, "AmazonResourceName",
            Accepts: ["arn:aws:securitylake:us-east-1:123456789012:data-lake/default",
                "arn:aws-cn:securitylake:cn-north-1:123456789012:subscriber/a1b2c3d4-0000-1111-2222-333344445555",
                "arn:aws-us-gov:securitylake:::x", "arn:aws:securitylake:us-east-1:123456789012:Data_Lake.2"],
            Refuses: ["arn:aws:securitylake:us-east-1:123456789012:data-lake/default\n", "ARN:aws:securitylake:us-east-1:123456789012:data-lake/default",
                "arn:AWS:securitylake:us-east-1:123456789012:data-lake/default", "arn:aws:securitylake:us-east-1:123456789012:data-lake/" + EAcute,
                "arn:aws:securitylake:us-east-1:123456789012:" + KelvinSign, "arn:aws:qldb:us-east-1:123456789012:ledger/x",
                "arn:aws:securitylake:us-east-1:123456789012:-x", "arn:aws:securitylake:us east 1:123456789012:data-lake/default"]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.ExternalIdPattern), SecurityLakeModel, "ExternalId",
            Accepts: ["ext-1", "my_source:v1.0", "edr-events", "a+b=c,d.e@f:g/h-i", "EXTERNAL", ""],
            Refuses: ["ext-1\n", "has space", "caf" + EAcute, "ext" + ArabicIndicOne, KelvinSign, "semi;colon", "back\\slash"]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.AwsPrincipalPattern), SecurityLakeModel, "AwsPrincipal",
            Accepts: ["123456789012", "securitylake.amazonaws.com", "a-b.amazon.com", ".amazon.com"],
            Refuses: ["123456789012\n", "12345678901" + ArabicIndicOne, "SecurityLake.amazonaws.com", "securitylake.amazonaws.COM", "12345",
                "x.amazonaws.com.example", "s" + KelvinSign + ".amazonaws.com", "securitylake.amazonaws.com\n"]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.SafeStringPattern), SecurityLakeModel, "SafeString",
            Accepts: ["auditors", "Team-1", "my_source:v1.0", "back\\slash/x@y=z+w", ""],
            Refuses: ["with space", "name\n", "caf" + EAcute, "n" + ArabicIndicOne, KelvinSign, "semi;colon", "comma,"])
        {
            AlsoShapes = ["UpdateSubscriberRequestSubscriberNameString"],
        },

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.DescriptionPattern), SecurityLakeModel, "DescriptionString",
            // ECMAScript's \s takes tabs, line breaks (a final one too), NBSP, the Zs spaces and U+FEFF.
            Accepts: ["Audit team", @"Back\slash, colon: slash/ dot. at@ eq= plus+", "tab\there", "ends with a newline\n", "cr\r\nlf",
                "nbsp\u00A0x", "bom" + ByteOrderMark, "ideographic\u3000space", "line\u2028separator", ""],
            Refuses: ["semi;colon", "caf" + EAcute, ArabicIndicOne, KelvinSign, "next" + NextLine + "line", "zero\u200Bwidth", "quote\"", "emoji \U0001F642"]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.UuidPattern), SecurityLakeModel, "UUID",
            Accepts: ["a1b2c3d4-0000-1111-2222-333344445555", "00000000-0000-0000-0000-000000000000"],
            Refuses: ["A1B2C3D4-0000-1111-2222-333344445555", "a1b2c3d4-0000-1111-2222-333344445555\n", "a1b2c3d4-0000-1111-2222-33334444555",
                "g1b2c3d4-0000-1111-2222-333344445555", ArabicIndicOne + "1b2c3d4-0000-1111-2222-333344445555", "a1b2c3d4000011112222333344445555",
                "{a1b2c3d4-0000-1111-2222-333344445555}"]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.AwsLogSourceVersionPattern), SecurityLakeModel, "AwsLogSourceVersion",
            Accepts: ["latest", "2.0", "1.0"],
            Refuses: ["LATEST", "Latest", "2.0\n", "latest\n", "\u0662.0", "2", "10.0", "2.0.1"]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.CustomLogSourceNamePattern), SecurityLakeModel, "CustomLogSourceName",
            Accepts: ["edr-events", "my_source:v1.0", "App.Logs-2", "EDR_EVENTS", ""],
            Refuses: ["edr-events\n", "has space", "caf" + EAcute, ArabicIndicOne, KelvinSign, "a/b", "edr\u2010events"]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.CustomLogSourceVersionPattern), SecurityLakeModel, "CustomLogSourceVersion",
            Accepts: ["1.0", "v1_2-3", "V1", ""],
            Refuses: ["1.0\n", "1:0", ArabicIndicOne + ".0", KelvinSign, "1 0", "caf" + EAcute]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.AccountIdPattern), SecurityLakePreviewModel, "AwsAccountId",
            Accepts: ["123456789012", "0"],
            Refuses: ["12345678901" + ArabicIndicOne, FullwidthOne + "23456789012", "123456789012\n", "12345678901a", "", " 123456789012"]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.DocumentedArnPattern), SecurityLakePreviewModel, "RoleArn",
            // Not anchored at the end: anything after "arn:" passes, a final newline too (the GA RoleArn check refuses it later).
            Accepts: ["arn:aws:iam::123456789012:role/x", "arn:", "arn:aws\n", "arn:x\ny", "arn:caf" + EAcute],
            Refuses: ["ARN:aws:iam::123456789012:role/x", "Arn:x", "role/x", " arn:x", "\narn:x", "ar" + KelvinSign + ":x", ""]),

        // ---- log sources ----
        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.AwsAccountIdPattern), SecurityLakeModel, "AwsAccountId",
            Accepts: ["123456789012", "000000000000", "999988887777"],
            Refuses: ["12345678901", "1234567890123", "12345678901" + ArabicIndicOne, FullwidthOne + "23456789012", "123456789012\n",
                "12345678901a", "", " 123456789012", "1234-5678-9012"]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.OcsfEventClassPattern), SecurityLakeModel, "OcsfEventClass",
            // The model writes [A-Z\_0-9]: the escaped _ is a plain _ in ECMAScript.
            Accepts: ["FILE_ACTIVITY", "SECURITY_FINDING", "HTTP_ACTIVITY", "CLASS_4001", "_", ""],
            Refuses: ["file_activity", "FILE_ACTIVITY\n", "FILE ACTIVITY", "FILE-ACTIVITY", "FILE\\ACTIVITY", KelvinSign, "CAF" + EAcute, ArabicIndicOne]),
        // ---- subscriber notifications and the exception subscription ----

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.HttpsNotificationEndpointPattern), SecurityLakeModel, "HttpsNotificationConfigurationEndpointString",
            // Not anchored beyond the scheme: any character after it but the four ECMAScript line terminators.
            Accepts: ["https://hooks.example.com/lake", "http://10.0.0.1:8080/x?a=b&c=d", "https://caf" + EAcute + ".example/", "https://x y", "https://" + KelvinSign],
            Refuses: ["ftp://x", "HTTPS://x", "https://", "https://x\n", "https://a\rb", "https://a\u2028b", " https://x", "https:/x", ""]),

        new(typeof(SecurityLakeConstraints), nameof(SecurityLakeConstraints.SubscriptionProtocolPattern), SecurityLakeModel, "SubscriptionProtocol",
            Accepts: ["email", "email-json", "https", "sqs", "-", ""],
            Refuses: ["Email", "HTTPS", "email\n", "e_mail", "sms2", KelvinSign, "caf" + EAcute, "email json"]),

        // Each other service keeps its cases next to its wire tests.
        .. SecLake.Tests.Qldb.QldbWireTests.PatternCases,
    ];

    /// <summary>The case for a pattern text, when a core constant has exactly that text.</summary>
    public static PatternCase? ForPattern(string pattern) => All.FirstOrDefault(c => c.Value == pattern);

    /// <summary>Every public string constant named *Pattern in SecLake.Core: the set the catalog must cover.</summary>
    public static IEnumerable<(Type Owner, string Constant)> CoreConstants() =>
        typeof(SecurityLakeConstraints).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Pattern", StringComparison.Ordinal))
                .Select(f => (t, f.Name)));

    /// <summary>A value as a test message shows it: control and non-ASCII characters as escapes, so "\n" is visible.</summary>
    public static string Show(string value) =>
        "\"" + string.Concat(value.Select(c => c switch
        {
            '\n' => @"\n",
            '\r' => @"\r",
            '\t' => @"\t",
            '"' => "\\\"",
            _ when c < 0x20 || c > 0x7E => $"\\u{(int)c:X4}",
            _ => c.ToString(),
        })) + "\"";
}
