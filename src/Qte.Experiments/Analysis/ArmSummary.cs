namespace Qte.Experiments.Analysis;

/// <summary>One group's exposed users, conversions, conversion rate and mean engagement (requests per user).</summary>
public sealed record ArmSummary(string Variant, long Exposures, long Conversions, double ConversionRate, double MeanEngagement);
