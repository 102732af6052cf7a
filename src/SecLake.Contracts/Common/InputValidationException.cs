using System;

namespace SecLake;

/// <summary>
/// Input the service would reject, caught before any request is sent. The message names the parameter (and
/// key or region) and the rule, so the user knows what to change.
/// </summary>
public sealed class InputValidationException : ArgumentException
{
    public InputValidationException(string parameterName, string message)
        : base(message, parameterName) => Reason = message;

    /// <summary>The message without ArgumentException's "(Parameter 'x')" suffix.</summary>
    public string Reason { get; }

    public override string Message => Reason;
}
