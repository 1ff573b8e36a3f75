namespace Qte.Delivery.Canary;

/// <summary>The canary's U statistic, its z score and the one-sided p-value that the canary is slower.</summary>
public sealed record MannWhitneyResult(double U, double Z, double PValue);
