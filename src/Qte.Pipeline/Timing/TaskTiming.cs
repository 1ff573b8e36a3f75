namespace Qte.Pipeline.Timing;

/// <summary>
/// When a task started, counted from the start of the run, how long it took and how it ended.
/// </summary>
public sealed record TaskTiming(string Task, TimeSpan Start, TimeSpan Duration, TaskOutcome Outcome);
