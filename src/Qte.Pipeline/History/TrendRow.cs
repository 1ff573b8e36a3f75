namespace Qte.Pipeline.History;

/// <summary>A task (or the total) in this run against the baseline; the baseline and deltas are null when the baseline never ran it.</summary>
public sealed record TrendRow(string Task, double Seconds, double? BaselineSeconds, double? DeltaSeconds, double? DeltaPercent, bool Regression);
