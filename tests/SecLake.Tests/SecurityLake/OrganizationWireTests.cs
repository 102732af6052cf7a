using System.Text.Json;
using SecLake.SecurityLake;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.SecurityLake;

/// <summary>
/// The organization operations' requests exactly as the GA model's http traits and member locations say (members in
/// model order), and GetDataLakeOrganizationConfiguration's response read by the model's member names.
/// </summary>
public sealed class OrganizationWireTests
{
    private static readonly DataLakeOrganizationConfiguration[] TwoRegions =
    [
        new("us-east-1", [SourceType.Aws("CLOUD_TRAIL_MGMT"), SourceType.Aws("VPC_FLOW", "2.0")]),
        new("eu-west-1", [SourceType.Aws("SH_FINDINGS", "latest")]),
    ];

    private const string TwoRegionsJson =
        """{"autoEnableNewAccount":[{"region":"us-east-1","sources":[{"sourceName":"CLOUD_TRAIL_MGMT"},{"sourceName":"VPC_FLOW","sourceVersion":"2.0"}]},{"region":"eu-west-1","sources":[{"sourceName":"SH_FINDINGS","sourceVersion":"latest"}]}]}""";

    [Fact]
    public void CreateDataLakeOrganizationConfiguration_posts_each_Region_with_its_sources() =>
        SecurityLakeRequests.CreateDataLakeOrganizationConfiguration(TwoRegions).AssertIs(
            "CreateDataLakeOrganizationConfiguration", "POST", "/v1/datalake/organization/configuration", "", TwoRegionsJson);

    [Fact]
    public void GetDataLakeOrganizationConfiguration_gets_without_input() =>
        SecurityLakeRequests.GetDataLakeOrganizationConfiguration().AssertIs(
            "GetDataLakeOrganizationConfiguration", "GET", "/v1/datalake/organization/configuration", "", null);

    [Fact]
    public void DeleteDataLakeOrganizationConfiguration_posts_the_same_list_to_the_delete_path() =>
        SecurityLakeRequests.DeleteDataLakeOrganizationConfiguration(TwoRegions).AssertIs(
            "DeleteDataLakeOrganizationConfiguration", "POST", "/v1/datalake/organization/configuration/delete", "", TwoRegionsJson);

    [Fact]
    public void RegisterDataLakeDelegatedAdministrator_posts_the_account_id() =>
        SecurityLakeRequests.RegisterDataLakeDelegatedAdministrator("210987654321").AssertIs(
            "RegisterDataLakeDelegatedAdministrator", "POST", "/v1/datalake/delegate", "", """{"accountId":"210987654321"}""");

    [Fact]
    public void DeregisterDataLakeDelegatedAdministrator_deletes_without_input() =>
        SecurityLakeRequests.DeregisterDataLakeDelegatedAdministrator().AssertIs(
            "DeregisterDataLakeDelegatedAdministrator", "DELETE", "/v1/datalake/delegate", "", null);

    [Fact]
    public void The_paths_and_methods_are_the_models()
    {
        var model = ServiceModel.SecurityLake;
        var requests = new[]
        {
            SecurityLakeRequests.CreateDataLakeOrganizationConfiguration(TwoRegions),
            SecurityLakeRequests.GetDataLakeOrganizationConfiguration(),
            SecurityLakeRequests.DeleteDataLakeOrganizationConfiguration(TwoRegions),
            SecurityLakeRequests.RegisterDataLakeDelegatedAdministrator("210987654321"),
            SecurityLakeRequests.DeregisterDataLakeDelegatedAdministrator(),
        };
        Assert.All(requests, r => Assert.Equal(model.Http(r.OperationName), (r.Method, r.Path)));
    }

    [Fact]
    public void The_configuration_is_read_one_object_per_Region_with_its_sources_and_versions()
    {
        using var doc = JsonDocument.Parse(TwoRegionsJson);

        var configurations = SecurityLakeResponses.OrganizationConfiguration(doc.RootElement);

        Assert.Equal(["us-east-1", "eu-west-1"], configurations.Select(c => c.DataLakeRegion));
        Assert.Equal([("CLOUD_TRAIL_MGMT", null), ("VPC_FLOW", "2.0")], configurations[0].Sources.Select(s => (s.AwsSourceType, s.SourceVersion)));
        Assert.All(configurations.SelectMany(c => c.Sources), s => Assert.Null(s.CustomSourceType));
        Assert.Equal("eu-west-1: SH_FINDINGS latest", configurations[1].ToString());
    }

    [Fact]
    public void No_configuration_reads_as_no_Regions()
    {
        using var doc = JsonDocument.Parse("{}");
        Assert.Empty(SecurityLakeResponses.OrganizationConfiguration(doc.RootElement));
    }
}
