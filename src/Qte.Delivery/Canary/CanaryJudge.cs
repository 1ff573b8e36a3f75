using System.Globalization;
using Qte.Delivery.Routing;

namespace Qte.Delivery.Canary;

/// <summary>
/// Judges a canary window against the stable one over the same time: enough canary requests, a success rate at or
/// above the threshold, and a p95 latency not worse than the stable's beyond the tolerance, where "worse" must also
/// be significant by the Mann-Whitney U test when both sides have enough samples. The level of that test is the
/// look's (see <see cref="LookPlan"/>): the settings' alpha when none is given.
/// </summary>
public static class CanaryJudge
{
    public static StepJudgement Judge(IReadOnlyList<SlotSample> canary, IReadOnlyList<SlotSample> stable, CanarySettings settings, double? alpha = null)
    {
        ArgumentNullException.ThrowIfNull(canary);
        ArgumentNullException.ThrowIfNull(stable);
        ArgumentNullException.ThrowIfNull(settings);
        var canaryStats = SideStats.Of(canary);
        var stableStats = SideStats.Of(stable);
        var level = alpha ?? settings.Alpha;
        if (canaryStats.Requests < settings.MinRequests)
        {
            return new StepJudgement(
                StepVerdict.Inconclusive,
                $"the canary answered {canaryStats.Requests} request(s); {settings.MinRequests} are needed to judge",
                canaryStats, stableStats, null);
        }

        if (canaryStats.SuccessRate < settings.SuccessThreshold)
        {
            return new StepJudgement(
                StepVerdict.Fail,
                Text($"success rate {canaryStats.SuccessRate:P1} ({canaryStats.Errors} of {canaryStats.Requests} answers 5xx) is below the threshold {settings.SuccessThreshold:P1}"),
                canaryStats, stableStats, null);
        }

        if (stableStats.Requests < settings.MinRequests)
        {
            return new StepJudgement(
                StepVerdict.Pass,
                Text($"success rate {canaryStats.SuccessRate:P1} over {canaryStats.Requests} requests; latency not compared (the stable side answered {stableStats.Requests}, fewer than {settings.MinRequests})"),
                canaryStats, stableStats, null);
        }

        var latency = MannWhitneyU.Test([.. canary.Select(s => s.Ms)], [.. stable.Select(s => s.Ms)]);
        var limit = Math.Max(stableStats.P95Ms * (1 + settings.LatencyTolerance), stableStats.P95Ms + settings.LatencyToleranceMs);
        var comparison = Text($"p95 {canaryStats.P95Ms:0.0} ms against the stable's {stableStats.P95Ms:0.0} ms (limit {limit:0.0} ms), Mann-Whitney U {latency.U:0}, {Qte.Experiments.Analysis.PValueText.Stated(latency.PValue)}");
        return canaryStats.P95Ms > limit && latency.PValue < level
            ? new StepJudgement(StepVerdict.Fail, $"latency is worse: {comparison}, significant at the look's level {Text($"{level}")}", canaryStats, stableStats, latency, limit)
            : new StepJudgement(StepVerdict.Pass, Text($"success rate {canaryStats.SuccessRate:P1} over {canaryStats.Requests} requests; {comparison}"), canaryStats, stableStats, latency, limit);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
