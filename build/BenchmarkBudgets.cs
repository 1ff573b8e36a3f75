using Qte.Pipeline.Settings;
using Qte.Pipeline.Timing;

namespace Qte.Build;

/// <summary>
/// The benchmark targets run for minutes by design, so each has a budget of its own (said in its --description);
/// --time-budget or QTE_TIME_BUDGET still win. Every other target keeps the pipeline's budget.
/// </summary>
public static class BenchmarkBudgets
{
    private static readonly Dictionary<string, int> Seconds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DeliveryBench"] = 1200,
        ["LoadBench"] = 900,
        ["CanaryBench"] = 1800,
    };

    /// <summary>Whether the target is a benchmark: those deploy the same release again on purpose (switches, A/A canaries).</summary>
    public static bool IsBenchmark(string target) => Seconds.ContainsKey(target);

    public static TimeBudget For(string target, TimeBudget configured, bool givenForThisRun) =>
        !givenForThisRun && Seconds.TryGetValue(target, out var seconds) ? new TimeBudget(TimeSpan.FromSeconds(seconds)) : configured;

    /// <summary>True when the run's own command line or environment set the budget (not build.json).</summary>
    public static bool GivenForThisRun(Func<string, string?> option, Func<string, string?> environment) =>
        option(PipelineSettings.TimeBudgetKey.Option) is not null || environment(PipelineSettings.TimeBudgetKey.EnvironmentVariable) is not null;
}
