using System;
using System.Management.Automation;

namespace SecLake.PowerShell;

/// <summary>
/// Reads "false", "0", "no" as $false for [bool] parameters bound from text (Import-Csv, -Name:'false'):
/// PowerShell's own conversion would make any non-empty string $true. An empty cell means
/// <see cref="EmptyMeans"/>, the service's default for the parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class BoolArgumentTransformationAttribute : ArgumentTransformationAttribute
{
    private bool? _emptyMeans;

    /// <summary>The value an empty string stands for (the service default); unset, an empty string is refused.</summary>
    public bool EmptyMeans
    {
        get => _emptyMeans ?? false;
        set => _emptyMeans = value;
    }

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = PowerShellValues.Unwrap(inputData);
        if (value is string text)
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "true": case "$true": case "1": case "yes": return true;
                case "" when _emptyMeans.HasValue: return _emptyMeans.Value;
                case "false": case "$false": case "0": case "no": return false;
                default: throw new ArgumentTransformationMetadataException($"'{text}' is not a Boolean value; use true or false.");
            }
        }
        return value;
    }
}
