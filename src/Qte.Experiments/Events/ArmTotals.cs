namespace Qte.Experiments.Events;

/// <summary>
/// One group's exposed users: how many, how many converted, and the sum and sum of squares of their request counts
/// (enough for the mean and variance of engagement without reading every user).
/// </summary>
public sealed record ArmTotals(string Variant, long Exposures, long Conversions, double RequestSum, double RequestSquares);
