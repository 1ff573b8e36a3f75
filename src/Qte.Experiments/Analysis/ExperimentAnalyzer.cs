using System.Globalization;
using Qte.Experiments.Definitions;
using Qte.Experiments.Events;

namespace Qte.Experiments.Analysis;

/// <summary>
/// Judges an experiment from its arms' totals: SRM first, then every variant against control on every success
/// metric (z-test for rates, Welch for means), Holm–Bonferroni across them all, then a decision per variant.
/// </summary>
public static class ExperimentAnalyzer
{
    public static ExperimentAnalysis Analyze(ExperimentDefinition experiment, IReadOnlyList<ArmTotals> totals, AnalysisSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(settings);
        var byVariant = totals.ToDictionary(t => t.Variant, StringComparer.Ordinal);
        var arms = experiment.Groups
            .Select(g => byVariant.TryGetValue(g, out var t) ? t : new ArmTotals(g, 0, 0, 0, 0))
            .ToList();
        var srm = SampleRatioMismatch.Check(experiment.Groups, [.. arms.Select(a => a.Exposures)], experiment.Weights);

        var control = arms[0];
        var results = new List<MetricResult>();
        foreach (var variant in arms.Skip(1))
        {
            var enough = control.Exposures >= settings.MinSamplePerArm && variant.Exposures >= settings.MinSamplePerArm;
            foreach (var metric in experiment.Metrics)
            {
                results.Add(new MetricResult(variant.Variant, metric, enough, enough ? Compare(metric, control, variant, settings) : null, null, false));
            }
        }

        var analysed = results.Where(r => r.Comparison is not null).ToList();
        var adjusted = HolmBonferroni.Adjust([.. analysed.Select(r => r.Comparison!.PValue)]);
        for (var i = 0; i < analysed.Count; i++)
        {
            results[results.IndexOf(analysed[i])] = analysed[i] with { AdjustedPValue = adjusted[i], Significant = adjusted[i] < settings.Alpha };
        }

        var elapsed = experiment.Start is { } start ? Math.Max(0, (now - start).TotalSeconds) : 0;
        var decisions = arms.Skip(1)
            .Select(v => Decide(v, control, [.. results.Where(r => r.Variant == v.Variant)], srm, settings, elapsed, experiment.Duration.TotalSeconds))
            .ToList();
        return new ExperimentAnalysis(
            experiment.Key,
            experiment.Revision,
            now,
            elapsed,
            experiment.Duration.TotalSeconds,
            experiment.Control,
            [.. arms.Select(Summarize)],
            srm,
            !srm.Mismatch,
            results,
            decisions,
            settings);
    }

    private static Comparison Compare(string metric, ArmTotals control, ArmTotals variant, AnalysisSettings settings) => metric switch
    {
        ExperimentMetrics.ConversionRate => TwoProportionZTest.Compare(control.Conversions, control.Exposures, variant.Conversions, variant.Exposures, settings.Confidence),
        _ => WelchTTest.Compare(
            SampleMoments.FromSums(control.Exposures, control.RequestSum, control.RequestSquares),
            SampleMoments.FromSums(variant.Exposures, variant.RequestSum, variant.RequestSquares),
            settings.Confidence),
    };

    private static VariantDecision Decide(ArmTotals variant, ArmTotals control, List<MetricResult> results, SrmCheck srm, AnalysisSettings settings, double elapsed, double planned)
    {
        string P(double p) => p.ToString("G3", CultureInfo.InvariantCulture);
        if (srm.Mismatch)
        {
            return new(variant.Variant, Decision.KeepRunning, $"sample ratio mismatch (chi-square p = {P(srm.PValue)} < {SampleRatioMismatch.Threshold.ToString(CultureInfo.InvariantCulture)}): the results cannot be trusted; find the assignment or event-capture fault first");
        }

        if (results.Any(r => !r.EnoughData))
        {
            return new(variant.Variant, Decision.KeepRunning, $"not enough data: {Math.Min(variant.Exposures, control.Exposures)} exposed users in the smaller arm, {settings.MinSamplePerArm} needed");
        }

        if (results.FirstOrDefault(r => r.Significant && r.Comparison!.AbsoluteUplift < 0) is { } worse)
        {
            return new(variant.Variant, Decision.DontShip, $"{AnalysisReport.MetricName(worse.Metric)} is significantly worse ({Describe(worse)})");
        }

        if (results.FirstOrDefault(r => r.Significant && r.Comparison!.AbsoluteUplift > 0) is { } better)
        {
            return new(variant.Variant, Decision.Ship, $"{AnalysisReport.MetricName(better.Metric)} is significantly better ({Describe(better)}) and no metric is worse");
        }

        return elapsed >= planned
            ? new(variant.Variant, Decision.DontShip, "no significant difference on any metric after the planned duration")
            : new(variant.Variant, Decision.KeepRunning, string.Create(CultureInfo.InvariantCulture, $"no significant difference yet ({elapsed / 86_400:0.#} of {planned / 86_400:0.#} planned days)"));
    }

    private static string Describe(MetricResult result)
    {
        var c = result.Comparison!;
        var relative = c.RelativeUplift is { } r ? string.Create(CultureInfo.InvariantCulture, $" ({r:+0.0%;-0.0%})") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{c.ControlValue:0.####} -> {c.VariantValue:0.####}{relative}, adjusted {(result.AdjustedPValue is { } p ? PValueText.Stated(p) : "p not computed")}");
    }

    private static ArmSummary Summarize(ArmTotals arm) => new(
        arm.Variant,
        arm.Exposures,
        arm.Conversions,
        arm.Exposures > 0 ? (double)arm.Conversions / arm.Exposures : 0,
        arm.Exposures > 0 ? arm.RequestSum / arm.Exposures : 0);
}
