namespace Qte.Experiments.Analysis;

/// <summary>
/// A variant against control on one metric: both values, the absolute uplift with its interval, the relative uplift
/// (variant / control − 1) with its delta-method interval, the test's statistic and its two-sided p-value.
/// </summary>
/// <param name="RelativeUplift">Null when control's value is 0 (a relative change is not defined).</param>
public sealed record Comparison(
    string Test,
    double ControlValue,
    double VariantValue,
    double AbsoluteUplift,
    Interval AbsoluteInterval,
    double? RelativeUplift,
    Interval? RelativeInterval,
    double Statistic,
    double? DegreesOfFreedom,
    double PValue);
