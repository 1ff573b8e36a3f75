namespace Qte.Pipeline.History;

/// <summary>
/// One task of a recorded run: when it started (seconds from the run's start), how long it took, how it ended and, when
/// it failed, the error it failed with.
/// </summary>
public sealed record TaskRecord(string Name, double StartSeconds, double Seconds, string Outcome, string? Error = null);
