using System.Collections.Generic;
using System.Linq;

namespace SecLake;

/// <summary>Tag limits differ per service model; one rule set object per service holds them.</summary>
public sealed class TagRules
{
    public TagRules(int maxCount, int keyMin, int keyMax, int valueMin, int valueMax, string? keyPattern = null, string? valuePattern = null, bool allowNullValue = true)
    {
        MaxCount = maxCount;
        KeyMin = keyMin;
        KeyMax = keyMax;
        ValueMin = valueMin;
        ValueMax = valueMax;
        KeyPattern = keyPattern;
        ValuePattern = valuePattern;
        AllowNullValue = allowNullValue;
    }

    public int MaxCount { get; }
    public int KeyMin { get; }
    public int KeyMax { get; }
    public int ValueMin { get; }
    public int ValueMax { get; }
    /// <summary>Key and value patterns as .NET patterns of the model's meaning (never a model's ECMAScript text as is), run by <see cref="ModelRegex"/>.</summary>
    public string? KeyPattern { get; }
    public string? ValuePattern { get; }
    public bool AllowNullValue { get; }

    /// <summary>Refuses a tag set the service would refuse, naming the offending key.</summary>
    public void Validate(string parameterName, IReadOnlyDictionary<string, string?> tags)
    {
        if (tags.Count > MaxCount)
            throw new InputValidationException(parameterName, $"-{parameterName} has {tags.Count} tags; at most {MaxCount} are allowed.");
        foreach (var pair in tags.OrderBy(t => t.Key, System.StringComparer.Ordinal))
        {
            var key = pair.Key ?? "";
            if (key.Length < KeyMin || key.Length > KeyMax)
                throw new InputValidationException(parameterName, $"-{parameterName} key '{key}' is {key.Length} characters long; tag keys must be {KeyMin} to {KeyMax} characters.");
            if (KeyPattern != null && !ModelRegex.IsMatch(key, KeyPattern))
                throw new InputValidationException(parameterName, $"-{parameterName} key '{key}' does not match the pattern {KeyPattern} the service requires.");
            if (pair.Value == null)
            {
                if (!AllowNullValue) throw new InputValidationException(parameterName, $"-{parameterName} key '{key}' has no value; this service requires one.");
                continue;
            }
            if (pair.Value.Length < ValueMin || pair.Value.Length > ValueMax)
                throw new InputValidationException(parameterName, $"-{parameterName} value for key '{key}' is {pair.Value.Length} characters long; tag values must be {ValueMin} to {ValueMax} characters.");
            if (ValuePattern != null && !ModelRegex.IsMatch(pair.Value, ValuePattern))
                throw new InputValidationException(parameterName, $"-{parameterName} value for key '{key}' does not match the pattern {ValuePattern} the service requires.");
        }
    }
}
