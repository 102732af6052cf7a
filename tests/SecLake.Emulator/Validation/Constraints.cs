namespace SecLake.Emulator.Validation;

/// <summary>A string shape's constraints as the model states them (length in characters, pattern, enum).</summary>
internal sealed record StringShape(int? Min = null, int? Max = null, string? Pattern = null, IReadOnlyList<string>? Enum = null)
{
    public static readonly StringShape Any = new();
}

/// <summary>An integer shape's range.</summary>
internal sealed record IntegerShape(int? Min = null, int? Max = null);

/// <summary>A list or map shape's size bounds.</summary>
internal sealed record SizeBounds(int? Min = null, int? Max = null)
{
    public static readonly SizeBounds Any = new();
}

/// <summary>One failed constraint: the member's path (e.g. <c>configurations[0].region</c>) and why.</summary>
internal sealed record FieldError(string Path, string Message, string ValueText);
