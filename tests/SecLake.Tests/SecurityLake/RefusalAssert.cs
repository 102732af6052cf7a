using Xunit;

namespace SecLake.Tests.SecurityLake;

internal static class RefusalAssert
{
    /// <summary>
    /// The refusal names <paramref name="parameter"/> and says exactly <paramref name="message"/>. ArgumentException on
    /// .NET Core appends " (Parameter 'x')" to its message, which the shared InputValidationException does not yet
    /// strip; that suffix (and only it) is ignored.
    /// </summary>
    public static void Is(InputValidationException error, string parameter, string message)
    {
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(message, error.Message.Replace($" (Parameter '{error.ParamName}')", ""));
    }
}
