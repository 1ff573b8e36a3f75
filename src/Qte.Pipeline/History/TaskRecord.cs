namespace Qte.Pipeline.History;

/// <summary>One task of a recorded run: when it started (seconds from the run's start), how long it took, how it ended.</summary>
public sealed record TaskRecord(string Name, double StartSeconds, double Seconds, string Outcome);
