using Qte.Pipeline.Settings;
using Qte.Pipeline.Timing;

namespace Qte.Build;

/// <summary>
/// The benchmark targets run for minutes by design, so each has a budget of its own (said in its --description);
/// --time-budget or QTE_TIME_BUDGET still win. Every other target keeps the pipeline's budget, with more time for a
/// deploy to a swarm.
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

    /// <summary>
    /// What --deploy-target=swarm adds to the pipeline's budget, measured on the local 3-node cluster (2 cores): the
    /// deploying stages (Deploy to Stage4v4) took 168.4 s in a fresh clone, the process target's 27.7 s in the same hour.
    /// Swarm starts a slot in about 15 s (placement, then each node's container copied from the image by vfs) where a
    /// process starts in about 1 s, the pipeline starts and stops five slots, and a fresh clone builds, pushes and has
    /// every node pull its images first.
    /// </summary>
    public static readonly TimeSpan SwarmAllowance = TimeSpan.FromSeconds(150);

    public static TimeBudget For(string target, TimeBudget configured, bool givenForThisRun, bool swarm = false) =>
        givenForThisRun ? configured
        : Seconds.TryGetValue(target, out var seconds) ? new TimeBudget(TimeSpan.FromSeconds(seconds))
        : swarm ? new TimeBudget(configured.Limit + SwarmAllowance)
        : configured;

    /// <summary>True when the run's own command line or environment set the budget (not build.json).</summary>
    public static bool GivenForThisRun(Func<string, string?> option, Func<string, string?> environment) =>
        option(PipelineSettings.TimeBudgetKey.Option) is not null || environment(PipelineSettings.TimeBudgetKey.EnvironmentVariable) is not null;
}
