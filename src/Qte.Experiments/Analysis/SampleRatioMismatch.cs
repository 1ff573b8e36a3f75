using System.Globalization;
using Qte.Experiments.Assignment;
using Qte.Experiments.Definitions;

namespace Qte.Experiments.Analysis;

/// <summary>Pearson's chi-square goodness-of-fit test of observed group sizes against the split.</summary>
public static class SampleRatioMismatch
{
    /// <summary>The usual SRM threshold: p below it flags a mismatch.</summary>
    public const double Threshold = 0.001;

    public static SrmCheck Check(IReadOnlyList<string> groups, IReadOnlyList<long> observed, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(weights);
        var total = observed.Sum();
        var expected = weights.Select(w => total * w / weights.Sum()).ToList();
        if (total == 0)
        {
            return new SrmCheck(groups, observed, expected, 0, groups.Count - 1, 1, false);
        }

        var chiSquare = observed.Select((o, i) => (o - expected[i]) * (o - expected[i]) / expected[i]).Sum();
        var p = Distributions.ChiSquareSurvival(chiSquare, groups.Count - 1);
        return new SrmCheck(groups, observed, expected, chiSquare, groups.Count - 1, p, p < Threshold);
    }

    /// <summary>Assigns a synthetic population (ids synthetic-0, synthetic-1, ...) and checks the split it gets.</summary>
    public static SrmCheck CheckAssignment(ExperimentDefinition experiment, int population, Func<ExperimentDefinition, string, string>? assign = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentOutOfRangeException.ThrowIfLessThan(population, 1);
        assign ??= VariantAssigner.Group;
        var counts = experiment.Groups.ToDictionary(g => g, _ => 0L, StringComparer.Ordinal);
        for (var i = 0; i < population; i++)
        {
            counts[assign(experiment, "synthetic-" + i.ToString(CultureInfo.InvariantCulture))]++;
        }

        return Check(experiment.Groups, [.. experiment.Groups.Select(g => counts[g])], experiment.Weights);
    }
}
