using System;

namespace SecLake.Validation
{
    /// <summary>
    /// Input the service would reject, caught before any request is sent. The message names the parameter (and
    /// key or region) and the rule, so the user knows what to change.
    /// </summary>
    public sealed class InputValidationException : ArgumentException
    {
        public InputValidationException(string parameterName, string message)
            : base(message, parameterName)
        {
        }

        /// <summary>The message without ArgumentException's "(Parameter 'x')" suffix.</summary>
        public string Reason => base.Message.Split(new[] { Environment.NewLine }, StringSplitOptions.None)[0];

        public override string Message => Reason;
    }
}
