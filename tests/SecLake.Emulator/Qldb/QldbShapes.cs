using SecLake.Emulator.Validation;

namespace SecLake.Emulator.Qldb;

/// <summary>Constraints copied from qldb-2019-01-02.service-2.json (shape name = field name).</summary>
internal static class QldbShapes
{
    public static readonly StringShape LedgerName = new(1, 32, "(?!^.*--)(?!^[0-9]+$)(?!^-)(?!.*-$)^[A-Za-z0-9-]+$");
    public static readonly StringShape PermissionsMode = new(Enum: new[] { "ALLOW_ALL", "STANDARD" });
    public static readonly StringShape KmsKey = new(Max: 1600);
    public static readonly StringShape Arn = new(20, 1600);
    public static readonly StringShape TagKey = new(1, 128);
    public static readonly StringShape TagValue = new(0, 256);
    public static readonly SizeBounds Tags = new(0, 200);
    public static readonly SizeBounds TagKeyList = new(0, 200);
    public static readonly IntegerShape MaxResults = new(1, 100);
    public static readonly StringShape NextToken = new(4, 1024, "^[A-Za-z-0-9+/=]+$");

    /// <summary>TagResource's documentation: "A resource can have up to 50 tags."</summary>
    public const int MaxTagsPerResource = 50;
}
