using System.Globalization;

namespace Qte.Pipeline.Coverage;

/// <summary>
/// Holds the product's coverage to the thresholds; a miss names both numbers and the classes to test first.
/// </summary>
public static class CoverageGate
{
    public const int LeastCoveredCount = 5;

    public static CoverageGateResult Evaluate(CoverageSummary summary, CoverageThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(thresholds);
        var product = summary.Product;
        if (product.LinesValid == 0)
        {
            // Nothing measured is not 100 %: the report matched no line of src/ to a product class.
            return new CoverageGateResult(
                false,
                "Coverage of src/ (without src/compat): no product line was measured, so the gate cannot pass. Likely cause: the " +
                "coverage files' source paths do not lead to src/ (a path map such as ContinuousIntegrationBuild's /_/, or " +
                "DeterministicSourcePaths), or no test project loads a src/ assembly.",
                []);
        }

        var lineMissed = Round(product.LinePercent) < thresholds.LinePercent;
        var branchMissed = Round(product.BranchPercent) < thresholds.BranchPercent;
        var measured = string.Create(
            CultureInfo.InvariantCulture,
            $"lines {Round(product.LinePercent):0.0} % (threshold {thresholds.LinePercent:0.#} %), " +
            $"branches {Round(product.BranchPercent):0.0} % (threshold {thresholds.BranchPercent:0.#} %)");
        if (!lineMissed && !branchMissed)
        {
            return new CoverageGateResult(true, $"Coverage of src/ (without src/compat): {measured}.", []);
        }

        var missed = (lineMissed, branchMissed) switch
        {
            (true, true) => "line and branch coverage are",
            (true, false) => "line coverage is",
            _ => "branch coverage is",
        };
        return new CoverageGateResult(
            false,
            $"Coverage of src/ (without src/compat) is below the threshold: {missed} too low: {measured}.",
            summary.LeastCovered(LeastCoveredCount));
    }

    // One decimal, as reported: 79.96 % reads as 80.0 % and passes a threshold of 80.
    private static double Round(double percent) => Math.Round(percent, 1, MidpointRounding.AwayFromZero);
}
