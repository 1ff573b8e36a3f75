using Qte.Pipeline.Coverage;

namespace Qte.Pipeline.Quality;

/// <summary>Stage 1B's coverage verdict, repeated in the quality report so that it is the one place to look.</summary>
public static class CoverageQualityGate
{
    public const string Name = "coverage";

    public static GateResult Evaluate(CoverageGateResult? result, CoverageGateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var threshold = $"lines ≥ {settings.Thresholds.LinePercent} %, branches ≥ {settings.Thresholds.BranchPercent} %";
        if (!settings.Switch.Enabled)
        {
            return GateResult.Off(Name);
        }

        if (result is null)
        {
            return new GateResult(Name, GateVerdict.Unknown, "not measured in this run", threshold, "Run the Coverage task (stage 1B) in the same run.", []);
        }

        return new GateResult(
            Name,
            GateResult.Judge(result.Passed, settings.Switch.Mode),
            result.Message.TrimEnd('.'),
            threshold,
            "Add tests for the least-covered classes listed; artifacts/coverage/index.html shows the uncovered lines.",
            result.LeastCovered.Select(c => c.ToString()).ToList());
    }
}
