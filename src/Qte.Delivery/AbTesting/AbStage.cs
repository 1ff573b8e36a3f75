using System.Globalization;
using Qte.Delivery.Environments;
using Qte.Experiments.Analysis;
using Qte.Experiments.Definitions;
using Qte.Experiments.Events;

namespace Qte.Delivery.AbTesting;

/// <summary>
/// Stage 4-v3 for one experiment: the assignment checked on a synthetic population (SRM), the definition published to
/// the environment, in the ci profile a simulated population with a planted effect driven through the router, and the
/// analysis of the events the environment captured. With a simulation the analysis must find the planted effect.
/// </summary>
public sealed class AbStage(EnvironmentPaths paths, string publicUrl, AbTestingSettings settings, Action<string> log, TimeProvider time)
{
    public static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan StoreBusyTimeout = TimeSpan.FromSeconds(5);

    public async Task<AbStageResult> RunAsync(string sourceFile, ExperimentDefinition experiment, string runId)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var check = SampleRatioMismatch.CheckAssignment(experiment, settings.SrmPopulation);
        log(string.Create(CultureInfo.InvariantCulture, $"Assignment of {settings.SrmPopulation:N0} synthetic users: {Counts(check)}; chi-square {check.ChiSquare:0.###}, p = {check.PValue:G3}"));
        if (check.Mismatch)
        {
            return new AbStageResult(experiment, check, null, null, [], $"the assignment does not follow traffic_split (sample ratio mismatch, p = {check.PValue:G3} < {SampleRatioMismatch.Threshold})");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var publisher = new ExperimentPublisher(paths, publicUrl, new StateStore(paths).Load().Live?.Addresses ?? [], http);
        await publisher.PublishAsync(sourceFile, experiment, PublishTimeout);
        log($"Published {experiment.Key} (revision {experiment.Revision}) to {paths.ExperimentFile(experiment.Key)}; {publicUrl} serves it");

        SimulationSummary? simulation = null;
        if (settings.Simulate && !experiment.IsRunning(time.GetUtcNow()))
        {
            log($"{experiment.Key} is not running (disabled, or before its start): everyone is served control; nothing to simulate.");
        }
        else if (settings.Simulate)
        {
            simulation = await PopulationSimulator.RunAsync(publicUrl, experiment, settings.Simulation, SimulatedUsers(runId));
            log(string.Create(CultureInfo.InvariantCulture, $"Simulated {simulation.Users:N0} users ({string.Join(", ", simulation.UsersByVariant.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}): {simulation.Requests:N0} requests, {simulation.Failed} failed, in {simulation.Duration.TotalSeconds:0.0} s; planted: {simulation.ConversionVariant} converts {simulation.ConversionLift:+0.00;-0.00} more, {simulation.EngagementVariant} makes {simulation.EngagementLift:+0.0;-0.0} more requests"));
            if (await publisher.WaitForEventsAsync(TimeSpan.FromSeconds(10)) is null)
            {
                log("The release did not settle its event queue within 10 s; the analysis reads what is written.");
            }
        }

        if (!File.Exists(paths.EventsDatabase))
        {
            log($"No events captured in {paths.EventsDatabase} yet: nothing to analyse.");
            return new AbStageResult(experiment, check, simulation, null, [], null);
        }

        // With a simulation the analysis is of this run's simulated users alone: an environment that stays up between runs
        // also holds earlier runs' users and the canary's and load test's traffic, none of which carries the planted effect.
        var population = simulation is null ? null : SimulatedUsers(runId);
        if (population is not null)
        {
            log($"The analysis reads the users this run simulated (ids starting {population}), not the environment's other traffic.");
        }

        var (analysis, events) = Analyze(paths, experiment, settings.Analysis, time.GetUtcNow(), population);
        var failure = simulation is null ? null : MissedPlantedEffect(analysis, simulation);
        return new AbStageResult(experiment, check, simulation, analysis, events, failure);
    }

    /// <summary>The analysis of what an environment captured for an experiment, and its rows for export.</summary>
    /// <exception cref="EventStoreException">The events database is missing, locked or corrupt.</exception>
    /// <param name="usersStartingWith">Only these users (a simulated population), or null for every user.</param>
    public static (ExperimentAnalysis Analysis, IReadOnlyList<StoredEvent> Events) Analyze(EnvironmentPaths paths, ExperimentDefinition experiment, AnalysisSettings settings, DateTimeOffset now, string? usersStartingWith = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(experiment);
        using var store = EventStore.OpenForReading(paths.EventsDatabase, StoreBusyTimeout);
        return (ExperimentAnalyzer.Analyze(experiment, store.Totals(experiment.Key, usersStartingWith), settings, now), store.Events(experiment.Key, usersStartingWith));
    }

    /// <summary>The id prefix of the users one run simulates.</summary>
    public static string SimulatedUsers(string runId) => $"sim-{runId}-";

    /// <summary>Why the analysis does not show what was planted, or null when it does (in its direction, with no SRM).</summary>
    public static string? MissedPlantedEffect(ExperimentAnalysis analysis, SimulationSummary simulation)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(simulation);
        if (!analysis.Trustworthy)
        {
            return $"the analysis flags a sample ratio mismatch (p = {analysis.Srm.PValue:G3}), so the planted effect cannot be trusted";
        }

        var planted = new[]
        {
            (Variant: simulation.ConversionVariant, Metric: ExperimentMetrics.ConversionRate, Lift: simulation.ConversionLift),
            (Variant: simulation.EngagementVariant, Metric: ExperimentMetrics.UserEngagement, Lift: simulation.EngagementLift),
        };
        foreach (var (variant, metric, lift) in planted.Where(p => p.Lift != 0))
        {
            var result = analysis.Results.SingleOrDefault(r => r.Variant == variant && r.Metric == metric);
            if (result is null)
            {
                // A planted effect with no analysis of its metric proves nothing: missing, not passed.
                return $"the analysis has no result for {metric} in {variant}, where an effect was planted (is the metric in the experiment's file?)";
            }

            if (result.Comparison is not { } comparison || !result.Significant || Math.Sign(comparison.AbsoluteUplift) != Math.Sign(lift))
            {
                return string.Create(CultureInfo.InvariantCulture, $"the planted effect on {metric} in {variant} ({lift:+0.###;-0.###}) was not found: {(result.Comparison is { } c ? $"uplift {c.AbsoluteUplift:+0.####;-0.####}, adjusted {(result.AdjustedPValue is { } p ? PValueText.Stated(p) : "p not computed")}" : "not enough data")}");
            }
        }

        return null;
    }

    private static string Counts(SrmCheck check) =>
        string.Join(", ", check.Groups.Select((g, i) => string.Create(CultureInfo.InvariantCulture, $"{g} {check.Observed[i]} (expected {check.Expected[i]:0})")));
}
