using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Cmdlets;

public class ErrorKindTests
{
    [Fact]
    public void Every_ErrorKind_is_a_PowerShell_ErrorCategory_so_the_cmdlets_can_convert_by_name()
    {
        foreach (var kind in Enum.GetNames<ErrorKind>()) Assert.Contains(kind, BuiltModule.ErrorCategoryNames);
    }
}
