using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.SecurityLake;

/// <summary>Every refusal of a data-lake request: the parameter reported and the exact message.</summary>
public sealed class DataLakeRefusalTests
{
    private sealed record Refusal(
        Func<DataLakeRequestSpec> Spec,
        string Parameter,
        string Message,
        string? ClientRegion = "us-east-1",
        DataLake[]? Enabled = null,
        DataLakePlanMode Mode = DataLakePlanMode.CreateOrUpdate);

    private const string ValidKeys = "encryptionKey, replicationDestinationRegions, replicationRoleArn, retentionSettings, tagsMap";
    private const string StorageClasses = "STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER_IR, GLACIER, DEEP_ARCHIVE, EXPIRE";

    private static DataLakeRequestSpec WithRetention(params object[] hashtables)
    {
        var s = Spec("us-east-1");
        s.AllRegions.RetentionSettings = Retention(hashtables);
        return s;
    }

    private static DataLakeRequestSpec WithConfig(params object?[] regionsAndHashtables)
    {
        var s = Spec("us-east-1");
        s.Configurations = Config(regionsAndHashtables);
        return s;
    }

    private static readonly Dictionary<string, Refusal> Refusals = new()
    {
        ["unknown Region"] = new(() => Spec("us-east-1", "mars-east-1"), "DataLakeRegion",
            $"DataLakeRegion[1] 'mars-east-1' is not a Security Lake Region. Security Lake Regions (aws): {AwsRegionList}."),
        ["a Region Security Lake is not offered in"] = new(() => Spec("me-south-1"), "DataLakeRegion",
            $"DataLakeRegion[0] 'me-south-1' is not a Security Lake Region. Security Lake Regions (aws): {AwsRegionList}."),
        ["a Region of another partition"] = new(() => Spec("us-gov-west-1"), "DataLakeRegion",
            "DataLakeRegion[0] 'us-gov-west-1' is in partition aws-us-gov, but the client's Region is in partition aws."),
        ["an empty Region"] = new(() => Spec(" "), "DataLakeRegion", "DataLakeRegion[0] is an empty Region."),
        ["Regions and EnableAll together"] = new(() => new DataLakeRequestSpec { Regions = ["us-east-1"], EnableAll = true, MetaStoreManagerRoleArn = Role },
            "EnableAll", "Specify either DataLakeRegion or EnableAll, not both."),
        ["neither Regions nor EnableAll"] = new(() => new DataLakeRequestSpec { MetaStoreManagerRoleArn = Role }, "DataLakeRegion",
            "Specify the Regions (DataLakeRegion) or EnableAll."),
        ["EnableAll without the client's Region"] = new(() => new DataLakeRequestSpec { EnableAll = true }, "EnableAll",
            "EnableAll needs the client's Region to know which partition's Regions to enable.", ClientRegion: null),
        ["EnableAll in a partition without Security Lake"] = new(() => new DataLakeRequestSpec { EnableAll = true }, "EnableAll",
            "Security Lake is not offered in partition aws-cn.", ClientRegion: "cn-north-1"),

        ["unknown Configuration key"] = new(() => WithConfig("us-east-1", Ht("encryption", "k")), "Configuration",
            $"Configuration['us-east-1'] has an unknown key 'encryption'. Valid keys: {ValidKeys}."),
        ["a Configuration value that is not a hashtable"] = new(() => WithConfig("us-east-1", "k"), "Configuration",
            $"Configuration['us-east-1'] must be a hashtable with the keys {ValidKeys}."),
        ["a Configuration key that is not a Security Lake Region"] = new(() => WithConfig("moon-1", Ht()), "Configuration",
            $"Configuration key 'moon-1' is not a Security Lake Region. Security Lake Regions (aws): {AwsRegionList}."),
        ["a Configuration entry for a Region not selected"] = new(() => WithConfig("eu-west-1", Ht("encryptionKey", "k")), "Configuration",
            "Configuration has an entry for Region 'eu-west-1', which is not among the selected Regions (us-east-1)."),
        ["two Configuration entries for one Region"] = new(
            () => { var s = Spec("us-east-1"); s.Configurations = new Dictionary<string, DataLakeSettings> { ["us-east-1"] = new(), ["US-EAST-1"] = new() }; return s; },
            "Configuration", "Configuration has more than one entry for Region 'us-east-1'."),
        ["a list where a single encryptionKey belongs"] = new(() => WithConfig("us-east-1", Ht("encryptionKey", new[] { "a", "b" })), "Configuration",
            "Configuration['us-east-1'].encryptionKey must be a single value, not a list or hashtable."),
        ["an empty encryptionKey (flat)"] = new(() => { var s = Spec("us-east-1"); s.AllRegions.EncryptionKey = ""; return s; }, "EncryptionKey",
            "EncryptionKey is empty."),
        ["an empty encryptionKey (Configuration)"] = new(() => WithConfig("us-east-1", Ht("encryptionKey", " ")), "Configuration",
            "Configuration['us-east-1'].encryptionKey is empty."),

        ["an unknown retention setting key"] = new(() => WithRetention(Ht("days", 1, "storageClass", "GLACIER")), "RetentionSetting",
            "RetentionSetting[0] has an unknown key 'days'. Valid keys: retentionPeriod, storageClass."),
        ["a retention setting that is not a hashtable"] = new(() => WithRetention("GLACIER"), "RetentionSetting",
            "RetentionSetting[0] must be a hashtable with the keys retentionPeriod and storageClass, not 'GLACIER'."),
        ["a retention setting without storageClass"] = new(() => WithRetention(Ht("retentionPeriod", 5)), "RetentionSetting",
            "RetentionSetting[0] needs both retentionPeriod and storageClass."),
        ["a retention period that is not a number"] = new(() => WithRetention(Ht("retentionPeriod", "abc", "storageClass", "GLACIER")), "RetentionSetting",
            "RetentionSetting[0].retentionPeriod must be a whole number of days, not 'abc'."),
        ["a retention period below 1 (flat)"] = new(() => WithRetention(Ht("retentionPeriod", 30, "storageClass", "GLACIER"), Ht("retentionPeriod", 0, "storageClass", "EXPIRE")), "RetentionSetting",
            "RetentionSetting[1].retentionPeriod is 0; a retention period must be at least 1 day."),
        ["a retention period below 1 (Configuration)"] = new(() => WithConfig("us-east-1", Ht("retentionSettings", Ht("retentionPeriod", -5, "storageClass", "GLACIER"))), "Configuration",
            "Configuration['us-east-1'].retentionSettings[0].retentionPeriod is -5; a retention period must be at least 1 day."),
        ["an unknown storage class (flat)"] = new(() => WithRetention(Ht("retentionPeriod", 30, "storageClass", "COLD")), "RetentionSetting",
            $"RetentionSetting[0].storageClass 'COLD' is not a storage class. Valid values: {StorageClasses}."),
        ["an unknown storage class (Configuration)"] = new(() => WithConfig("us-east-1", Ht("retentionSettings", Ht("retentionPeriod", 30, "storageClass", "STANDARD"))), "Configuration",
            $"Configuration['us-east-1'].retentionSettings[0].storageClass 'STANDARD' is not a storage class. Valid values: {StorageClasses}."),
        ["two EXPIRE settings"] = new(() => WithRetention(Ht("retentionPeriod", 30, "storageClass", "EXPIRE"), Ht("retentionPeriod", 60, "storageClass", "expire")), "RetentionSetting",
            "RetentionSetting has more than one EXPIRE setting; a data lake has a single expiration."),

        ["a Region to create without the metastore role"] = new(() => new DataLakeRequestSpec { Regions = ["us-east-1", "eu-west-1", "us-west-2"] }, "MetaStoreManagerRoleArn",
            "MetaStoreManagerRoleArn is required to create a data lake, and Security Lake is not yet enabled in us-east-1, us-west-2.",
            Enabled: [Lake("eu-west-1")]),
        ["a metastore role that is not an ARN"] = new(() => new DataLakeRequestSpec { Regions = ["us-east-1"], MetaStoreManagerRoleArn = "role/x" }, "MetaStoreManagerRoleArn",
            $"MetaStoreManagerRoleArn 'role/x' is not valid: {SecurityLakeConstraints.DocumentedArnRule}."),
        ["a metastore role ARN that is not an IAM role"] = new(() => new DataLakeRequestSpec { Regions = ["us-east-1"], MetaStoreManagerRoleArn = "arn:aws:s3:::bucket" }, "MetaStoreManagerRoleArn",
            $"MetaStoreManagerRoleArn 'arn:aws:s3:::bucket' is not valid: {SecurityLakeConstraints.RoleArnRule}."),
        ["a replication role that is not an ARN (Configuration)"] = new(() => WithConfig("us-east-1", Ht("replicationRoleArn", "nope")), "Configuration",
            $"Configuration['us-east-1'].replicationRoleArn 'nope' is not valid: {SecurityLakeConstraints.DocumentedArnRule}."),
        ["a replication role ARN with a short account (flat)"] = new(
            () => { var s = Spec("us-east-1"); s.AllRegions.ReplicationRoleArn = "arn:aws:iam::1234:role/r"; return s; }, "ReplicationRoleArn",
            $"ReplicationRoleArn 'arn:aws:iam::1234:role/r' is not valid: {SecurityLakeConstraints.RoleArnRule}."),
        ["a replication role ARN with a trailing newline"] = new(
            () => { var s = Spec("us-east-1"); s.AllRegions.ReplicationRoleArn = "arn:aws:iam::123456789012:role/r\n"; return s; }, "ReplicationRoleArn",
            $"ReplicationRoleArn 'arn:aws:iam::123456789012:role/r\n' is not valid: {SecurityLakeConstraints.RoleArnRule}."),
        ["an unknown replication destination Region"] = new(
            () => { var s = Spec("us-east-1"); s.AllRegions.ReplicationDestinationRegions = ["us-west-2", "xx-1"]; return s; }, "ReplicationDestinationRegion",
            $"ReplicationDestinationRegion[1] 'xx-1' is not a Security Lake Region. Security Lake Regions (aws): {AwsRegionList}."),

        ["an empty tag key"] = new(() => { var s = Spec("us-east-1"); s.AllRegions.TagsMap = Tags("", "v"); return s; }, "Tag",
            "Tag: the key '' has 0 characters; a tag key must have 1 to 128."),
        ["a tag key over 128 characters"] = new(() => { var s = Spec("us-east-1"); s.AllRegions.TagsMap = Tags(new string('k', 129), "v"); return s; }, "Tag",
            $"Tag: the key '{new string('k', 129)}' has 129 characters; a tag key must have 1 to 128."),
        ["a tag value over 256 characters (Configuration)"] = new(() => WithConfig("us-east-1", Ht("tagsMap", Ht("k", new string('v', 257)))), "Configuration",
            "Configuration['us-east-1'].tagsMap: the value of 'k' has 257 characters; a tag value must have at most 256."),
        ["more than 50 tags"] = new(
            () => { var s = Spec("us-east-1"); s.AllRegions.TagsMap = Enumerable.Range(0, 51).ToDictionary(i => "k" + i, i => "v"); return s; }, "Tag",
            "Tag has 51 tags; at most 50 are allowed."),
        ["a tag without a value"] = new(() => WithConfig("us-east-1", Ht("tagsMap", Ht("k", null))), "Configuration",
            "Configuration['us-east-1'].tagsMap['k'] has no value; use '' for an empty tag value."),
        ["a tagsMap that is not a hashtable"] = new(() => WithConfig("us-east-1", Ht("tagsMap", "x")), "Configuration",
            "Configuration['us-east-1'].tagsMap must be a hashtable of tag keys and values."),

        ["an update of a Region that is not enabled"] = new(() => new DataLakeRequestSpec { Regions = ["us-east-1", "eu-west-1"], AllRegions = { EncryptionKey = "k" } }, "DataLakeRegion",
            "Security Lake is not enabled in eu-west-1; there is no data lake there to update.",
            Enabled: [Lake("us-east-1")], Mode: DataLakePlanMode.UpdateOnly),
    };

    public static TheoryData<string> RefusalNames => new(Refusals.Keys);

    [Theory]
    [MemberData(nameof(RefusalNames))]
    public void Is_refused_naming_the_parameter_and_value(string name)
    {
        var r = Refusals[name];
        var error = Assert.Throws<InputValidationException>(() =>
        {
            var request = DataLakePlanner.Resolve(r.Spec(), r.ClientRegion);
            DataLakePlanner.Plan(request, r.Enabled ?? [], r.Mode);
        });
        RefusalAssert.Is(error, r.Parameter, r.Message);
    }

    [Fact]
    public void Without_the_client_Region_any_partitions_Regions_pass()
    {
        var request = DataLakePlanner.Resolve(Spec("us-gov-west-1", "us-east-1"), clientRegion: null);
        Assert.Equal(["us-gov-west-1", "us-east-1"], request.Regions);
    }

    [Fact]
    public async Task Nothing_is_sent_when_a_request_is_refused_before_listing()
    {
        var invoker = new ScriptedInvoker();
        var client = new SecurityLakeClient(invoker, "us-east-1");
        var spec = WithRetention(Ht("retentionPeriod", 0, "storageClass", "EXPIRE"));

        await Assert.ThrowsAsync<InputValidationException>(() => client.PlanDataLakesAsync(spec, DataLakePlanMode.CreateOrUpdate));
        Assert.Empty(invoker.Requests);
    }

    [Fact]
    public async Task A_missing_metastore_role_is_refused_after_the_read_and_before_any_change()
    {
        var invoker = new ScriptedInvoker().On("ListDataLakes", """{"dataLakes":[]}""");
        var client = new SecurityLakeClient(invoker, "us-east-1");

        await Assert.ThrowsAsync<InputValidationException>(() =>
            client.PlanDataLakesAsync(new DataLakeRequestSpec { Regions = ["us-east-1"] }, DataLakePlanMode.CreateOrUpdate));
        Assert.Equal(["ListDataLakes"], invoker.Operations);
    }
}
