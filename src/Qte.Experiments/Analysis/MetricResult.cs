namespace Qte.Experiments.Analysis;

/// <summary>A variant against control on one metric; without a comparison when an arm has too few users.</summary>
/// <param name="AdjustedPValue">The Holm–Bonferroni adjusted p-value across every variant × metric analysed.</param>
public sealed record MetricResult(string Variant, string Metric, bool EnoughData, Comparison? Comparison, double? AdjustedPValue, bool Significant);
