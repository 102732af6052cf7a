using SecLake.HelpBuilder.Metadata;
using Xunit;

namespace SecLake.Tests.Help;

/// <summary>The build's writing of CmdletsToExport into the laid-out manifest.</summary>
public class ManifestExportsTests
{
    [Fact]
    public void The_list_is_replaced_sorted_on_one_line_keeping_the_rest_of_the_manifest()
    {
        var manifest = "@{\n    RootModule = 'SecLake.dll'\n    # comment\n    CmdletsToExport      = @()\n    FunctionsToExport    = @()\n}\n";
        var written = ManifestExports.Write(manifest, new[] { "New-SLDataLake", "Get-QLDBLedger", "New-SLDataLake" });
        Assert.Equal("@{\n    RootModule = 'SecLake.dll'\n    # comment\n    CmdletsToExport      = @('Get-QLDBLedger', 'New-SLDataLake')\n    FunctionsToExport    = @()\n}\n", written);
        Assert.Equal(written, ManifestExports.Write(written, new[] { "Get-QLDBLedger", "New-SLDataLake" }));
    }

    [Fact]
    public void A_manifest_without_the_key_is_an_error_not_a_silent_no_op()
    {
        Assert.Throws<ArgumentException>(() => ManifestExports.Write("@{ RootModule = 'x' }", new[] { "Get-X" }));
    }
}
