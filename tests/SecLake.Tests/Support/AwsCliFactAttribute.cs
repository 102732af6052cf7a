using Xunit;

namespace SecLake.Tests.Support;

/// <summary>
/// A fact that needs an AWS CLI able to run <c>service</c>; reported as skipped, saying what to install, when
/// this machine has none.
/// </summary>
public sealed class AwsCliFactAttribute : FactAttribute
{
    public AwsCliFactAttribute(string service)
    {
        Service = service;
        // An exception here would break test discovery for the whole assembly, so a failed probe becomes a skip.
        try
        {
            if (AwsCli.UnavailableReason(service) is { } reason) Skip = reason;
        }
        catch (System.Exception e)
        {
            Skip = $"Probing for an AWS CLI with {service} failed: {e.Message}";
        }
    }

    public string Service { get; }
}

/// <summary>A theory that needs an AWS CLI able to run <c>service</c>; skipped, saying what to install, where there is none.</summary>
public sealed class AwsCliTheoryAttribute : TheoryAttribute
{
    public AwsCliTheoryAttribute(string service)
    {
        Service = service;
        if (AwsCli.UnavailableReason(service) is { } reason) Skip = reason;
    }

    public string Service { get; }
}
