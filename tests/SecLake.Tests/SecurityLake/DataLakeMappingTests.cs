using SecLake.SecurityLake;
using Xunit;
using static SecLake.Tests.SecurityLake.DataLakeTestData;

namespace SecLake.Tests.SecurityLake;

/// <summary>Documented CreateDatalake input in, GA requests out: one row per mapping rule.</summary>
public sealed class DataLakeMappingTests
{
    private sealed record Case(
        Func<DataLakeRequestSpec> Spec,
        DataLake[] Enabled,
        string[] Expected,
        string ClientRegion = "us-east-1",
        DataLakePlanMode Mode = DataLakePlanMode.CreateOrUpdate);

    private const string R = "\"metaStoreManagerRoleArn\":\"" + Role + "\"";
    private const string GlacierAndExpire = """{"expiration":{"days":3650},"transitions":[{"days":365,"storageClass":"GLACIER"}]}""";

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["documented example: retention GLACIER becomes a transition, EXPIRE the expiration, in every Region"] = new(
            () => { var s = Spec("us-east-1", "eu-west-1"); s.AllRegions.RetentionSettings = Retention(Ht("retentionPeriod", 365, "storageClass", "GLACIER"), Ht("retentionPeriod", 3650, "storageClass", "EXPIRE")); return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"lifecycleConfiguration":{{{GlacierAndExpire}}},"region":"us-east-1"},{"lifecycleConfiguration":{{{GlacierAndExpire}}},"region":"eu-west-1"}],{{{R}}}}"""]),

        ["EXPIRE alone is only lifecycleConfiguration.expiration"] = new(
            () => { var s = Spec("us-east-1"); s.AllRegions.RetentionSettings = Retention(Ht("retentionPeriod", 30, "storageClass", "EXPIRE")); return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"lifecycleConfiguration":{"expiration":{"days":30}},"region":"us-east-1"}],{{{R}}}}"""]),

        ["other storage classes are transitions, in the order given"] = new(
            () => { var s = Spec("us-east-1"); s.AllRegions.RetentionSettings = Retention(Ht("retentionPeriod", 30, "storageClass", "STANDARD_IA"), Ht("retentionPeriod", 180, "storageClass", "DEEP_ARCHIVE")); return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"lifecycleConfiguration":{"transitions":[{"days":30,"storageClass":"STANDARD_IA"},{"days":180,"storageClass":"DEEP_ARCHIVE"}]},"region":"us-east-1"}],{{{R}}}}"""]),

        ["storage classes match case-insensitively and go out as the enum spells them"] = new(
            () => { var s = Spec("us-east-1"); s.AllRegions.RetentionSettings = Retention(Ht("retentionPeriod", 90, "storageClass", "glacier_ir")); return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"lifecycleConfiguration":{"transitions":[{"days":90,"storageClass":"GLACIER_IR"}]},"region":"us-east-1"}],{{{R}}}}"""]),

        ["an empty retention list is an empty lifecycleConfiguration"] = new(
            () => { var s = Spec("us-east-1"); s.AllRegions.RetentionSettings = Retention(); return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"lifecycleConfiguration":{},"region":"us-east-1"}],{{{R}}}}"""]),

        ["encryptionKey becomes encryptionConfiguration.kmsKeyId"] = new(
            () => { var s = Spec("us-east-1"); s.AllRegions.EncryptionKey = "arn:aws:kms:us-east-1:123456789012:key/1234abcd"; return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"encryptionConfiguration":{"kmsKeyId":"arn:aws:kms:us-east-1:123456789012:key/1234abcd"},"region":"us-east-1"}],{{{R}}}}"""]),

        ["replicationDestinationRegions and replicationRoleArn become replicationConfiguration"] = new(
            () => { var s = Spec("us-east-1"); s.AllRegions.ReplicationDestinationRegions = ["us-west-2"]; s.AllRegions.ReplicationRoleArn = ReplicationRole; return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"region":"us-east-1","replicationConfiguration":{"regions":["us-west-2"],"roleArn":"{{{ReplicationRole}}}"}}],{{{R}}}}"""]),

        ["replication destination Regions alone"] = new(
            () => { var s = Spec("us-east-1"); s.AllRegions.ReplicationDestinationRegions = ["US-WEST-2", "us-west-2"]; return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"region":"us-east-1","replicationConfiguration":{"regions":["us-west-2"]}}],{{{R}}}}"""]),

        ["a Configuration entry overrides the flat value for its Region only"] = new(
            () => { var s = Spec("us-east-1", "eu-west-1"); s.AllRegions.EncryptionKey = "alias/all"; s.Configurations = Config("eu-west-1", Ht("encryptionKey", "alias/eu")); return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"encryptionConfiguration":{"kmsKeyId":"alias/all"},"region":"us-east-1"},{"encryptionConfiguration":{"kmsKeyId":"alias/eu"},"region":"eu-west-1"}],{{{R}}}}"""]),

        ["keys a Configuration entry leaves out fall back to the flat values"] = new(
            () => { var s = Spec("eu-west-1"); s.AllRegions.RetentionSettings = Retention(Ht("retentionPeriod", 365, "storageClass", "EXPIRE")); s.Configurations = Config("eu-west-1", Ht("encryptionKey", "alias/eu")); return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"encryptionConfiguration":{"kmsKeyId":"alias/eu"},"lifecycleConfiguration":{"expiration":{"days":365}},"region":"eu-west-1"}],{{{R}}}}"""]),

        ["a Configuration retention list replaces the flat one as a whole"] = new(
            () => { var s = Spec("eu-west-1"); s.AllRegions.RetentionSettings = Retention(Ht("retentionPeriod", 365, "storageClass", "EXPIRE"), Ht("retentionPeriod", 30, "storageClass", "GLACIER")); s.Configurations = Config("eu-west-1", Ht("retentionSettings", new object[] { Ht("retentionPeriod", 10, "storageClass", "ONEZONE_IA") })); return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"lifecycleConfiguration":{"transitions":[{"days":10,"storageClass":"ONEZONE_IA"}]},"region":"eu-west-1"}],{{{R}}}}"""]),

        ["Configuration keys, Region keys and Regions are case-insensitive; numbers may be text"] = new(
            () =>
            {
                var s = Spec("US-East-1");
                s.Configurations = Config("US-EAST-1", Ht("ENCRYPTIONKEY", "k", "RetentionSettings", Ht("RETENTIONPERIOD", "7", "StorageClass", "expire"), "replicationdestinationregions", "eu-west-1"));
                return s;
            },
            [],
            [$$$"""CreateDataLake {"configurations":[{"encryptionConfiguration":{"kmsKeyId":"k"},"lifecycleConfiguration":{"expiration":{"days":7}},"region":"us-east-1","replicationConfiguration":{"regions":["eu-west-1"]}}],{{{R}}}}"""]),

        ["a Region listed twice is configured once"] = new(
            () => Spec("us-east-1", "US-EAST-1"),
            [],
            [$$$"""CreateDataLake {"configurations":[{"region":"us-east-1"}],{{{R}}}}"""]),

        ["flat tags go on one CreateDataLake as request-level tags, sorted by key"] = new(
            () => { var s = Spec("us-east-1", "eu-west-1"); s.AllRegions.TagsMap = Tags("team", "sec", "env", "prod"); return s; },
            [],
            [$$$"""CreateDataLake {"configurations":[{"region":"us-east-1"},{"region":"eu-west-1"}],{{{R}}},"tags":[{"key":"env","value":"prod"},{"key":"team","value":"sec"}]}"""]),

        ["Regions to create are grouped by identical tag sets, one CreateDataLake per set"] = new(
            () => { var s = Spec("us-east-1", "eu-west-1", "us-west-2"); s.AllRegions.TagsMap = Tags("team", "sec"); s.Configurations = Config("eu-west-1", Ht("tagsMap", Ht("team", "eu"))); return s; },
            [],
            [
                $$$"""CreateDataLake {"configurations":[{"region":"us-east-1"},{"region":"us-west-2"}],{{{R}}},"tags":[{"key":"team","value":"sec"}]}""",
                $$$"""CreateDataLake {"configurations":[{"region":"eu-west-1"}],{{{R}}},"tags":[{"key":"team","value":"eu"}]}""",
            ]),

        ["an empty tagsMap gives its Region no tags despite flat tags"] = new(
            () => { var s = Spec("us-east-1", "eu-west-1"); s.AllRegions.TagsMap = Tags("team", "sec"); s.Configurations = Config("eu-west-1", Ht("tagsMap", Ht())); return s; },
            [],
            [
                $$$"""CreateDataLake {"configurations":[{"region":"us-east-1"}],{{{R}}},"tags":[{"key":"team","value":"sec"}]}""",
                $$$"""CreateDataLake {"configurations":[{"region":"eu-west-1"}],{{{R}}}}""",
            ]),

        ["an enabled Region with new settings is updated, the others created"] = new(
            () => { var s = Spec("us-east-1", "eu-west-1"); s.AllRegions.EncryptionKey = "k"; return s; },
            [Lake("us-east-1")],
            [
                $$$"""CreateDataLake {"configurations":[{"encryptionConfiguration":{"kmsKeyId":"k"},"region":"eu-west-1"}],{{{R}}}}""",
                $$$"""UpdateDataLake {"configurations":[{"encryptionConfiguration":{"kmsKeyId":"k"},"region":"us-east-1"}],{{{R}}}}""",
            ]),

        ["an update keeps the data lake's current settings for the keys not given"] = new(
            () => new DataLakeRequestSpec { Regions = ["us-east-1"], AllRegions = { EncryptionKey = "k" } },
            [Lake("us-east-1", $$$""","encryptionConfiguration":{"kmsKeyId":"S3_MANAGED_KEY"},"lifecycleConfiguration":{"expiration":{"days":30}},"replicationConfiguration":{"regions":["us-west-2"],"roleArn":"{{{ReplicationRole}}}"}""")],
            [$$$"""UpdateDataLake {"configurations":[{"encryptionConfiguration":{"kmsKeyId":"k"},"lifecycleConfiguration":{"expiration":{"days":30}},"region":"us-east-1","replicationConfiguration":{"regions":["us-west-2"],"roleArn":"{{{ReplicationRole}}}"}}]}"""]),

        ["an update merges replication per key with the current configuration"] = new(
            () => new DataLakeRequestSpec { Regions = ["us-east-1"], AllRegions = { ReplicationRoleArn = Role } },
            [Lake("us-east-1", $$$""","replicationConfiguration":{"regions":["us-west-2"],"roleArn":"{{{ReplicationRole}}}"}""")],
            [$$$"""UpdateDataLake {"configurations":[{"region":"us-east-1","replicationConfiguration":{"regions":["us-west-2"],"roleArn":"{{{Role}}}"}}]}"""]),

        ["an update replaces the current retention as a whole"] = new(
            () => new DataLakeRequestSpec { Regions = ["us-east-1"], AllRegions = { RetentionSettings = Retention(Ht("retentionPeriod", 60, "storageClass", "GLACIER")) } },
            [Lake("us-east-1", ""","lifecycleConfiguration":{"expiration":{"days":30}}""")],
            ["""UpdateDataLake {"configurations":[{"lifecycleConfiguration":{"transitions":[{"days":60,"storageClass":"GLACIER"}]},"region":"us-east-1"}]}"""]),

        ["an enabled Region given only tags is not updated; its tags are reconciled"] = new(
            () => new DataLakeRequestSpec { Regions = ["us-east-1"], AllRegions = { TagsMap = Tags("team", "sec") } },
            [Lake("us-east-1")],
            [$"Retag us-east-1 {ArnOf("us-east-1")} team=sec"]),

        ["an enabled Region given an empty tagsMap is reconciled to no tags"] = new(
            () => new DataLakeRequestSpec { Regions = ["us-east-1"], Configurations = Config("us-east-1", Ht("tagsMap", Ht())) },
            [Lake("us-east-1")],
            [$"Retag us-east-1 {ArnOf("us-east-1")} "]),

        ["an enabled Region given nothing new is left alone"] = new(
            () => new DataLakeRequestSpec { Regions = ["us-east-1"] },
            [Lake("us-east-1")],
            []),

        ["EnableAll selects every Security Lake Region of the client's partition (GovCloud)"] = new(
            () => new DataLakeRequestSpec { EnableAll = true, MetaStoreManagerRoleArn = "arn:aws-us-gov:iam::123456789012:role/MetaStore" },
            [],
            ["""CreateDataLake {"configurations":[{"region":"us-gov-east-1"},{"region":"us-gov-west-1"}],"metaStoreManagerRoleArn":"arn:aws-us-gov:iam::123456789012:role/MetaStore"}"""],
            ClientRegion: "us-gov-west-1"),

        ["EnableAll with a Configuration entry for one Region"] = new(
            () => new DataLakeRequestSpec { EnableAll = true, MetaStoreManagerRoleArn = Role, Configurations = Config("us-gov-east-1", Ht("encryptionKey", "k")) },
            [Lake("us-gov-west-1")],
            [$$$"""CreateDataLake {"configurations":[{"encryptionConfiguration":{"kmsKeyId":"k"},"region":"us-gov-east-1"}],{{{R}}}}"""],
            ClientRegion: "us-gov-west-1"),

        ["Update mode updates enabled Regions without needing the metastore role"] = new(
            () => new DataLakeRequestSpec { Regions = ["us-east-1"], AllRegions = { EncryptionKey = "k" } },
            [Lake("us-east-1")],
            ["""UpdateDataLake {"configurations":[{"encryptionConfiguration":{"kmsKeyId":"k"},"region":"us-east-1"}]}"""],
            Mode: DataLakePlanMode.UpdateOnly),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Documented_input_becomes_these_GA_requests(string name)
    {
        var c = Cases[name];
        var request = DataLakePlanner.Resolve(c.Spec(), c.ClientRegion);
        var plan = DataLakePlanner.Plan(request, c.Enabled, c.Mode);
        Assert.Equal(c.Expected, Render(plan));
    }

    [Fact]
    public void EnableAll_in_the_aws_partition_creates_all_seventeen_Regions()
    {
        var plan = DataLakePlanner.Plan(DataLakePlanner.Resolve(new DataLakeRequestSpec { EnableAll = true, MetaStoreManagerRoleArn = Role }, "eu-west-1"), [], DataLakePlanMode.CreateOrUpdate);
        Assert.Equal(AwsRegionList, string.Join(", ", plan.RegionsToCreate));
        Assert.Single(plan.Creates);
    }

    [Fact]
    public void The_plan_names_what_happens_to_each_Region()
    {
        var spec = Spec("us-east-1", "eu-west-1", "us-west-2", "ap-south-1");
        spec.Configurations = Config("eu-west-1", Ht("encryptionKey", "k"), "us-west-2", Ht("tagsMap", Ht("a", "b")));
        var plan = DataLakePlanner.Plan(DataLakePlanner.Resolve(spec, "us-east-1"), [Lake("eu-west-1"), Lake("us-west-2"), Lake("ap-south-1")], DataLakePlanMode.CreateOrUpdate);

        Assert.Equal(["us-east-1"], plan.RegionsToCreate);
        Assert.Equal(["eu-west-1"], plan.RegionsToUpdate);
        Assert.Equal(["us-west-2"], plan.RegionsToRetag);
        Assert.Equal(["ap-south-1"], plan.RegionsUnchanged);
    }

    [Fact]
    public void Settings_are_read_back_in_the_documented_vocabulary()
    {
        var lake = Lake("us-east-1", $$$""","encryptionConfiguration":{"kmsKeyId":"k"},"lifecycleConfiguration":{"expiration":{"days":3650},"transitions":[{"days":365,"storageClass":"GLACIER"}]},"replicationConfiguration":{"regions":["us-west-2"],"roleArn":"{{{ReplicationRole}}}"}""");

        Assert.Equal("k", lake.EncryptionKey);
        Assert.Equal(["us-west-2"], lake.ReplicationDestinationRegions!);
        Assert.Equal(ReplicationRole, lake.ReplicationRoleArn);
        Assert.Equal(["GLACIER after 365 days", "EXPIRE after 3650 days"], lake.RetentionSettings!.Select(r => r.ToString()));
    }

    [Fact]
    public void A_data_lake_without_settings_reads_back_nulls()
    {
        var lake = Lake("us-east-1");
        Assert.Null(lake.EncryptionKey);
        Assert.Null(lake.ReplicationDestinationRegions);
        Assert.Null(lake.ReplicationRoleArn);
        Assert.Null(lake.RetentionSettings);
    }
}
