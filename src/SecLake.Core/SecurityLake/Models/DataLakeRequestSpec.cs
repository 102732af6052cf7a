using System.Collections.Generic;

namespace SecLake.SecurityLake;

/// <summary>
/// A data-lake request in the documented <c>CreateDatalake</c> vocabulary, as New-SLDataLake/Update-SLDataLake
/// bind it. <see cref="DataLakePlanner"/> validates it and turns it into GA requests.
/// </summary>
/// <remarks>
/// Precedence: for a Region with an entry in <see cref="Configurations"/>, each documented key present in that
/// entry replaces the flat value of <see cref="AllRegions"/> as a whole (a <c>tagsMap</c> replaces <c>-Tag</c>, a
/// <c>retentionSettings</c> list replaces <c>-RetentionSetting</c>); keys the entry omits fall back to the flat value.
/// </remarks>
public sealed class DataLakeRequestSpec
{
    /// <summary>Documented <c>regions[]</c>; Region codes, case-insensitive.</summary>
    public IList<string>? Regions { get; set; }

    /// <summary>Documented <c>enableAll</c>: every Security Lake Region of the client's partition.</summary>
    public bool EnableAll { get; set; }

    /// <summary>Documented <c>configurations{region: {...}}</c>, keyed by Region (case-insensitive).</summary>
    public IDictionary<string, DataLakeSettings>? Configurations { get; set; }

    /// <summary>The flat parameters (-EncryptionKey, -RetentionSetting, ...): the same settings for every selected Region.</summary>
    public DataLakeSettings AllRegions { get; set; } = new DataLakeSettings();

    /// <summary>Documented <c>metaStoreManagerRoleArn</c>; GA requires it to create a data lake.</summary>
    public string? MetaStoreManagerRoleArn { get; set; }
}

/// <summary>The cmdlet parameter names a <see cref="InputValidationException"/> reports for a data-lake request.</summary>
public static class DataLakeParameters
{
    public const string DataLakeRegion = "DataLakeRegion";
    public const string EnableAll = "EnableAll";
    public const string Configuration = "Configuration";
    public const string EncryptionKey = "EncryptionKey";
    public const string ReplicationDestinationRegion = "ReplicationDestinationRegion";
    public const string ReplicationRoleArn = "ReplicationRoleArn";
    public const string RetentionSetting = "RetentionSetting";
    public const string Tag = "Tag";
    public const string MetaStoreManagerRoleArn = "MetaStoreManagerRoleArn";
}
