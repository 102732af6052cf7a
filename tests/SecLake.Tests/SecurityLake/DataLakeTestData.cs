using System.Collections;
using System.Text.Json;
using SecLake.SecurityLake;
using SecLake.Tests.Support;

namespace SecLake.Tests.SecurityLake;

/// <summary>Builders that mimic what the cmdlets bind: PowerShell hashtables are case-insensitive.</summary>
internal static class DataLakeTestData
{
    public const string Role = "arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager";
    public const string ReplicationRole = "arn:aws:iam::123456789012:role/SecurityLakeReplication";

    public const string AwsRegionList =
        "ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2";

    /// <summary>A PowerShell-like hashtable from alternating keys and values.</summary>
    public static Hashtable Ht(params object?[] keysAndValues)
    {
        var table = new Hashtable(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < keysAndValues.Length; i += 2) table[keysAndValues[i]!] = keysAndValues[i + 1];
        return table;
    }

    public static IList<RetentionSetting> Retention(params object[] hashtables) =>
        DocumentedInput.RetentionSettings(hashtables, DataLakeParameters.RetentionSetting);

    public static IDictionary<string, string> Tags(params object?[] keysAndValues) =>
        DocumentedInput.Tags(Ht(keysAndValues), DataLakeParameters.Tag);

    public static IDictionary<string, DataLakeSettings> Config(params object?[] regionsAndHashtables) =>
        DocumentedInput.Configurations(Ht(regionsAndHashtables));

    public static DataLakeRequestSpec Spec(params string[] regions) =>
        new() { Regions = regions, MetaStoreManagerRoleArn = Role };

    /// <summary>A data lake as ListDataLakes returns it, with optional extra members (JSON, leading comma).</summary>
    public static DataLake Lake(string region, string extraMembers = "")
    {
        using var doc = JsonDocument.Parse(
            $$"""{"region":"{{region}}","dataLakeArn":"{{ArnOf(region)}}","createStatus":"COMPLETED"{{extraMembers}}}""");
        return SecurityLakeResponses.DataLake(doc.RootElement);
    }

    public static string ArnOf(string region) => $"arn:aws:securitylake:{region}:123456789012:data-lake/default";

    /// <summary>A plan as the wire lines it will send, in order.</summary>
    public static List<string> Render(DataLakePlan plan)
    {
        var lines = plan.Creates.Select(c => "CreateDataLake " + SecurityLakeRequests.CreateDataLake(c).Body()).ToList();
        if (plan.Update != null) lines.Add("UpdateDataLake " + SecurityLakeRequests.UpdateDataLake(plan.Update).Body());
        lines.AddRange(plan.TagUpdates.Select(t => $"Retag {t.Region} {t.DataLakeArn} {string.Join(",", t.Tags.Select(kv => kv.Key + "=" + kv.Value))}"));
        return lines;
    }
}
