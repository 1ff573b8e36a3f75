namespace Qte.Delivery.Monitoring;

/// <summary>
/// A metric the performance stage holds to a threshold: its key in monitoring.json, the unit of the seed's number form,
/// the k6 statistics it has, and what a bare number means (the statistic, comparison and scale it stands for).
/// </summary>
public sealed record ThresholdMetric(
    string Key,
    string Unit,
    IReadOnlyList<string> Stats,
    string DefaultStat,
    string DefaultOperator,
    double NumberScale,
    string K6Example)
{
    /// <summary>Whether the metric has the statistic: p(N) counts as "p".</summary>
    public bool Has(string stat) => Stats.Contains(stat.StartsWith("p(", StringComparison.Ordinal) ? "p" : stat);

    public string AllowedStats => string.Join(", ", Stats.Select(s => s == "p" ? "p(N)" : s));

    public string NumberMeaning =>
        $"{DefaultStat} {DefaultOperator} the number{(NumberScale == 1 ? string.Empty : " / 100")}";

    /// <summary>The bare number of the seed's form as the expression it stands for.</summary>
    public ThresholdExpression FromNumber(double number) =>
        new(DefaultStat, DefaultOperator, number * NumberScale, FormattableString.Invariant($"{DefaultStat}{DefaultOperator}{number * NumberScale}"));
}
