using System.Globalization;

namespace Qte.Pipeline.History;

/// <summary>
/// A run's tasks against a baseline from the history: the median of the last successful runs of the same target (or
/// one chosen run), regressions beyond the tolerance, the success rate over recent runs and the budget margin.
/// </summary>
public sealed record Trend(string Baseline, IReadOnlyList<TrendRow> Rows, int Runs, int Successes, double BudgetMarginSeconds)
{
    public const string Total = "(total)";

    public IReadOnlyList<TrendRow> Regressions => [.. Rows.Where(r => r.Regression)];

    public double SuccessRate => Runs == 0 ? 0 : (double)Successes / Runs;

    /// <param name="history">Earlier runs, oldest first; <paramref name="current"/> is not among them.</param>
    /// <exception cref="ArgumentException">The baseline run named is not in the history.</exception>
    public static Trend Analyze(IReadOnlyList<RunRecord> history, RunRecord current, TrendSettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(settings);
        var sameTarget = history.Where(r => r.Target == current.Target).ToList();
        List<RunRecord> baseline;
        string description;
        if (settings.BaselineRun is { } id)
        {
            var chosen = history.LastOrDefault(r => r.RunId == id)
                ?? throw new ArgumentException($"--baseline-run: '{id}' is not a run in the history. Known runs: {string.Join(", ", history.TakeLast(10).Select(r => r.RunId))}.", nameof(settings));
            (baseline, description) = ([chosen], $"run {id}");
        }
        else
        {
            baseline = [.. sameTarget.Where(r => r.Succeeded).TakeLast(settings.BaselineRuns)];
            description = baseline.Count == 0
                ? $"none: no earlier successful {current.Target} run"
                : string.Create(CultureInfo.InvariantCulture, $"median of the last {baseline.Count} successful {current.Target} run(s)");
        }

        var rows = current.Tasks
            .Where(t => t.Outcome != "Skipped")
            .Select(t => Row(t.Name, t.Seconds, Median(baseline.Select(b => b.Tasks.FirstOrDefault(bt => bt.Name == t.Name)?.Seconds)), settings))
            .Append(Row(Total, current.TotalSeconds, Median(baseline.Select(b => (double?)b.TotalSeconds)), settings))
            .ToList();
        var recent = sameTarget.TakeLast(settings.SuccessRuns - 1).Append(current).ToList();
        return new Trend(description, rows, recent.Count, recent.Count(r => r.Succeeded), current.BudgetSeconds - current.TotalSeconds);
    }

    private static TrendRow Row(string task, double seconds, double? baseline, TrendSettings settings)
    {
        if (baseline is not { } b)
        {
            return new TrendRow(task, seconds, null, null, null, Regression: false);
        }

        var delta = seconds - b;
        double? percent = b > 0 ? 100 * delta / b : null;
        var regression = delta > settings.ToleranceSeconds && (percent is null || percent > settings.TolerancePercent);
        return new TrendRow(task, seconds, b, delta, percent, regression);
    }

    private static double? Median(IEnumerable<double?> values)
    {
        var known = values.OfType<double>().Order().ToList();
        return known.Count == 0 ? null
            : known.Count % 2 == 1 ? known[known.Count / 2]
            : (known[(known.Count / 2) - 1] + known[known.Count / 2]) / 2;
    }
}
