using SecLake.Emulator.Validation;

namespace SecLake.Emulator.SecurityLake;

/// <summary>Constraints copied from securitylake-2018-05-10.service-2.json (the GA model; shape name = field name).</summary>
internal static class SecurityLakeShapes
{
    public static readonly StringShape Region =
        new(Pattern: "^(us(-gov)?|af|ap|ca|eu|me|sa)-(central|north|(north(?:east|west))|south|south(?:east|west)|east|west)-\\d+$");
    public static readonly StringShape RoleArn = new(Pattern: "^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$");
    public static readonly StringShape String = StringShape.Any;
    public static readonly StringShape DataLakeStorageClass = StringShape.Any;
    public static readonly IntegerShape LifecycleDays = new(Min: 1);
    public static readonly StringShape AmazonResourceName =
        new(1, 1011, "^arn:(aws|aws-us-gov|aws-cn):securitylake:[A-Za-z0-9_/.\\-]{0,63}:[A-Za-z0-9_/.\\-]{0,63}:[A-Za-z0-9][A-Za-z0-9_/.\\-]{0,127}$");
    public static readonly StringShape TagKey = new(1, 128);
    public static readonly StringShape TagValue = new(0, 256);
    public static readonly SizeBounds TagList = new(0, 50);
    public static readonly SizeBounds TagKeyList = new(0, 50);
    public static readonly SizeBounds DataLakeConfigurationList = new(Min: 1);

    public static readonly StringShape AccessType = new(Enum: new[] { "LAKEFORMATION", "S3" });
    public static readonly StringShape AwsLogSourceName = new(Enum: new[]
    {
        "ROUTE53", "VPC_FLOW", "SH_FINDINGS", "CLOUD_TRAIL_MGMT", "LAMBDA_EXECUTION", "S3_DATA", "EKS_AUDIT", "WAF",
    });
    public static readonly StringShape AwsLogSourceVersion = new(Pattern: "^(latest|[0-9]\\.[0-9])$");
    public static readonly StringShape CustomLogSourceName = new(1, 64, "^[\\w\\-\\_\\:\\.]*$");
    public static readonly StringShape CustomLogSourceVersion = new(1, 32, "^[A-Za-z0-9\\-\\.\\_]*$");
    public static readonly StringShape S3Uri = new(0, 1024, "^s3[an]?://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/[^/].*)+$");
    public static readonly StringShape DescriptionString = new(Pattern: "^[\\\\\\w\\s\\-_:/,.@=+]*$");
    public static readonly StringShape ExternalId = new(2, 1224, "^[\\w+=,.@:\\/-]*$");
    public static readonly StringShape AwsPrincipal = new(Pattern: "^([0-9]{12}|[a-z0-9\\.\\-]*\\.(amazonaws|amazon)\\.com)$");
    public static readonly StringShape CreateSubscriberName = new(0, 64);
    public static readonly StringShape UpdateSubscriberName = new(0, 64, "^[\\\\\\w\\-_:/.@=+]*$");
    public static readonly StringShape Uuid = new(Pattern: "^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$");
    public static readonly IntegerShape MaxResults = new(1, 100);
    public static readonly StringShape NextToken = new(0, 2048);
}
