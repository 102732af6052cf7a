using Xunit;

namespace SecLake.Tests.Support;

/// <summary>How a refusal before any request is checked: the parameter it names and its exact message.</summary>
public static class RefusalAssert
{
    /// <summary>
    /// The refusal names <paramref name="parameter"/> and says exactly <paramref name="message"/>, with no
    /// " (Parameter 'x')" suffix: InputValidationException's Message is the reason alone.
    /// </summary>
    public static void Is(InputValidationException error, string parameter, string message)
    {
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(message, error.Message);
    }
}
