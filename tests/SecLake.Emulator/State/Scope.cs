namespace SecLake.Emulator.State;

/// <summary>Resources live per account and region, as in AWS.</summary>
internal readonly record struct Scope(string AccountId, string Region);
