using Cake.Core.Diagnostics;
using Qte.Delivery.AbTesting;
using Qte.Experiments.Analysis;

namespace Qte.Build.Delivery;

/// <summary>An experiment's stage 4-v3 outcome in the log: each variant's decision, then the stage's verdict.</summary>
public static class AbStageReport
{
    public static void Log(BuildContext context, AbStageResult result, string environment)
    {
        if (result.Analysis is not { } analysis)
        {
            context.Log.Information("Stage 4-v3 passed: {0} published to {1}; no events captured yet, so no analysis.", result.Experiment.Key, environment);
            return;
        }

        foreach (var decision in analysis.Decisions)
        {
            context.Log.Information("  {0}: {1}: {2}", decision.Variant, AnalysisReport.DecisionName(decision.Decision), decision.Reason);
        }

        context.Log.Information(
            "Stage 4-v3 passed: {0} analysed on {1:N0} exposed users{2}",
            analysis.Experiment,
            analysis.Arms.Sum(a => a.Exposures),
            result.Simulation is null ? string.Empty : "; the planted effect was found in its direction, with no sample ratio mismatch");
    }
}
