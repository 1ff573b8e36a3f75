namespace Qte.Experiments.Analysis;

/// <summary>A two-sided confidence interval.</summary>
public sealed record Interval(double Lower, double Upper);
